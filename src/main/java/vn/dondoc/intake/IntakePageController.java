package vn.dondoc.intake;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;
import vn.dondoc.platform.ApiException;

/** The "Đọc văn bản kết luận" page: upload a document and see what intake read from it. */
@Controller
public class IntakePageController {

  private final IntakeService intake;
  private final ObjectMapper json;
  private final IntakeRegistration registration;

  public IntakePageController(IntakeService intake, ObjectMapper json, IntakeRegistration registration) {
    this.intake = intake;
    this.json = json;
    this.registration = registration;
  }

  @GetMapping("/intake")
  public String page(Authentication auth, Model model, HttpServletResponse response) {
    return render(auth, model, response);
  }

  @PostMapping("/intake")
  public String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication auth,
      Model model, HttpServletResponse response) {
    if (!IntakeService.mayUse(auth)) {
      return render(auth, model, response);
    }
    try {
      IntakeResult result = intake.read(file, auth);
      model.addAttribute("result", result);
      // The same JSON as POST /api/intake, for a page script (e.g. "start the conclusion process from this").
      // "<", ">", "&" escaped so that document text can never close the script element.
      model.addAttribute("resultJson", json.writeValueAsString(result).replace("<", "\\u003c").replace(">", "\\u003e")
          .replace("&", "\\u0026"));
      model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (ApiException e) {
      response.setStatus(e.getStatus().value());
      model.addAttribute("errorCode", e.getCode());
      model.addAttribute("errorMessage", e.getMessage());
    }
    return render(auth, model, response);
  }

  /** "Vào sổ kết luận": starts the lifecycle from the result shown, then the office confirms it in Tasklist. */
  @PostMapping("/intake/register")
  public String register(@RequestParam("result") String resultJson, Authentication auth, Model model,
      HttpServletResponse response) {
    try {
      IntakeResult result = json.readValue(resultJson, IntakeResult.class);
      var registered = registration.register(result, auth);
      return "redirect:/camunda/app/tasklist/default/?dondoc-registered=" + java.net.URLEncoder.encode(
          registered.businessKey(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errorCode", "INTAKE_RESULT_MALFORMED");
      model.addAttribute("errorMessage", "Kết quả đọc văn bản không hợp lệ; vui lòng tải văn bản lên lại.");
    } catch (ApiException e) {
      response.setStatus(e.getStatus().value());
      model.addAttribute("errorCode", e.getCode());
      model.addAttribute("errorMessage", e.getMessage());
    }
    return render(auth, model, response);
  }

  private String render(Authentication auth, Model model, HttpServletResponse response) {
    boolean allowed = IntakeService.mayUse(auth);
    if (!allowed) {
      response.setStatus(HttpStatus.FORBIDDEN.value());
      model.addAttribute("errorCode", IntakeErrors.FORBIDDEN);
      model.addAttribute("errorMessage", IntakeErrors.forbidden().getMessage());
    }
    model.addAttribute("allowed", allowed);
    model.addAttribute("mayRegister", IntakeRegistration.mayRegister(auth));
    model.addAttribute("maxMegabytes", intake.maxBytes() / (1024 * 1024));
    return "intake";
  }
}

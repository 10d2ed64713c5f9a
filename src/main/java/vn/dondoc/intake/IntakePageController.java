package vn.dondoc.intake;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import vn.dondoc.platform.ApiException;

/** The "Đọc văn bản kết luận" page: upload a document and see what intake read from it. */
@Controller
public class IntakePageController {

  private final IntakeService intake;

  public IntakePageController(IntakeService intake) {
    this.intake = intake;
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
      model.addAttribute("result", intake.read(file, auth));
      model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
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
    model.addAttribute("maxMegabytes", intake.maxBytes() / (1024 * 1024));
    return "intake";
  }
}

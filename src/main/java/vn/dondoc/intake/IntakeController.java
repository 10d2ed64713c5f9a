package vn.dondoc.intake;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/intake}: upload a conclusion (field {@code file}), get its proposed structure as JSON. */
@RestController
@RequestMapping("/api/intake")
public class IntakeController {

  private final IntakeService intake;

  public IntakeController(IntakeService intake) {
    this.intake = intake;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public IntakeResult read(@RequestParam(name = "file", required = false) MultipartFile file, Authentication auth) {
    return intake.read(file, auth);
  }
}

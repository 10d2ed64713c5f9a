package vn.dondoc.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** DonDoc's own Vietnamese login page, and where a signed-in person lands. */
@Controller
public class LoginController {

  public static final String TASKLIST = "/camunda/app/tasklist/default/";

  @GetMapping("/login")
  public String login() {
    return "login";
  }

  /** Everyone lands in Tasklist, where their work is; supervisors reach the dashboard from its header. */
  @GetMapping("/")
  public String home(Authentication authentication) {
    return "redirect:" + TASKLIST;
  }
}

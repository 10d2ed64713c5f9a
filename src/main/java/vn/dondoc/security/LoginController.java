package vn.dondoc.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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

  public static final String DASHBOARD = "/dashboard";

  /**
   * Unit staff land in Tasklist, where their work is; supervisors and leadership land on the dashboard,
   * which links to Tasklist for their own tasks (reviews, approvals).
   */
  @GetMapping("/")
  public String home(Authentication authentication) {
    boolean watcher = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals("ROLE_SUPERVISOR") || a.equals("ROLE_LEADERSHIP"));
    return "redirect:" + (watcher ? DASHBOARD : TASKLIST);
  }
}

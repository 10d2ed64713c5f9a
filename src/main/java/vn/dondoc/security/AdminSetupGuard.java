package vn.dondoc.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dondoc.org.Roles;

/**
 * Closes CVE-2026-77226: Camunda Admin's first-run setup
 * ({@code /camunda/api/admin/setup/**}) creates an administrator for anyone while the {@code camunda-admin}
 * group has no direct member. DonDoc always creates its administrator itself, so once any administrator (or
 * any user at all) exists the endpoint answers 403.
 */
public class AdminSetupGuard extends OncePerRequestFilter {

  public static final String PATH_PREFIX = "/camunda/api/admin/setup/";
  public static final String ERROR_CODE = "ADMIN_SETUP_CLOSED";

  private final IdentityService identityService;

  public AdminSetupGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().substring(request.getContextPath().length()).startsWith(PATH_PREFIX);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (setupClosed()) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"code\":\"" + ERROR_CODE
          + "\",\"message\":\"Hệ thống đã có quản trị viên; chức năng khởi tạo quản trị viên đã bị khóa.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  boolean setupClosed() {
    return identityService.createUserQuery().memberOfGroup(Roles.ADMIN).count() > 0
        || identityService.createUserQuery().count() > 0;
  }
}

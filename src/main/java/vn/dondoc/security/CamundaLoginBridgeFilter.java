package vn.dondoc.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Camunda's webapps show their own login form after "Đăng xuất" or when a session expires. This filter makes
 * that form another door to the same login: the credentials are checked by Spring Security (same provider,
 * same throttling), the Spring session is established, and the request continues to Camunda's login resource.
 */
public class CamundaLoginBridgeFilter extends OncePerRequestFilter {

  static final RequestMatcher CAMUNDA_LOGIN = antMatcher(org.springframework.http.HttpMethod.POST,
      "/camunda/api/admin/auth/user/*/login/*");

  private final AuthenticationManager authenticationManager;
  private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
  private final ChangeSessionIdAuthenticationStrategy sessionFixation = new ChangeSessionIdAuthenticationStrategy();

  public CamundaLoginBridgeFilter(AuthenticationManager authenticationManager) {
    this.authenticationManager = authenticationManager;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !CAMUNDA_LOGIN.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    try {
      Authentication authentication = authenticationManager.authenticate(
          UsernamePasswordAuthenticationToken.unauthenticated(username, password));
      if (request.getSession(false) != null) {
        sessionFixation.onAuthentication(authentication, request, response);
      }
      context.setAuthentication(authentication);
      SecurityContextHolder.setContext(context);
      repository.saveContext(context, request, response);
    } catch (AuthenticationException e) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"code\":\"LOGIN_FAILED\",\"message\":\"Tên đăng nhập hoặc mật khẩu không đúng.\"}");
      return;
    }
    chain.doFilter(request, response);
    // Camunda's login resource replaces the session (session fixation protection): sign the new one in too.
    if (response.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) != null) {
      request.getSession(false).setAttribute(
          HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
  }
}

package vn.dondoc.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * Camunda's container-based authentication, also for the webapps' "who am I" call
 * ({@code /camunda/api/admin/auth/user/<engine>}), so a session that signed in on DonDoc's login page is known
 * to the webapps whichever request comes first.
 */
public class WebappAuthenticationFilter extends ContainerBasedAuthenticationFilter {

  private static final Pattern WHO_AM_I = Pattern.compile("/api/admin/auth/user/([^/]+)");

  @Override
  protected String extractEngineName(HttpServletRequest request) {
    String engine = super.extractEngineName(request);
    if (engine != null) {
      return engine;
    }
    Matcher m = WHO_AM_I.matcher(getRequestUri(request));
    return m.matches() && "GET".equals(request.getMethod()) ? m.group(1) : null;
  }
}

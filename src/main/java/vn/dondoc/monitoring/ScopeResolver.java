package vn.dondoc.monitoring;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.dondoc.org.OrgService;
import vn.dondoc.platform.ApiException;

/** The one place that turns a signed-in user into what the monitoring screens, API and reports may show. */
@Component
public class ScopeResolver {

  static final Set<String> SEE_ALL = Set.of("ROLE_SUPERVISOR", "ROLE_LEADERSHIP", "ROLE_ADMIN");
  static final Set<String> DIRECT = Set.of("ROLE_LEADERSHIP", "ROLE_ADMIN");

  private final OrgService org;

  public ScopeResolver(OrgService org) {
    this.org = org;
  }

  public MonitoringScope scopeOf(Authentication auth) {
    if (auth == null || !auth.isAuthenticated()) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "NOT_SIGNED_IN",
          "Vui lòng đăng nhập.");
    }
    Set<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    boolean all = authorities.stream().anyMatch(SEE_ALL::contains);
    boolean direct = authorities.stream().anyMatch(DIRECT::contains);
    return new MonitoringScope(auth.getName(), all, all ? java.util.List.of() : org.unitCodesOf(auth.getName()),
        direct);
  }
}

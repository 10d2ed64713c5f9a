package vn.dondoc.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.dondoc.org.Roles;

/**
 * Spring Security checks passwords against Camunda's identity service, so Camunda Admin manages users and
 * Camunda's login throttling applies to every way in. Groups become authorities: {@code GROUP_<id>} for each
 * group and {@code ROLE_ADMIN}, {@code ROLE_LEADERSHIP}, {@code ROLE_SUPERVISOR}, ... for the role groups.
 */
@Component
public class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  public IdentityServiceAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (username == null || username.isBlank() || credentials == null) {
      throw new BadCredentialsException("missing credentials");
    }
    // checkPassword is throttled by the engine after failed attempts (loginMaxAttempts, loginDelay*).
    if (!identityService.checkPassword(username, credentials.toString())) {
      throw new BadCredentialsException("bad credentials");
    }
    return new UsernamePasswordAuthenticationToken(username, null, authoritiesOf(username));
  }

  public List<GrantedAuthority> authoritiesOf(String username) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
    for (Group group : identityService.createGroupQuery().groupMember(username).list()) {
      authorities.add(new SimpleGrantedAuthority("GROUP_" + group.getId()));
      String role = roleAuthority(group.getId());
      if (role != null) {
        authorities.add(new SimpleGrantedAuthority(role));
      }
    }
    return authorities;
  }

  static String roleAuthority(String groupId) {
    return switch (groupId) {
      case Roles.ADMIN -> "ROLE_ADMIN";
      case Roles.LEADERSHIP -> "ROLE_LEADERSHIP";
      case Roles.SUPERVISORS -> "ROLE_SUPERVISOR";
      case Roles.UNIT_HEADS -> "ROLE_UNIT_HEAD";
      case Roles.ISSUING_OFFICE -> "ROLE_ISSUING_OFFICE";
      default -> null;
    };
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

package vn.dondoc.security;

import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.dondoc.org.Roles;

/**
 * Makes sure an administrator exists before the app serves anyone.
 *
 * <p>Outside the {@code demo} profile the app refuses to start unless {@code DONDOC_ADMIN_PASSWORD} is given
 * from outside (environment or command line); the first start creates the administrator with it. The password
 * is never logged. It must satisfy Camunda's password policy.
 */
@Component
public class AdminBootstrap implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final IdentityService identityService;
  private final Environment environment;
  private final String adminUser;
  private final String adminPassword;

  public AdminBootstrap(IdentityService identityService, Environment environment,
      @Value("${dondoc.admin.username}") String adminUser, @Value("${dondoc.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.environment = environment;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  @Override
  public void afterPropertiesSet() {
    boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
    boolean passwordGiven = adminPassword != null && !adminPassword.isBlank();
    if (!demo && !passwordGiven) {
      throw new IllegalStateException("DonDoc refuses to start without an administrator password: set the "
          + "environment variable DONDOC_ADMIN_PASSWORD (or run with the demo profile for a demonstration).");
    }
    if (!passwordGiven) {
      return; // demo profile: the demo organisation brings its own administrator
    }
    if (identityService.createGroupQuery().groupId(Roles.ADMIN).count() == 0) {
      Group admins = identityService.newGroup(Roles.ADMIN);
      admins.setName(Roles.label(Roles.ADMIN));
      admins.setType(Roles.ROLE_GROUP_TYPE);
      identityService.saveGroup(admins);
    }
    if (identityService.createUserQuery().userId(adminUser).count() == 0) {
      User user = identityService.newUser(adminUser);
      user.setFirstName("Quản trị");
      user.setLastName("hệ thống");
      user.setPassword(adminPassword);
      try {
        identityService.saveUser(user);
      } catch (org.camunda.bpm.engine.ProcessEngineException e) {
        if (e.getMessage() == null || !e.getMessage().contains("policy")) {
          throw e;
        }
        throw new IllegalStateException("DONDOC_ADMIN_PASSWORD does not satisfy the password policy: at least "
            + "10 characters with upper and lower case letters, a digit and a special character.");
      }
      identityService.createMembership(adminUser, Roles.ADMIN);
      log.info("Created administrator '{}' from DONDOC_ADMIN_PASSWORD", adminUser);
    } else if (identityService.createUserQuery().userId(adminUser).memberOfGroup(Roles.ADMIN).count() == 0) {
      identityService.createMembership(adminUser, Roles.ADMIN);
    }
  }
}

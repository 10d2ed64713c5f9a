package vn.dondoc.deployment;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.org.Roles;
import vn.dondoc.security.Grants;

/**
 * Gives the administrators' group ALL on every Camunda resource type, as Camunda's own first-run setup does.
 * With authorization on, membership of {@code camunda-admin} alone does not let anyone deploy, delete
 * deployments or migrate instances: Camunda checks grants (DEPLOYMENT CREATE, PROCESS_DEFINITION
 * MIGRATE_INSTANCE, ...) for admins too. Everyone else gets no deployment rights at all.
 */
@Component
@Order(11)
public class AdminPermissions implements ApplicationRunner {

  private final Grants grants;

  public AdminPermissions(Grants grants) {
    this.grants = grants;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Resource resource : Resources.values()) {
      grants.toGroup(Roles.ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
  }
}

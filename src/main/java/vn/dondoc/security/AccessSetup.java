package vn.dondoc.security;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.org.Roles;

/**
 * Creates the role groups and the grants that make authorization work for DonDoc's roles, on every start
 * and in every profile (idempotently). Units need no grant of their own: a task whose candidate group is a
 * unit gives that unit's staff TASK_WORK on it, and nothing else of another unit is visible to them.
 */
@Component
@Order(10)
public class AccessSetup implements ApplicationRunner {

  /** The process any issuing office may start. Kept here as a string to avoid a dependency on followup. */
  public static final String CONCLUSION_PROCESS_KEY = "conclusion-lifecycle";

  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

  private final IdentityService identityService;
  private final Grants grants;

  public AccessSetup(IdentityService identityService, Grants grants) {
    this.identityService = identityService;
    this.grants = grants;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (String role : Roles.ALL) {
      if (identityService.createGroupQuery().groupId(role).count() == 0) {
        Group group = identityService.newGroup(role);
        group.setName(Roles.label(role));
        group.setType(Roles.ROLE_GROUP_TYPE);
        identityService.saveGroup(group);
      }
    }
    // Administrators hold every permission on every resource, as Camunda's own first-run setup grants.
    for (Resources resource : Resources.values()) {
      grants.toGroup(Roles.ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    // Everyone signed in works in Tasklist and may see who is who (names of colleagues and units).
    grants.toEveryone(APPLICATION, "tasklist", ACCESS);
    grants.toEveryone(USER, Authorization.ANY, READ);
    grants.toEveryone(GROUP, Authorization.ANY, READ);

    // Supervisors and leadership follow every conclusion in Cockpit: read, never change.
    for (String watcher : new String[] {Roles.SUPERVISORS, Roles.LEADERSHIP}) {
      grants.toGroup(watcher, APPLICATION, "cockpit", ACCESS);
      grants.toGroup(watcher, PROCESS_DEFINITION, Authorization.ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
      grants.toGroup(watcher, PROCESS_INSTANCE, Authorization.ANY, READ);
      grants.toGroup(watcher, TASK, Authorization.ANY, READ);
      grants.toGroup(watcher, HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
      grants.toGroup(watcher, HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
      grants.toGroup(watcher, DECISION_DEFINITION, Authorization.ANY, READ, READ_HISTORY);
      grants.toGroup(watcher, DEPLOYMENT, Authorization.ANY, READ);
    }

    // The issuing office registers conclusions: it may start the conclusion lifecycle, nothing else.
    grants.toGroup(Roles.ISSUING_OFFICE, PROCESS_DEFINITION, CONCLUSION_PROCESS_KEY, READ, CREATE_INSTANCE);
    grants.toGroup(Roles.ISSUING_OFFICE, PROCESS_INSTANCE, Authorization.ANY, CREATE);
    log.info("Role groups and grants are in place");
  }
}

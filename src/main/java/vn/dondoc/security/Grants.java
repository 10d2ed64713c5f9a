package vn.dondoc.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent creation of Camunda authorizations: running it twice grants nothing twice. */
@Component
public class Grants {

  private final AuthorizationService authorizationService;

  public Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /** Grants permissions to a group on a resource ({@code "*"} for all resources of that type). */
  public void toGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    save(auth, resource, resourceId, permissions, a -> a.setGroupId(groupId), Authorization.AUTH_TYPE_GRANT);
  }

  /** Grants permissions to every authenticated user. */
  public void toEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).singleResult();
    save(auth, resource, resourceId, permissions, a -> a.setUserId(Authorization.ANY), Authorization.AUTH_TYPE_GLOBAL);
  }

  /** Grants permissions to one user. */
  public void toUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .userIdIn(userId).resourceType(resource).resourceId(resourceId).singleResult();
    save(auth, resource, resourceId, permissions, a -> a.setUserId(userId), Authorization.AUTH_TYPE_GRANT);
  }

  private void save(Authorization existing, Resource resource, String resourceId, Permission[] permissions,
      java.util.function.Consumer<Authorization> owner, int type) {
    Authorization auth = existing;
    if (auth == null) {
      auth = authorizationService.createNewAuthorization(type);
      owner.accept(auth);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission p : permissions) {
      if (!auth.isPermissionGranted(p)) {
        auth.addPermission(p);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(auth);
    }
  }
}

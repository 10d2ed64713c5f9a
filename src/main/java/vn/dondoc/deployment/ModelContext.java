package vn.dondoc.deployment;

/**
 * What the validator needs to know about the running system. The engine-side implementation reads the
 * organisation, the deployed forms and the Spring context; tests pass a fixed one.
 */
public interface ModelContext {

  /** An existing unit (org_unit row or Camunda group of type UNIT) or one of the role groups. */
  boolean isUnitOrRole(String groupId);

  /** A Camunda form with this id is already deployed (any earlier deployment). */
  boolean isFormDeployed(String formId);

  /** A bean the models may call: the product's own delegates and listeners, plus configured names. */
  boolean isAllowedBean(String name);

  /** Any bean the engine's expression resolver could reach (Spring beans). */
  boolean isKnownBean(String name);
}

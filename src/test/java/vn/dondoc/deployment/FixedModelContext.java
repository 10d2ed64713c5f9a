package vn.dondoc.deployment;

import java.util.Set;

import vn.dondoc.org.Roles;

/** A fixed organisation and bean set for the validator's unit tests. */
record FixedModelContext(Set<String> units, Set<String> deployedForms, Set<String> allowedBeans,
    Set<String> otherBeans) implements ModelContext {

  static FixedModelContext demo() {
    return new FixedModelContext(Set.of("hu-ct-btc", "du-ct-ducpho", "tu-ld-vp"), Set.of("already-deployed-form"),
        Set.of("fixtureDelegate", "reminders"), Set.of("runtimeService", "dataSource", "environment"));
  }

  @Override
  public boolean isUnitOrRole(String groupId) {
    return units.contains(groupId) || Roles.ALL.contains(groupId);
  }

  @Override
  public boolean isFormDeployed(String formId) {
    return deployedForms.contains(formId);
  }

  @Override
  public boolean isAllowedBean(String name) {
    return allowedBeans.contains(name);
  }

  @Override
  public boolean isKnownBean(String name) {
    return allowedBeans.contains(name) || otherBeans.contains(name);
  }
}

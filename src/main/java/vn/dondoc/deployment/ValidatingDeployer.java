package vn.dondoc.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dondoc.org.Roles;

/**
 * A custom pre-deployer: the engine runs it inside every deployment command, whatever the way in (REST from
 * Camunda Modeler, the admin page, Cockpit, Java code), before its own BPMN/DMN/form deployers. It refuses the
 * deployment with {@link DeploymentRejectedException} when the {@link DeploymentValidator} finds problems, and
 * otherwise records the deployment in the audit log, in the same transaction.
 *
 * <p>Only new deployments are checked: the engine also calls deployers when it reloads an old deployment into
 * its cache, and that must not fail because, say, a unit was abolished since.
 */
public class ValidatingDeployer implements Deployer {

  private final DeploymentValidator validator = new DeploymentValidator();
  private final JdbcClient jdbc;
  private final DeploymentAudit audit;
  private final Supplier<Set<String>> allowedBeans;
  private final Predicate<String> knownBean;

  public ValidatingDeployer(JdbcClient jdbc, DeploymentAudit audit, Supplier<Set<String>> allowedBeans,
      Predicate<String> knownBean) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.allowedBeans = allowedBeans;
    this.knownBean = knownBean;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    Map<String, ResourceEntity> entities = deployment.getResources();
    if (entities != null) {
      entities.forEach((name, resource) -> resources.put(name, resource.getBytes()));
    }
    List<Violation> violations = check(resources);
    if (!violations.isEmpty()) {
      throw new DeploymentRejectedException(violations);
    }
    CommandContext commandContext = Context.getCommandContext();
    audit.deployment(DeploymentAudit.DEPLOYED, commandContext.getAuthenticatedUserId(), deployment.getId(),
        deployment.getName(), resources.keySet(), deployment.getSource());
  }

  /** Validates resources against the running system; must run inside an engine command. */
  public List<Violation> check(Map<String, byte[]> resources) {
    return validator.validate(resources, new EngineModelContext(Context.getCommandContext()));
  }

  /** Answers the validator's questions from the organisation tables, the engine and the Spring context. */
  private final class EngineModelContext implements ModelContext {

    private final CommandContext commandContext;
    private Set<String> allowed;

    EngineModelContext(CommandContext commandContext) {
      this.commandContext = commandContext;
    }

    @Override
    public boolean isUnitOrRole(String groupId) {
      if (Roles.ALL.contains(groupId)) {
        return true;
      }
      boolean unit = jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = ?").param(groupId)
          .query(Integer.class).single() > 0;
      return unit || commandContext.runWithoutAuthorization(() -> commandContext.getProcessEngineConfiguration()
          .getIdentityService().createGroupQuery().groupId(groupId).groupType(Roles.UNIT_GROUP_TYPE).count() > 0);
    }

    @Override
    public boolean isFormDeployed(String formId) {
      return commandContext.runWithoutAuthorization(
          () -> commandContext.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null);
    }

    @Override
    public boolean isAllowedBean(String name) {
      if (allowed == null) {
        allowed = allowedBeans.get();
      }
      return allowed.contains(name);
    }

    @Override
    public boolean isKnownBean(String name) {
      return knownBean.test(name);
    }
  }
}

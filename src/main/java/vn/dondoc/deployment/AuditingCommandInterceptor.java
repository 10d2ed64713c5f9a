package vn.dondoc.deployment;

import java.lang.reflect.Field;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Records deletions of deployments and migrations of process instances, whichever way they come (REST,
 * Cockpit, Java). Runs inside the command context and transaction (a "post" interceptor), so a failed or
 * refused operation records nothing. Creations are recorded by {@link ValidatingDeployer}.
 *
 * <p>Batch migrations (Cockpit, {@code /migration/executeAsync}) are recorded when the batch is created, with
 * the user; its jobs later run {@link MigrateProcessInstanceCmd} as the system and are recorded too.
 */
public class AuditingCommandInterceptor extends CommandInterceptor {

  private static final Field DEPLOYMENT_ID = field(DeleteDeploymentCmd.class, "deploymentId");
  private static final Field EXECUTION_BUILDER = field(AbstractMigrationCmd.class, "executionBuilder");

  private final DeploymentAudit audit;

  public AuditingCommandInterceptor(DeploymentAudit audit) {
    this.audit = audit;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof DeleteDeploymentCmd delete) {
      return auditDeletion(command, delete);
    }
    if (command instanceof MigrateProcessInstanceCmd || command instanceof MigrateProcessInstanceBatchCmd) {
      return auditMigration(command);
    }
    return next.execute(command);
  }

  private <T> T auditDeletion(Command<T> command, DeleteDeploymentCmd delete) {
    CommandContext context = Context.getCommandContext();
    String deploymentId = (String) read(DEPLOYMENT_ID, delete);
    DeploymentEntity deployment = deploymentId == null ? null
        : context.runWithoutAuthorization(() -> context.getDeploymentManager().findDeploymentById(deploymentId));
    List<String> resources = deploymentId == null ? List.of()
        : context.runWithoutAuthorization(() -> context.getResourceManager().findResourcesByDeploymentId(deploymentId))
            .stream().map(ResourceEntity::getName).sorted().toList();
    T result = next.execute(command);
    if (deployment != null) {
      audit.deployment(DeploymentAudit.DELETED, context.getAuthenticatedUserId(), deploymentId,
          deployment.getName(), resources, deployment.getSource());
    }
    return result;
  }

  private <T> T auditMigration(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    MigrationPlanExecutionBuilderImpl builder = (MigrationPlanExecutionBuilderImpl) read(EXECUTION_BUILDER, command);
    MigrationPlan plan = builder.getMigrationPlan();
    // Count before migrating: afterwards a query on the source definition finds nothing.
    Set<String> instances = new LinkedHashSet<>();
    if (builder.getProcessInstanceIds() != null) {
      instances.addAll(builder.getProcessInstanceIds());
    }
    if (builder.getProcessInstanceQuery() != null) {
      // unlimitedList: a signed-in admin's plain list() is capped by queryMaxResultsLimit and would fail.
      context.runWithoutAuthorization(() -> builder.getProcessInstanceQuery().unlimitedList())
          .stream().map(ProcessInstance::getId).forEach(instances::add);
    }
    T result = next.execute(command);
    audit.migration(command instanceof MigrateProcessInstanceBatchCmd ? DeploymentAudit.MIGRATION_BATCH
            : DeploymentAudit.MIGRATED, context.getAuthenticatedUserId(), plan.getSourceProcessDefinitionId(),
        plan.getTargetProcessDefinitionId(), instances.size());
    return result;
  }

  private static Object read(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + field, e);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda internals changed: " + type.getName() + "#" + name, e);
    }
  }
}

package vn.dondoc.deployment;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only record of deployments, deletions and migrations (table {@code deployment_audit}). Written
 * inside the engine's transaction, so a refused or failed operation leaves no row.
 */
@Repository
public class DeploymentAudit {

  public static final String DEPLOYED = "DEPLOYED";
  public static final String DELETED = "DELETED";
  public static final String MIGRATED = "MIGRATED";
  public static final String MIGRATION_BATCH = "MIGRATION_BATCH";
  /** Who acted when no user is signed in: start-up, jobs, Java code running as the system. */
  public static final String SYSTEM = "system";

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** One audit row. */
  public record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String deploymentId,
      String deploymentName, String resourceNames, String source, String sourceDefinitionId,
      String targetDefinitionId, Integer instanceCount) {}

  private final JdbcClient jdbc;

  public DeploymentAudit(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void deployment(String action, String actor, String deploymentId, String deploymentName,
      Collection<String> resourceNames, String source) {
    insert(action, actor, deploymentId, deploymentName, String.join(", ", resourceNames), source, null, null, null);
  }

  public void migration(String action, String actor, String sourceDefinitionId, String targetDefinitionId,
      int instanceCount) {
    insert(action, actor, null, null, null, null, sourceDefinitionId, targetDefinitionId, instanceCount);
  }

  public List<Entry> recent(int limit) {
    return jdbc.sql("SELECT id, occurred_at, actor, action, deployment_id, deployment_name, resource_names, "
            + "deployment_source, source_definition_id, target_definition_id, instance_count "
            + "FROM deployment_audit ORDER BY id DESC LIMIT ?")
        .param(limit)
        .query((rs, row) -> new Entry(rs.getLong(1),
            rs.getTimestamp(2).toInstant().atZone(ZONE).toOffsetDateTime(), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            (Integer) rs.getObject(11, Integer.class)))
        .list();
  }

  private void insert(String action, String actor, String deploymentId, String deploymentName, String resources,
      String source, String sourceDefinitionId, String targetDefinitionId, Integer instanceCount) {
    jdbc.sql("INSERT INTO deployment_audit (occurred_at, actor, action, deployment_id, deployment_name, "
            + "resource_names, deployment_source, source_definition_id, target_definition_id, instance_count) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?)")
        .params(Timestamp.from(java.time.Instant.now()), actor == null ? SYSTEM : actor, action, deploymentId,
            truncate(deploymentName, 255), truncate(resources, 4000), truncate(source, 255), sourceDefinitionId,
            targetDefinitionId, instanceCount)
        .update();
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

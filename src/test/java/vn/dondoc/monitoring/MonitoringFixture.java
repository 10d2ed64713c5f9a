package vn.dondoc.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes test data straight into the V2 follow-up tables (the processes that normally write them live in
 * another feature). Business keys get a per-fixture prefix so that tests sharing one database don't collide.
 */
public class MonitoringFixture {

  private static final AtomicInteger SEQ = new AtomicInteger();

  private final NamedParameterJdbcTemplate jdbc;
  private final String prefix;

  public MonitoringFixture(DataSource dataSource) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.prefix = "T" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
  }

  public NamedParameterJdbcTemplate jdbc() {
    return jdbc;
  }

  public static OffsetDateTime at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(7));
  }

  public void unit(String code, String name, String parent) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM org_unit WHERE code = :c", Map.of("c", code), Integer.class);
    if (n != null && n > 0) {
      return;
    }
    jdbc.update("INSERT INTO org_unit (code, name, short_name, kind, level_code, parent_code, valid_from, created_at) "
            + "VALUES (:code, :name, :name, 'ADVISORY_BODY', 'HU', :parent, DATE '2020-10-01', CURRENT_TIMESTAMP)",
        new MapSqlParameterSource().addValue("code", code).addValue("name", name).addValue("parent", parent));
  }

  public long conclusion(String number, String issuerUnit, LocalDate issued, String title) {
    MapSqlParameterSource p = new MapSqlParameterSource()
        .addValue("bk", prefix + "-" + number + "-KL/HU@" + issued)
        .addValue("num", prefix + "-" + number).addValue("unit", issuerUnit).addValue("issued", issued)
        .addValue("title", title).addValue("now", OffsetDateTime.now());
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO conclusion (business_key, doc_number, type_code, issuer_code, issuer_unit_code, "
        + "issued_date, place, title, lifecycle_state, monitoring_unit_code, created_at) VALUES (:bk, :num, 'KL', "
        + "'HU', :unit, :issued, 'Cát Tiên', :title, 'ISSUED', :unit, :now)", p, key, new String[] {"id"});
    return key.getKey().longValue();
  }

  public long task(long conclusionId, String ordinal, String text, String field, String deadlineType,
      LocalDate deadline, String noDeadlineReason) {
    MapSqlParameterSource p = new MapSqlParameterSource().addValue("c", conclusionId).addValue("o", ordinal)
        .addValue("t", text).addValue("f", field).addValue("dt", deadlineType).addValue("d", deadline)
        .addValue("r", noDeadlineReason).addValue("now", OffsetDateTime.now());
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO conclusion_task (conclusion_id, ordinal, task_text, field_code, deadline_type, "
        + "deadline_date, no_deadline_reason, created_at) VALUES (:c, :o, :t, :f, :dt, :d, :r, :now)", p, key,
        new String[] {"id"});
    return key.getKey().longValue();
  }

  /** An assignment; {@code facts} may set any task_assignment column by name. */
  public long assignment(long taskId, String unit, Map<String, Object> facts) {
    Map<String, Object> row = new HashMap<>();
    row.put("task_id", taskId);
    row.put("conclusion_id", jdbc.queryForObject("SELECT conclusion_id FROM conclusion_task WHERE id = :id",
        Map.of("id", taskId), Long.class));
    row.put("unit_code", unit);
    row.put("business_key", prefix + "#" + taskId + "@" + unit + "#" + SEQ.incrementAndGet());
    row.put("state", "ASSIGNED");
    row.put("recurring", false);
    row.put("assigned_at", at(LocalDate.of(2024, 1, 2), 9));
    row.putAll(facts);
    String cols = String.join(", ", row.keySet());
    String vals = ":" + String.join(", :", row.keySet());
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO task_assignment (" + cols + ") VALUES (" + vals + ")", new MapSqlParameterSource(row),
        key, new String[] {"id"});
    tallyStale();
    return key.getKey().longValue();
  }

  /** Written straight into task_assignment, past FollowupStore: the status tally must not be read until rebuilt. */
  public void tallyStale() {
    jdbc.update(StatusTally.INVALIDATE_SQL, Map.of());
  }

  public void evidence(long assignmentId, String number) {
    jdbc.update("INSERT INTO evidence (assignment_id, document_number, document_date, submitted_at, submitted_by) "
        + "VALUES (:a, :n, DATE '2024-04-01', :now, 'test')", Map.of("a", assignmentId, "n", number, "now",
        OffsetDateTime.now()));
  }

  public void extensionRequest(long assignmentId, LocalDate proposed, String decision, OffsetDateTime requestedAt) {
    jdbc.update("INSERT INTO extension_request (assignment_id, reason, proposed_date, requested_at, requested_by, "
        + "decision) VALUES (:a, 'Cần thêm thời gian', :p, :now, 'test', :d)",
        Map.of("a", assignmentId, "p", proposed, "now", requestedAt, "d", decision));
  }

  public void event(long assignmentId, long conclusionId, String type, String detail) {
    jdbc.update("INSERT INTO task_event (assignment_id, conclusion_id, event_type, occurred_at, actor, detail) "
        + "VALUES (:a, :c, :t, :now, 'test', :d)", Map.of("a", assignmentId, "c", conclusionId, "t", type, "now",
        OffsetDateTime.now(), "d", detail));
  }
}

package vn.dondoc.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dondoc.calendar.WorkingCalendar;
import vn.dondoc.monitoring.status.Ageing;
import vn.dondoc.monitoring.status.AssignmentFacts;
import vn.dondoc.monitoring.status.GridColumn;
import vn.dondoc.monitoring.status.StatusBoundaries;
import vn.dondoc.monitoring.status.StatusFunction;
import vn.dondoc.monitoring.status.StatusSql;

/**
 * The monitoring queries over the V2 follow-up tables. Counting is done in SQL with {@link StatusSql#COLUMN};
 * every row handed out gets its status from {@link StatusFunction}, with the same boundaries.
 */
@Repository
public class MonitoringRepository {

  static final String FROM = " FROM task_assignment ta JOIN conclusion_task t ON t.id = ta.task_id"
      + " JOIN conclusion c ON c.id = ta.conclusion_id";

  /**
   * FROM for counting: task_assignment alone (the status reads nothing else), joined to the task or conclusion
   * only when a field or committee filter or the field grouping needs them. This keeps the grid one scan.
   */
  static String countFrom(MonitoringFilter f, boolean byField) {
    return " FROM task_assignment ta" + (byField || f.field() != null ? " JOIN conclusion_task t ON t.id = ta.task_id" : "")
        + (f.committee() != null ? " JOIN conclusion c ON c.id = ta.conclusion_id" : "");
  }

  static final String ROW_COLUMNS = "SELECT ta.id, ta.business_key, ta.process_instance_id, ta.state, ta.recurring,"
      + " ta.original_deadline, ta.current_deadline, ta.extension_count, ta.assigned_at, ta.completion_reported_at,"
      + " ta.completed_on, ta.ended_at, ta.unit_code, u.name AS unit_name, t.id AS task_id, t.ordinal, t.task_text,"
      + " t.field_code, t.deadline_type, t.deadline_text, t.no_deadline_reason, c.id AS conclusion_id,"
      + " c.business_key AS conclusion_key, c.doc_number, c.type_code, c.issuer_code, c.issued_date, c.title";

  private final NamedParameterJdbcTemplate jdbc;

  public MonitoringRepository(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** WHERE clause and parameters for a filter within a scope, as of the boundaries' date. */
  record Where(String sql, MapSqlParameterSource params) {}

  Where where(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b) {
    StringBuilder sql = new StringBuilder(" WHERE ").append(StatusSql.POPULATION);
    MapSqlParameterSource p = new MapSqlParameterSource(StatusSql.params(b));
    if (f.conclusionId() != null) {
      sql.append(" AND ta.conclusion_id = :conclusionId");
      p.addValue("conclusionId", f.conclusionId());
    }
    if (f.unit() != null) {
      sql.append(" AND ta.unit_code = :unit");
      p.addValue("unit", f.unit());
    }
    if (f.field() != null) {
      sql.append(GridGroup.NO_FIELD.equals(f.field()) ? " AND t.field_code IS NULL" : " AND t.field_code = :field");
      p.addValue("field", f.field());
    }
    if (f.committee() != null) {
      sql.append(" AND c.issuer_unit_code = :committee");
      p.addValue("committee", f.committee());
    }
    if (!scope.all()) {
      if (scope.units().isEmpty()) {
        sql.append(" AND 1 = 0");
      } else {
        sql.append(" AND ta.unit_code IN (:scopeUnits)");
        p.addValue("scopeUnits", scope.units());
      }
    }
    if (f.column() != null) {
      sql.append(" AND (").append(StatusSql.COLUMN).append(") = :column");
      p.addValue("column", f.column().name());
      // Cheap, index-friendly consequences of the column, so the database need not evaluate every row.
      switch (f.column()) {
        case OVERDUE -> sql.append(" AND ta.current_deadline < :asOf");
        case DUE_SOON -> sql.append(" AND ta.current_deadline >= :asOf AND ta.current_deadline <= :dueSoonLimit");
        case NO_DEADLINE -> sql.append(" AND ta.current_deadline IS NULL AND ta.recurring = FALSE");
        case COMPLETED_ON_TIME, COMPLETED_LATE -> sql.append(" AND ta.completed_on <= :asOf");
        default -> { }
      }
    }
    return new Where(sql.toString(), p);
  }

  /** Counts per (group key, column); rows outside the population are not counted. */
  public Map<String, Map<GridColumn, Long>> gridCounts(GridGroup group, MonitoringFilter f, MonitoringScope scope,
      StatusBoundaries b) {
    Where w = where(f.withColumn(null), scope, b);
    String sql = "SELECT k, col, COUNT(*) AS n FROM (SELECT " + group.sqlKey() + " AS k, " + StatusSql.COLUMN
        + " AS col" + countFrom(f, group == GridGroup.FIELD) + w.sql() + ") x WHERE col IS NOT NULL GROUP BY k, col";
    Map<String, Map<GridColumn, Long>> out = new LinkedHashMap<>();
    jdbc.query(sql, w.params(), rs -> {
      out.computeIfAbsent(rs.getString("k"), k -> new EnumMap<>(GridColumn.class))
          .put(GridColumn.valueOf(rs.getString("col")), rs.getLong("n"));
    });
    return out;
  }

  public long count(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b) {
    Where w = where(f, scope, b);
    String sql = "SELECT COUNT(*) FROM (SELECT " + StatusSql.COLUMN + " AS col" + countFrom(f, false) + w.sql()
        + ") x WHERE col IS NOT NULL";
    Long n = jdbc.queryForObject(sql, w.params(), Long.class);
    return n == null ? 0 : n;
  }

  /**
   * A page of the assignments a filter selects (only those counted in the grid), ordered by {@code orderBy}
   * (columns of task_assignment {@code ta}). Small pages pick the ids from task_assignment alone (index order,
   * no join), then read those rows; large reads (exports) use one joined query.
   */
  public List<AssignmentRow> rows(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b,
      StatusFunction status, String orderBy, int offset, int limit) {
    Where w = where(f, scope, b);
    w.params().addValue("limit", limit).addValue("offset", offset);
    String filter = w.sql() + " AND (" + StatusSql.COLUMN + ") IS NOT NULL ORDER BY " + orderBy
        + " LIMIT :limit OFFSET :offset";
    if (limit <= 1000) {
      List<Long> ids = jdbc.queryForList("SELECT ta.id" + countFrom(f, false) + filter, w.params(), Long.class);
      return rowsByIds(ids, status, b);
    }
    return jdbc.query(ROW_COLUMNS + FROM + " JOIN org_unit u ON u.code = ta.unit_code" + filter, w.params(),
        (rs, i) -> mapRow(rs, status, b));
  }

  /** task_assignment.state values (a CHECK constraint keeps the list complete, V50). */
  static final List<String> STATES = List.of("ASSIGNED", "IN_PROGRESS", "AWAITING_REVIEW", "REWORK", "COMPLETED",
      "RETURNED_AS_WRONG", "REASSIGNED", "CLOSED");

  /**
   * Ids of the overdue assignments a filter selects, oldest deadline first (then id), one page. Read state by
   * state, each part an index range scan on (state, current_deadline, id) that stops after the page, instead of
   * one scan of every past deadline (most of which belong to completed tasks) and a sort. The extra conditions
   * per state are consequences of {@link StatusSql#COLUMN} being OVERDUE (the CASE itself is still applied).
   */
  public List<Long> overdueIds(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b, int offset, int limit) {
    Where w = where(f.withColumn(GridColumn.OVERDUE), scope, b);
    w.params().addValue("n", offset + limit).addValue("limit", limit).addValue("offset", offset);
    List<String> parts = new ArrayList<>();
    for (String state : STATES) {
      List<String> extras = switch (state) {
        // Not completed as of the date: completed_on missing, or later (each its own range of ix_ta_state_completed_on).
        case "COMPLETED" -> List.of(" AND ta.completed_on IS NULL", " AND ta.completed_on > :asOf");
        case "CLOSED" -> List.of(" AND ta.completed_on IS NULL AND ta.ended_at >= :asOfEnd",
            " AND ta.completed_on > :asOf AND ta.ended_at >= :asOfEnd");
        case "REASSIGNED" -> List.of(" AND ta.ended_at >= :asOfEnd");
        default -> List.of("");
      };
      for (String extra : extras) {
        String select = "SELECT ta.id, ta.current_deadline" + countFrom(f, false) + w.sql() + " AND ta.state = '"
            + state + "'" + extra;
        // The rare rows (completed or ended, yet overdue) are read whole and sorted: OFFSET 0 keeps PostgreSQL from
        // walking all of the state's rows in deadline order in the hope of finding a few (IS NULL does not make the
        // (state, completed_on, current_deadline) index ordered by deadline, and it cannot know they are rare).
        parts.add(extra.isEmpty() ? "(" + select + " ORDER BY ta.current_deadline, ta.id LIMIT :n)"
            : "(SELECT id, current_deadline FROM (" + select + " OFFSET 0) r ORDER BY current_deadline, id LIMIT :n)");
      }
    }
    return jdbc.queryForList(datesInline("SELECT id FROM (" + String.join(" UNION ALL ", parts)
        + ") o ORDER BY current_deadline, id LIMIT :limit OFFSET :offset", b), w.params(), Long.class);
  }

  /**
   * The boundaries written into the SQL as literals instead of bind parameters. PostgreSQL may switch a prepared
   * statement to a generic plan after five runs; without the dates it must guess how many rows "completed_on > ?"
   * keeps, and a high guess makes it walk every completed row in deadline order. With literals every run is planned
   * for its dates. Dates only (never user text), so nothing can be injected.
   */
  static String datesInline(String sql, StatusBoundaries b) {
    return sql.replace(":asOfEnd", "TIMESTAMP WITH TIME ZONE '"
            + b.asOfEnd().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")) + "'")
        .replace(":asOf", "DATE '" + b.asOf() + "'")
        .replace(":dueSoonLimit", "DATE '" + b.dueSoonLimit() + "'");
  }

  public List<AssignmentRow> rowsByIds(List<Long> ids, StatusFunction status, StatusBoundaries b) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String sql = ROW_COLUMNS + FROM + " JOIN org_unit u ON u.code = ta.unit_code WHERE ta.id IN (:ids)";
    Map<Long, AssignmentRow> byId = new HashMap<>();
    jdbc.query(sql, new MapSqlParameterSource("ids", ids), rs -> {
      AssignmentRow r = mapRow(rs, status, b);
      byId.put(r.id(), r);
    });
    List<AssignmentRow> out = new ArrayList<>();
    ids.forEach(id -> {
      if (byId.containsKey(id)) {
        out.add(byId.get(id));
      }
    });
    return out;
  }

  static AssignmentRow mapRow(ResultSet rs, StatusFunction status, StatusBoundaries b) throws SQLException {
    AssignmentFacts facts = new AssignmentFacts(rs.getString("state"), rs.getBoolean("recurring"),
        rs.getString("deadline_type"), rs.getString("no_deadline_reason"), rs.getObject("current_deadline",
        LocalDate.class), rs.getObject("assigned_at", OffsetDateTime.class),
        rs.getObject("completion_reported_at", OffsetDateTime.class), rs.getObject("completed_on", LocalDate.class),
        rs.getObject("ended_at", OffsetDateTime.class));
    String number = "Số " + rs.getString("doc_number") + "-" + rs.getString("type_code") + "/"
        + rs.getString("issuer_code");
    return new AssignmentRow(rs.getLong("id"), rs.getString("business_key"), rs.getString("process_instance_id"),
        rs.getLong("conclusion_id"), rs.getString("conclusion_key"), number,
        rs.getObject("issued_date", LocalDate.class), rs.getString("title"), rs.getLong("task_id"),
        rs.getString("ordinal"), rs.getString("task_text"), rs.getString("field_code"), rs.getString("deadline_text"),
        rs.getString("unit_code"), rs.getString("unit_name"), rs.getObject("original_deadline", LocalDate.class),
        rs.getInt("extension_count"), rs.getObject("completed_on", LocalDate.class), facts,
        status.statusOf(facts, b));
  }

  /** Ids of assignments whose completion was reported but no evidence was attached, oldest report first. */
  public List<Long> missingEvidence(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b, int limit) {
    Where w = where(f.withColumn(null), scope, b);
    String sql = "SELECT ta.id" + countFrom(f, false) + w.sql()
        + " AND ta.completion_reported_at < :asOfEnd"
        + " AND ta.state IN ('AWAITING_REVIEW', 'COMPLETED', 'CLOSED')"
        + " AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.assignment_id = ta.id)"
        + " AND (" + StatusSql.COLUMN + ") IS NOT NULL ORDER BY ta.completion_reported_at, ta.id LIMIT :limit";
    w.params().addValue("limit", limit);
    return jdbc.queryForList(sql, w.params(), Long.class);
  }

  public long countMissingEvidence(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b) {
    Where w = where(f.withColumn(null), scope, b);
    String sql = "SELECT COUNT(*)" + countFrom(f, false) + w.sql()
        + " AND ta.completion_reported_at < :asOfEnd"
        + " AND ta.state IN ('AWAITING_REVIEW', 'COMPLETED', 'CLOSED')"
        + " AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.assignment_id = ta.id)"
        + " AND (" + StatusSql.COLUMN + ") IS NOT NULL";
    Long n = jdbc.queryForObject(sql, w.params(), Long.class);
    return n == null ? 0 : n;
  }

  /** A pending extension request with the assignment it concerns. */
  public record PendingExtension(long requestId, long assignmentId, OffsetDateTime requestedAt, LocalDate proposed,
      String reason, String requestedBy) {}

  public List<PendingExtension> pendingExtensions(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b,
      int limit) {
    Where w = where(f.withColumn(null), scope, b);
    String sql = "SELECT er.id, er.assignment_id, er.requested_at, er.proposed_date, er.reason, er.requested_by"
        + " FROM extension_request er JOIN task_assignment ta ON er.assignment_id = ta.id"
        + countFrom(f, false).replace(" FROM task_assignment ta", "") + w.sql()
        + " AND er.decision = 'PENDING' AND er.requested_at < :asOfEnd AND (" + StatusSql.COLUMN + ") IS NOT NULL"
        + " ORDER BY er.requested_at, er.id LIMIT :limit";
    w.params().addValue("limit", limit);
    return jdbc.query(sql, w.params(), (rs, i) -> new PendingExtension(rs.getLong(1), rs.getLong(2),
        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)));
  }

  public long countPendingExtensions(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b) {
    Where w = where(f.withColumn(null), scope, b);
    String sql = "SELECT COUNT(*) FROM extension_request er JOIN task_assignment ta ON er.assignment_id = ta.id"
        + countFrom(f, false).replace(" FROM task_assignment ta", "") + w.sql()
        + " AND er.decision = 'PENDING' AND er.requested_at < :asOfEnd AND (" + StatusSql.COLUMN + ") IS NOT NULL";
    Long n = jdbc.queryForObject(sql, w.params(), Long.class);
    return n == null ? 0 : n;
  }

  /** Labels for grid keys: conclusion ids to "Số 1066-KL/HU (11/8/2023)", unit codes to names. */
  public Map<String, String> conclusionLabels() {
    Map<String, String> out = new HashMap<>();
    jdbc.query("SELECT id, doc_number, type_code, issuer_code, issued_date, title FROM conclusion", rs -> {
      out.put(String.valueOf(rs.getLong("id")), "Số " + rs.getString("doc_number") + "-" + rs.getString("type_code")
          + "/" + rs.getString("issuer_code") + " ngày " + MonitoringText.date(rs.getObject("issued_date",
          LocalDate.class)));
    });
    return out;
  }

  public Map<String, String> unitNames() {
    Map<String, String> out = new HashMap<>();
    jdbc.query("SELECT code, name FROM org_unit", rs -> {
      out.put(rs.getString("code"), rs.getString("name"));
    });
    return out;
  }

  public record ConclusionInfo(long id, String businessKey, String number, String typeCode, String issuerCode,
      String issuerUnitCode, LocalDate issuedDate, String place, String title, String signerAuthority,
      String signerTitle, String signerName, String monitoringUnitCode) {

    public String label() {
      return "Số " + number + "-" + typeCode + "/" + issuerCode;
    }
  }

  public java.util.Optional<ConclusionInfo> conclusion(long id) {
    return jdbc.query("SELECT id, business_key, doc_number, type_code, issuer_code, issuer_unit_code, issued_date, "
        + "place, title, signer_authority, signer_title, signer_name, monitoring_unit_code FROM conclusion "
        + "WHERE id = :id", Map.of("id", id), (rs, i) -> new ConclusionInfo(rs.getLong(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)))
        .stream().findFirst();
  }

  public List<ConclusionInfo> conclusions(String committee) {
    String where = committee == null ? "" : " WHERE issuer_unit_code = :committee";
    return jdbc.query("SELECT id, business_key, doc_number, type_code, issuer_code, issuer_unit_code, issued_date, "
        + "place, title, signer_authority, signer_title, signer_name, monitoring_unit_code FROM conclusion" + where
        + " ORDER BY issued_date DESC, id", new MapSqlParameterSource("committee", committee),
        (rs, i) -> new ConclusionInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
  }

  public List<String> fields() {
    return jdbc.queryForList("SELECT DISTINCT field_code FROM conclusion_task WHERE field_code IS NOT NULL "
        + "ORDER BY field_code", Map.of(), String.class);
  }

  /** Open overdue assignments per ageing bucket (index into {@link Ageing#LABELS}). */
  public long[] ageing(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b, WorkingCalendar calendar) {
    Where w = where(f.withColumn(GridColumn.OVERDUE), scope, b);
    Ageing.params(calendar, b.asOf()).forEach(p -> w.params().addValue((String) p[0], p[1]));
    long[] out = new long[Ageing.LABELS.size()];
    jdbc.query("SELECT bucket, COUNT(*) AS n FROM (SELECT " + Ageing.bucketSql() + " AS bucket" + countFrom(f, false)
        + w.sql()
        + Ageing.OPEN_ONLY + ") x GROUP BY bucket", w.params(), rs -> {
          out[rs.getInt("bucket")] = rs.getLong("n");
        });
    return out;
  }

  NamedParameterJdbcTemplate jdbc() {
    return jdbc;
  }
}

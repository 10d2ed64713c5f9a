package vn.dondoc.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.calendar.VietnamTime;
import vn.dondoc.calendar.WorkingCalendar;
import vn.dondoc.followup.AssignmentWriteListener;
import vn.dondoc.monitoring.status.AssignmentFacts;
import vn.dondoc.monitoring.status.AssignmentStatus;
import vn.dondoc.monitoring.status.GridColumn;
import vn.dondoc.monitoring.status.StatusBoundaries;
import vn.dondoc.monitoring.status.StatusFunction;
import vn.dondoc.monitoring.status.StatusSql;

/**
 * The status tally: how many assignments are in each grid column per conclusion, per unit and per field, as of
 * ONE date (normally today), so that a supervisor's grid reads a few hundred rows instead of scanning every
 * assignment. It holds exactly what one scan with {@link StatusSql#COLUMN} would count, and is kept so:
 *
 * <ul>
 *   <li><b>Writes.</b> {@code FollowupStore} tells it before each update and after each insert of an assignment
 *       ({@link AssignmentWriteListener}). The row's facts before the first change in a transaction are captured
 *       (the row locked with {@code FOR UPDATE} so nobody else changes it meanwhile); just before commit the
 *       row's column before and after, as of the tally's date, is computed with {@link StatusFunction} and the
 *       net differences are applied in one fixed order (no deadlock between writers). The state row is locked
 *       shared at that moment, so a rebuild (which locks it exclusively) either sees the committed change or
 *       runs before the writer adjusts the new counts.</li>
 *   <li><b>A new day</b> (or a new due-soon limit: calendar edit, threshold change) makes the tally invalid for
 *       the new date: readers fall back to the scan and {@link #refreshIfStale} rebuilds it whole, under the
 *       exclusive lock, once per cluster (the other nodes find it fresh after waiting).</li>
 *   <li><b>Writes outside a transaction or straight in SQL</b> invalidate it ({@link #INVALIDATE_SQL}); the next
 *       refresh rebuilds it.</li>
 * </ul>
 * Readers ({@link #counts}) check validity and read the counts in one statement and answer only when the tally is
 * valid for the boundaries asked and the filter can be answered from one kind of scope; otherwise empty, and the
 * caller scans.
 */
@Component
public class StatusTally implements AssignmentWriteListener {

  private static final Logger LOG = LoggerFactory.getLogger(StatusTally.class);

  /** Makes the tally invalid; run it after changing task_assignment other than through FollowupStore. */
  public static final String INVALIDATE_SQL = "UPDATE monitoring_tally_state SET as_of = NULL WHERE id = 1";

  /** The scopes counted, and the SQL giving each assignment's key (over task_assignment ta, conclusion_task t). */
  public enum Kind {
    CONCLUSION("CAST(ta.conclusion_id AS VARCHAR(64))"),
    UNIT("ta.unit_code"),
    FIELD("COALESCE(t.field_code, '" + GridGroup.NO_FIELD + "')");

    final String sqlKey;

    Kind(String sqlKey) {
      this.sqlKey = sqlKey;
    }
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final StatusFunction status;
  private final MonitoringProperties props;
  private final boolean postgres;
  private final Clock clock;

  @org.springframework.beans.factory.annotation.Autowired
  public StatusTally(DataSource dataSource, PlatformTransactionManager transactions, WorkingCalendar calendar,
      MonitoringProperties props) {
    this(dataSource, transactions, calendar, props, Clock.system(VietnamTime.ZONE));
  }

  StatusTally(DataSource dataSource, PlatformTransactionManager transactions, WorkingCalendar calendar,
      MonitoringProperties props, Clock clock) {
    this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    this.tx = new TransactionTemplate(transactions);
    this.status = new StatusFunction(calendar);
    this.props = props;
    this.clock = clock;
    this.postgres = Boolean.TRUE.equals(jdbc.getJdbcTemplate().execute((java.sql.Connection c) ->
        c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
  }

  // ---- writes -------------------------------------------------------------------------------------------

  /** The facts of a row as it was before this transaction changed it; null facts for a row it inserted. */
  private record Before(AssignmentFacts facts, long conclusionId, String unit) {}

  /** The assignments touched by the current transaction, in order. */
  private final class Pending implements TransactionSynchronization {
    final Map<Long, Before> rows = new LinkedHashMap<>();

    StatusTally owner() {
      return StatusTally.this;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      apply(rows);
    }
  }

  /**
   * This transaction's bookkeeping, registered as a synchronisation of the current transaction only (a suspended
   * outer transaction keeps its own), or null outside a transaction.
   */
  private Pending pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof Pending p && p.owner() == this) {
        return p;
      }
    }
    Pending p = new Pending();
    TransactionSynchronizationManager.registerSynchronization(p);
    return p;
  }

  private static final String FACTS = "SELECT ta.id, ta.state, ta.recurring, ta.current_deadline, ta.assigned_at,"
      + " ta.completion_reported_at, ta.completed_on, ta.ended_at, ta.conclusion_id, ta.unit_code";

  @Override
  public void beforeUpdate(long assignmentId) {
    Pending p = pending();
    if (p == null) {
      invalidate();
      return;
    }
    if (p.rows.containsKey(assignmentId)) {
      return;
    }
    // Locked now: a concurrent writer of the same row waits for our commit, then captures what we wrote.
    List<Before> found = jdbc.query(FACTS + " FROM task_assignment ta WHERE ta.id = :id FOR UPDATE",
        Map.of("id", assignmentId), (rs, i) -> new Before(facts(rs), rs.getLong("conclusion_id"),
            rs.getString("unit_code")));
    if (!found.isEmpty()) {
      p.rows.put(assignmentId, found.get(0));
    }
  }

  @Override
  public void afterInsert(long assignmentId) {
    Pending p = pending();
    if (p == null) {
      invalidate();
      return;
    }
    p.rows.putIfAbsent(assignmentId, new Before(null, 0, null));
  }

  private static AssignmentFacts facts(ResultSet rs) throws SQLException {
    return new AssignmentFacts(rs.getString("state"), rs.getBoolean("recurring"), null, null,
        rs.getObject("current_deadline", LocalDate.class), rs.getObject("assigned_at", OffsetDateTime.class),
        rs.getObject("completion_reported_at", OffsetDateTime.class), rs.getObject("completed_on", LocalDate.class),
        rs.getObject("ended_at", OffsetDateTime.class));
  }

  /** One count to adjust; ordered so that every writer locks tally rows in the same order. */
  record Cell(Kind kind, String key, GridColumn column) implements Comparable<Cell> {
    static final Comparator<Cell> ORDER = Comparator.comparing(Cell::kind).thenComparing(Cell::key)
        .thenComparing(Cell::column);

    @Override
    public int compareTo(Cell o) {
      return ORDER.compare(this, o);
    }
  }

  private void apply(Map<Long, Before> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Optional<StatusBoundaries> valid = lockForWriting();
    if (valid.isEmpty()) {
      return;
    }
    StatusBoundaries b = valid.get();
    TreeMap<Cell, Long> delta = new TreeMap<>();
    Map<Long, String> fields = new HashMap<>();
    Map<Long, Before> after = new HashMap<>();
    jdbc.query(FACTS + ", COALESCE(t.field_code, '" + GridGroup.NO_FIELD + "') AS field_key"
        + " FROM task_assignment ta JOIN conclusion_task t ON t.id = ta.task_id WHERE ta.id IN (:ids)",
        Map.of("ids", List.copyOf(rows.keySet())), rs -> {
          long id = rs.getLong("id");
          after.put(id, new Before(facts(rs), rs.getLong("conclusion_id"), rs.getString("unit_code")));
          fields.put(id, rs.getString("field_key"));
        });
    rows.forEach((id, before) -> {
      String field = fields.get(id);
      if (before.facts() != null && field != null) {
        add(delta, before, field, b, -1);
      }
      Before now = after.get(id);
      if (now != null) {
        add(delta, now, field, b, +1);
      }
    });
    delta.values().removeIf(v -> v == 0);
    if (delta.isEmpty()) {
      return;
    }
    List<SqlParameterSource> batch = new ArrayList<>();
    delta.forEach((c, d) -> batch.add(new MapSqlParameterSource().addValue("kind", c.kind().name())
        .addValue("k", c.key()).addValue("col", c.column().name()).addValue("d", d)));
    jdbc.batchUpdate(postgres
        ? "INSERT INTO monitoring_tally (scope_kind, scope_key, grid_column, n) VALUES (:kind, :k, :col, :d)"
            + " ON CONFLICT (scope_kind, scope_key, grid_column) DO UPDATE SET n = monitoring_tally.n + EXCLUDED.n"
        : "MERGE INTO monitoring_tally t USING (SELECT CAST(:kind AS VARCHAR(16)) AS kind, CAST(:k AS VARCHAR(64))"
            + " AS k, CAST(:col AS VARCHAR(24)) AS col, CAST(:d AS BIGINT) AS d) s"
            + " ON (t.scope_kind = s.kind AND t.scope_key = s.k AND t.grid_column = s.col)"
            + " WHEN MATCHED THEN UPDATE SET n = t.n + s.d"
            + " WHEN NOT MATCHED THEN INSERT (scope_kind, scope_key, grid_column, n) VALUES (s.kind, s.k, s.col, s.d)",
        batch.toArray(SqlParameterSource[]::new));
  }

  private void add(TreeMap<Cell, Long> delta, Before row, String field, StatusBoundaries b, long sign) {
    AssignmentStatus s = status.statusOf(row.facts(), b);
    if (s.column() == null) {
      return;
    }
    delta.merge(new Cell(Kind.CONCLUSION, String.valueOf(row.conclusionId()), s.column()), sign, Long::sum);
    delta.merge(new Cell(Kind.UNIT, row.unit(), s.column()), sign, Long::sum);
    delta.merge(new Cell(Kind.FIELD, field, s.column()), sign, Long::sum);
  }

  /**
   * Locks the state row for a writer (shared on PostgreSQL; H2 has only exclusive row locks, fine for its
   * single-node use) and returns the boundaries the tally is valid for, empty when it is not valid.
   */
  private Optional<StatusBoundaries> lockForWriting() {
    List<StatusBoundaries> s = jdbc.query("SELECT as_of, due_soon_limit FROM monitoring_tally_state WHERE id = 1"
        + (postgres ? " FOR SHARE" : " FOR UPDATE"), Map.of(), (rs, i) -> boundaries(rs.getObject(1, LocalDate.class),
        rs.getObject(2, LocalDate.class)));
    return s.isEmpty() || s.get(0) == null ? Optional.empty() : Optional.of(s.get(0));
  }

  /** The boundaries that decide a column: the date and the due-soon limit (the days themselves do not matter). */
  private StatusBoundaries boundaries(LocalDate asOf, LocalDate dueSoonLimit) {
    if (asOf == null || dueSoonLimit == null) {
      return null;
    }
    return new StatusBoundaries(asOf, asOf.plusDays(1).atStartOfDay(StatusBoundaries.VIETNAM).toOffsetDateTime(),
        dueSoonLimit, props.getDueSoonDays(), StatusBoundaries.VIETNAM);
  }

  public void invalidate() {
    jdbc.update(INVALIDATE_SQL, Map.of());
  }

  // ---- rebuild ------------------------------------------------------------------------------------------

  /** What {@link #state} reports. */
  public record State(LocalDate asOf, LocalDate dueSoonLimit, OffsetDateTime rebuiltAt, Long rebuildMs) {}

  public State state() {
    return jdbc.queryForObject("SELECT as_of, due_soon_limit, rebuilt_at, rebuild_ms FROM monitoring_tally_state"
        + " WHERE id = 1", Map.of(), (rs, i) -> new State(rs.getObject(1, LocalDate.class),
        rs.getObject(2, LocalDate.class), rs.getObject(3, OffsetDateTime.class), (Long) rs.getObject(4, Long.class)));
  }

  /** Today's boundaries with the configured due-soon threshold and the current calendar. */
  public StatusBoundaries todayBoundaries() {
    return StatusBoundaries.of(VietnamTime.today(clock), props.getDueSoonDays(), status.calendar());
  }

  /** Rebuilds the tally for today when it is not valid for today's boundaries; true when it rebuilt. */
  public boolean refreshIfStale() {
    StatusBoundaries b = todayBoundaries();
    State s = state();
    if (b.asOf().equals(s.asOf()) && b.dueSoonLimit().equals(s.dueSoonLimit())) {
      return false;
    }
    return rebuild(b, false);
  }

  /** Rebuilds the tally for the boundaries (always, even when it looks fresh). */
  public void rebuild(StatusBoundaries b) {
    rebuild(b, true);
  }

  private boolean rebuild(StatusBoundaries b, boolean force) {
    Boolean done = tx.execute(t -> {
      long start = System.nanoTime();
      Map<String, Object> locked = jdbc.queryForMap("SELECT as_of, due_soon_limit FROM monitoring_tally_state"
          + " WHERE id = 1 FOR UPDATE", Map.of());
      // Another node may have rebuilt while we waited for the lock.
      if (!force && b.asOf().equals(toDate(locked.get("as_of")))
          && b.dueSoonLimit().equals(toDate(locked.get("due_soon_limit")))) {
        return false;
      }
      jdbc.update("DELETE FROM monitoring_tally", Map.of());
      MapSqlParameterSource p = new MapSqlParameterSource(StatusSql.params(b));
      for (Kind k : Kind.values()) {
        jdbc.update("INSERT INTO monitoring_tally (scope_kind, scope_key, grid_column, n) SELECT '" + k.name()
            + "', k, col, COUNT(*) FROM (SELECT " + k.sqlKey + " AS k, " + StatusSql.COLUMN + " AS col"
            + " FROM task_assignment ta" + (k == Kind.FIELD ? " JOIN conclusion_task t ON t.id = ta.task_id" : "")
            + " WHERE " + StatusSql.POPULATION + ") x WHERE col IS NOT NULL GROUP BY k, col", p);
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      jdbc.update("UPDATE monitoring_tally_state SET as_of = :asOf, due_soon_limit = :lim, rebuilt_at = :now,"
          + " rebuild_ms = :ms WHERE id = 1", new MapSqlParameterSource("asOf", b.asOf())
          .addValue("lim", b.dueSoonLimit()).addValue("now", OffsetDateTime.now(clock)).addValue("ms", ms));
      LOG.info("Status tally rebuilt as of {} (due soon until {}) in {} ms", b.asOf(), b.dueSoonLimit(), ms);
      return true;
    });
    return Boolean.TRUE.equals(done);
  }

  private static LocalDate toDate(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return o instanceof LocalDate l ? l : LocalDate.parse(o.toString());
  }

  // ---- reads --------------------------------------------------------------------------------------------

  /**
   * The grid counts (group key to column counts) from the tally, or empty when the tally cannot answer: not valid
   * for {@code b}, or filters on more than one kind of scope (e.g. a unit's slice grouped by conclusion). Keys and
   * zero-free maps are exactly what {@link MonitoringRepository#gridCounts} returns.
   */
  public Optional<Map<String, Map<GridColumn, Long>>> counts(GridGroup group, MonitoringFilter f,
      MonitoringScope scope, StatusBoundaries b) {
    if (!props.isTallyEnabled()) {
      return Optional.empty();
    }
    Set<Kind> dims = EnumSet.noneOf(Kind.class);
    if (f.conclusionId() != null || f.committee() != null) {
      dims.add(Kind.CONCLUSION);
    }
    if (f.unit() != null || !scope.all()) {
      dims.add(Kind.UNIT);
    }
    if (f.field() != null) {
      if (GridGroup.NO_FIELD.equals(f.field())) {
        return Optional.empty(); // the scan filters "field_code IS NULL" here, the tally's '-' key is broader
      }
      dims.add(Kind.FIELD);
    }
    switch (group) {
      case CONCLUSION -> dims.add(Kind.CONCLUSION);
      case UNIT -> dims.add(Kind.UNIT);
      case FIELD -> dims.add(Kind.FIELD);
      case ALL -> { }
    }
    if (dims.size() > 1) {
      return Optional.empty();
    }
    if (!scope.all() && scope.units().isEmpty()) {
      return Optional.of(new LinkedHashMap<>());
    }
    Kind kind = dims.isEmpty() ? Kind.UNIT : dims.iterator().next();
    StringBuilder on = new StringBuilder(" ON t.scope_kind = :kind AND t.n <> 0");
    MapSqlParameterSource p = new MapSqlParameterSource("kind", kind.name()).addValue("asOf", b.asOf())
        .addValue("lim", b.dueSoonLimit());
    if (f.conclusionId() != null) {
      on.append(" AND t.scope_key = :conclusion");
      p.addValue("conclusion", String.valueOf(f.conclusionId()));
    }
    if (f.committee() != null) {
      on.append(" AND t.scope_key IN (SELECT CAST(c.id AS VARCHAR(64)) FROM conclusion c"
          + " WHERE c.issuer_unit_code = :committee)");
      p.addValue("committee", f.committee());
    }
    if (f.unit() != null) {
      on.append(" AND t.scope_key = :unit");
      p.addValue("unit", f.unit());
    }
    if (!scope.all()) {
      on.append(" AND t.scope_key IN (:scopeUnits)");
      p.addValue("scopeUnits", scope.units());
    }
    if (f.field() != null) {
      on.append(" AND t.scope_key = :field");
      p.addValue("field", f.field());
    }
    boolean[] valid = {false};
    Map<String, Map<GridColumn, Long>> out = new LinkedHashMap<>();
    // Validity and counts in one statement: a rebuild committing in between cannot mix two dates.
    jdbc.query("SELECT t.scope_key, t.grid_column, t.n FROM monitoring_tally_state s LEFT JOIN monitoring_tally t"
        + on + " WHERE s.id = 1 AND s.as_of = :asOf AND s.due_soon_limit = :lim", p, rs -> {
          valid[0] = true;
          String key = rs.getString(1);
          if (key != null) {
            out.computeIfAbsent(group == GridGroup.ALL ? "*" : key, k -> new EnumMap<>(GridColumn.class))
                .merge(GridColumn.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
          }
        });
    return valid[0] ? Optional.of(out) : Optional.empty();
  }

  /** How many assignments a filter selects (its column, or all columns), or empty when the tally cannot answer. */
  public Optional<Long> count(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b) {
    return counts(GridGroup.ALL, f.withColumn(null), scope, b).map(m -> m.values().stream()
        .flatMap(c -> c.entrySet().stream())
        .filter(e -> f.column() == null || e.getKey() == f.column())
        .mapToLong(Map.Entry::getValue).sum());
  }
}

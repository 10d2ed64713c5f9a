package vn.dondoc.monitoring;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.followup.FollowupStore;
import vn.dondoc.monitoring.status.GeneratedAssignments;
import vn.dondoc.monitoring.status.GridColumn;
import vn.dondoc.monitoring.status.StatusBoundaries;
import vn.dondoc.monitoring.status.StatusSqlAgreementTest;
import vn.dondoc.support.TestCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status tally always equals the scan: varied generated assignments, then a random sequence of real
 * FollowupStore writes (in transactions of one to three writes, some rolled back, with the engine clock moved
 * around the as-of date so that stamps fall before and after it) and day changes (the refresh rebuilds for the new
 * day). After every step every grid (by conclusion, unit, field, all; for a supervisor and for unit slices) read
 * from the tally equals the scan's, and the three kinds of scope count the same total. On H2 and PostgreSQL.
 */
class StatusTallyTest {

  static final TestCalendar CALENDAR = new TestCalendar(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1));
  static final List<String> UNITS = List.of("tally-a", "tally-b", "tally-c");
  static final List<String> FIELDS = List.of("kinh-te", "xay-dung-dang");
  static final List<String> STATES = List.of("ASSIGNED", "IN_PROGRESS", "AWAITING_REVIEW", "REWORK", "COMPLETED",
      "RETURNED_AS_WRONG", "REASSIGNED", "CLOSED");
  static EmbeddedPostgres postgres;

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void tallyEqualsTheScanOnH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:status-tally;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    check(oneConnection(StatusSqlAgreementTest.migrated(ds)), 11);
  }

  @Test
  void tallyEqualsTheScanOnPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    check(oneConnection(StatusSqlAgreementTest.migrated(postgres.getPostgresDatabase())), 12);
  }

  /** Thousands of small queries: one connection instead of one per query. */
  static DataSource oneConnection(DataSource ds) {
    try {
      return new SingleConnectionDataSource(ds.getConnection(), true);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A clock the test moves from day to day. */
  static final class DayClock extends Clock {
    Instant now;

    DayClock(LocalDate day) {
      set(day);
    }

    void set(LocalDate day) {
      now = day.atTime(10, 0).atZone(StatusBoundaries.VIETNAM).toInstant();
    }

    @Override
    public ZoneId getZone() {
      return StatusBoundaries.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  void check(DataSource ds, long seed) {
    Random r = new Random(seed);
    LocalDate ref = LocalDate.of(2024, 4, 26);
    MonitoringFixture fx = new MonitoringFixture(ds);
    UNITS.forEach(u -> fx.unit(u, "Đơn vị " + u, null));
    List<Long> conclusions = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      long c = fx.conclusion(String.valueOf(700 + i), "tally-a", LocalDate.of(2024, 1, 1 + i), "Kết luận " + i);
      conclusions.add(c);
      ids.addAll(GeneratedAssignments.insert(fx, r, ref, 120, c, UNITS, FIELDS).keySet());
    }
    DataSourceTransactionManager tm = new DataSourceTransactionManager(ds);
    TransactionTemplate tx = new TransactionTemplate(tm);
    MonitoringProperties props = new MonitoringProperties();
    props.setDueSoonDays(3);
    DayClock clock = new DayClock(ref);
    StatusTally tally = new StatusTally(ds, tm, CALENDAR, props, clock);
    FollowupStore store = new FollowupStore(JdbcClient.create(ds), tally);
    MonitoringRepository repo = new MonitoringRepository(new NamedParameterJdbcTemplate(ds));

    // Written past the store: not valid until rebuilt; the refresh rebuilds it for "today".
    assertThat(tally.state().asOf()).isNull();
    assertThat(tally.counts(GridGroup.UNIT, MonitoringFilter.asOf(ref), all(), tally.todayBoundaries())).isEmpty();
    assertThat(tally.refreshIfStale()).isTrue();
    assertThat(tally.refreshIfStale()).isFalse();
    LocalDate day = ref;
    compare(tally, repo, day, conclusions, true);

    int events = 0;
    int rolledBack = 0;
    for (int step = 0; step < 120; step++) {
      if (step % 30 == 29) {
        // A day passes: the tally is not valid for the new day until the refresh rebuilds it.
        day = day.plusDays(1 + r.nextInt(3));
        clock.set(day);
        StatusBoundaries b = tally.todayBoundaries();
        assertThat(tally.counts(GridGroup.CONCLUSION, MonitoringFilter.asOf(day), all(), b)).isEmpty();
        assertThat(tally.refreshIfStale()).isTrue();
      }
      boolean rollback = r.nextInt(8) == 0;
      int writes = 1 + r.nextInt(3);
      LocalDate around = day;
      tx.executeWithoutResult(t -> {
        for (int w = 0; w < writes; w++) {
          // Stamps before, on and after the as-of day, in the morning or late at night.
          Instant at = around.plusDays(r.nextInt(5) - 2).atTime(r.nextBoolean() ? 8 : 23, 30)
              .atZone(StatusBoundaries.VIETNAM).toInstant();
          ClockUtil.setCurrentTime(Date.from(at));
          write(store, fx, r, ids, conclusions, around);
        }
        if (rollback) {
          t.setRollbackOnly();
        }
      });
      events += writes;
      rolledBack += rollback ? 1 : 0;
      compare(tally, repo, day, conclusions, step % 10 == 0);
    }
    assertThat(events).isGreaterThan(150);
    assertThat(rolledBack).isPositive();

    // A write outside any transaction cannot be followed to its commit: it makes the tally invalid.
    store.setState(ids.get(0), "IN_PROGRESS");
    assertThat(tally.state().asOf()).isNull();
    assertThat(tally.refreshIfStale()).isTrue();
    compare(tally, repo, day, conclusions, true);
  }

  void write(FollowupStore store, MonitoringFixture fx, Random r, List<Long> ids, List<Long> conclusions,
      LocalDate day) {
    long id = ids.get(r.nextInt(ids.size()));
    switch (r.nextInt(8)) {
      case 0 -> store.setState(id, STATES.get(r.nextInt(STATES.size())));
      case 1 -> store.markAccepted(id);
      case 2 -> store.markCompletionReported(id);
      case 3 -> store.markCompleted(id, "GOOD");
      case 4 -> store.end(id, r.nextBoolean() ? "REASSIGNED" : "CLOSED", null);
      case 5 -> store.extendDeadline(id, day.plusDays(r.nextInt(11) - 5));
      default -> {
        long conclusion = conclusions.get(r.nextInt(conclusions.size()));
        boolean recurring = r.nextInt(6) == 0;
        LocalDate deadline = recurring || r.nextInt(6) == 0 ? null : day.plusDays(r.nextInt(11) - 5);
        long task = fx.task(conclusion, "n" + ids.size(), "Nhiệm vụ mới " + ids.size(),
            r.nextInt(4) == 0 ? null : FIELDS.get(r.nextInt(FIELDS.size())), recurring ? "RECURRING" : "FIXED",
            deadline, null);
        String unit = UNITS.get(r.nextInt(UNITS.size()));
        ids.add(store.insertAssignment(task, conclusion, unit, "tally#" + task + "@" + unit + "#" + ids.size(),
            recurring, deadline));
      }
    }
  }

  static MonitoringScope all() {
    return new MonitoringScope("sup", true, List.of(), false);
  }

  /** Every grid the tally can answer equals the scan's; {@code full}: every scope, filter and column count too. */
  void compare(StatusTally tally, MonitoringRepository repo, LocalDate day, List<Long> conclusions, boolean full) {
    StatusBoundaries b = StatusBoundaries.of(day, 3, CALENDAR);
    List<MonitoringScope> scopes = !full ? List.of(all()) : List.of(all(),
        new MonitoringScope("u", false, List.of("tally-b"), false),
        new MonitoringScope("uu", false, List.of("tally-a", "tally-c"), false));
    List<MonitoringFilter> filters = !full ? List.of(MonitoringFilter.asOf(day)) : List.of(MonitoringFilter.asOf(day),
        MonitoringFilter.asOf(day).withUnit("tally-c"), MonitoringFilter.asOf(day).withField("kinh-te"),
        MonitoringFilter.asOf(day).withConclusion(conclusions.get(1)));
    int answered = 0;
    for (MonitoringScope scope : scopes) {
      for (MonitoringFilter f : filters) {
        for (GridGroup g : GridGroup.values()) {
          var fromTally = tally.counts(g, f, scope, b);
          if (fromTally.isPresent()) {
            assertThat(fromTally.get()).as("%s %s %s as of %s", g, f, scope, day)
                .isEqualTo(repo.gridCounts(g, f, scope, b));
            answered++;
          }
          for (GridColumn c : full ? GridColumn.values() : new GridColumn[0]) {
            var n = tally.count(f.withColumn(c), scope, b);
            n.ifPresent(v -> assertThat(v).isEqualTo(repo.count(f.withColumn(c), scope, b)));
          }
        }
      }
    }
    // What a supervisor's dashboard and a unit's unit grid need is always answered from the tally.
    assertThat(answered).isEqualTo(full ? 18 : 4);
    // The three kinds of scope count every assignment once.
    Map<String, Long> totals = new java.util.HashMap<>();
    new NamedParameterJdbcTemplate(repo.jdbc().getJdbcTemplate().getDataSource()).query(
        "SELECT scope_kind, SUM(n) FROM monitoring_tally GROUP BY scope_kind", Map.of(),
        rs -> { totals.put(rs.getString(1), rs.getLong(2)); });
    long scanned = repo.count(MonitoringFilter.asOf(day), all(), b);
    assertThat(totals).containsOnlyKeys("CONCLUSION", "UNIT", "FIELD").allSatisfy((k, v) ->
        assertThat(v).as(k).isEqualTo(scanned));
  }
}

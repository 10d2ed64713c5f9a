package vn.dondoc.monitoring;

import vn.dondoc.support.TestCalendar;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.dondoc.monitoring.status.GridColumn;
import vn.dondoc.monitoring.status.StatusBoundaries;
import vn.dondoc.monitoring.status.StatusSql;
import vn.dondoc.monitoring.status.StatusSqlAgreementTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a unit test (its name keeps it out of Surefire's default run): 100,000 assignments across 1,000
 * conclusions and 300 units on PostgreSQL, timing the dashboard's main queries and printing their plans.
 * Run: ./mvnw -q test -Dtest=MonitoringQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class MonitoringQueryBenchmark {

  @Test
  void mainQueriesOn100kAssignments() throws IOException {
    // auto_explain logs the plan of every statement slower than 30 ms (in the PostgreSQL log lines of the output).
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("shared_preload_libraries", "auto_explain")
        .setServerConfig("auto_explain.log_min_duration", "30ms").setServerConfig("auto_explain.log_analyze", "on")
        .start()) {
      DataSource ds = StatusSqlAgreementTest.migrated(pg.getPostgresDatabase());
      JdbcTemplate sql = new JdbcTemplate(ds);
      LocalDate today = LocalDate.of(2026, 11, 25);
      sql.update("INSERT INTO org_unit (code, name, kind, valid_from, created_at) SELECT 'u' || g, 'Đơn vị ' || g,"
          + " 'BASE_COMMITTEE', DATE '2020-01-01', now() FROM generate_series(1, 300) g");
      sql.update("INSERT INTO conclusion (business_key, doc_number, type_code, issuer_code, issuer_unit_code,"
          + " issued_date, title, lifecycle_state, created_at) SELECT 'c' || g, g::text, 'KL', 'HU', 'u' || (1 + g % 5),"
          + " DATE '2023-01-01' + (g % 900)::int, 'Kết luận ' || g, 'ISSUED', now() FROM generate_series(1, 1000) g");
      sql.update("INSERT INTO conclusion_task (conclusion_id, ordinal, task_text, field_code, deadline_type,"
          + " deadline_date, created_at) SELECT 1 + g % 1000, (g / 1000)::text, 'Nhiệm vụ ' || g, 'f' || (g % 12),"
          + " CASE WHEN g % 10 = 0 THEN 'RECURRING' WHEN g % 13 = 0 THEN 'PENDING' ELSE 'FIXED' END,"
          + " CASE WHEN g % 10 = 0 OR g % 13 = 0 THEN NULL ELSE DATE '2025-06-01' + (g % 900)::int END, now()"
          + " FROM generate_series(1, 100000) g");
      sql.update("INSERT INTO task_assignment (task_id, conclusion_id, unit_code, business_key, state, recurring,"
          + " original_deadline, current_deadline, assigned_at, completion_reported_at, completed_on)"
          + " SELECT t.id, t.conclusion_id, 'u' || (1 + t.id % 300), 'bk' || t.id,"
          + " CASE WHEN t.id % 3 = 0 THEN 'COMPLETED' WHEN t.id % 7 = 0 THEN 'AWAITING_REVIEW' ELSE 'IN_PROGRESS' END,"
          + " t.deadline_type = 'RECURRING', t.deadline_date, t.deadline_date, TIMESTAMPTZ '2024-01-01 09:00+07',"
          + " CASE WHEN t.id % 3 = 0 OR t.id % 7 = 0 THEN TIMESTAMPTZ '2025-01-01 09:00+07' + (t.id % 700) * INTERVAL '1 day' END,"
          + " CASE WHEN t.id % 3 = 0 THEN DATE '2025-01-01' + (t.id % 700)::int END FROM conclusion_task t");
      sql.update("INSERT INTO extension_request (assignment_id, reason, proposed_date, requested_at, requested_by,"
          + " decision) SELECT id, 'Cần thêm thời gian', current_deadline + 30, now(), 'u', CASE WHEN id % 2 = 0"
          + " THEN 'PENDING' ELSE 'APPROVED' END FROM task_assignment WHERE id % 50 = 0 AND current_deadline IS NOT NULL");
      sql.update("INSERT INTO evidence (assignment_id, document_number, document_date, submitted_at, submitted_by)"
          + " SELECT id, 'BC', DATE '2025-01-01', now(), 'u' FROM task_assignment WHERE state = 'COMPLETED' AND id % 4 <> 0");
      sql.execute("ANALYZE");

      TestCalendar cal = new TestCalendar();
      MonitoringRepository repo = new MonitoringRepository(new NamedParameterJdbcTemplate(ds));
      MonitoringProperties props = new MonitoringProperties();
      StatusTally tally = new StatusTally(ds, new org.springframework.jdbc.datasource.DataSourceTransactionManager(ds),
          cal, props);
      MonitoringService service = new MonitoringService(repo, props, cal, null, null, null, tally);
      MonitoringScope all = new MonitoringScope("sup", true, List.of(), true);
      MonitoringScope unit = new MonitoringScope("u", false, List.of("u17"), false);
      MonitoringFilter f = MonitoringFilter.asOf(today);
      StatusBoundaries b = service.boundaries(today);
      tally.rebuild(b);

      time("grid by conclusion (all)", () -> service.grid(GridGroup.CONCLUSION, f, all));
      time("grid by unit (all)", () -> service.grid(GridGroup.UNIT, f, all));
      time("interventions (all)", () -> service.interventions(all, today));
      time("overdue ids (all)", () -> repo.overdueIds(f, all, b, 0, 50));
      time("missing evidence ids (all)", () -> repo.missingEvidence(f, all, b, 50));
      time("pending extensions (all)", () -> repo.pendingExtensions(f, all, b, 50));
      time("no deadline rows (all)", () -> repo.rows(f.withColumn(GridColumn.NO_DEADLINE), all, b,
          service.statusFunction(), "ta.assigned_at, ta.id", 0, 50));
      time("data quality: missing evidence count", () -> repo.countMissingEvidence(f, all, b));
      time("whole page: ageing (all)", () -> service.ageing(f, all));
      time("drill-down page overdue", () -> service.assignments(f.withColumn(GridColumn.OVERDUE), all, 0, 50));
      Grid g = service.grid(GridGroup.UNIT, f, all);
      assertThat(g.totals().total()).isEqualTo(100_000);
      assertThat(repo.count(f, all, b)).isEqualTo(100_000);

      MonitoringRepository.Where w = repo.where(f, all, b);
      String grid = "EXPLAIN ANALYZE SELECT k, col, COUNT(*) AS n FROM (SELECT ta.unit_code AS k, " + StatusSql.COLUMN
          + " AS col" + MonitoringRepository.countFrom(f, false) + w.sql() + ") x WHERE col IS NOT NULL GROUP BY k, col";
      MonitoringRepository.Where o = repo.where(f.withColumn(GridColumn.NO_DEADLINE), all, b);
      o.params().addValue("limit", 50).addValue("offset", 0);
      System.out.println("PLAN no deadline list:");
      new NamedParameterJdbcTemplate(ds).queryForList("EXPLAIN ANALYZE SELECT ta.id" + MonitoringRepository.countFrom(f,
          false) + o.sql() + " AND (" + StatusSql.COLUMN + ") IS NOT NULL ORDER BY ta.assigned_at, ta.id LIMIT :limit",
          o.params(), String.class).forEach(System.out::println);
      MonitoringRepository.Where e = repo.where(f, all, b);
      e.params().addValue("limit", 50);
      System.out.println("PLAN missing evidence:");
      new NamedParameterJdbcTemplate(ds).queryForList("EXPLAIN ANALYZE SELECT ta.id" + MonitoringRepository.countFrom(f,
          false) + e.sql() + " AND ta.completion_reported_at < :asOfEnd"
          + " AND ta.state IN ('AWAITING_REVIEW', 'COMPLETED', 'CLOSED')"
          + " AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.assignment_id = ta.id)"
          + " AND (" + StatusSql.COLUMN + ") IS NOT NULL ORDER BY ta.completion_reported_at, ta.id LIMIT :limit",
          e.params(), String.class).forEach(System.out::println);
    }
  }

  static void time(String name, Supplier<?> query) {
    for (int i = 0; i < 5; i++) {
      query.get();
    }
    List<Long> ms = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long t = System.nanoTime();
      query.get();
      ms.add((System.nanoTime() - t) / 1_000_000);
    }
    Collections.sort(ms);
    System.out.printf("BENCH %-36s p50 %4d ms  p95 %4d ms%n", name, ms.get(20), ms.get(37));
  }
}

package vn.dondoc.monitoring.status;

import vn.dondoc.support.TestCalendar;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.dondoc.monitoring.MonitoringFixture;


import static org.assertj.core.api.Assertions.assertThat;

/** Java's status function and the grid's SQL give every generated assignment the same column, on H2 and PostgreSQL. */
public class StatusSqlAgreementTest {

  static EmbeddedPostgres postgres;

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void javaAndSqlAgreeOnH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:status-agreement;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    checkAgreement(migrated(ds));
  }

  @Test
  void javaAndSqlAgreeOnPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    checkAgreement(migrated(postgres.getPostgresDatabase()));
  }

  public static DataSource migrated(DataSource ds) {
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return ds;
  }

  void checkAgreement(DataSource ds) {
    TestCalendar calendar = new TestCalendar(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1));
    StatusFunction function = new StatusFunction(calendar);
    MonitoringFixture fx = new MonitoringFixture(ds);
    fx.unit("agree-a", "Đơn vị A", null);
    fx.unit("agree-b", "Đơn vị B", null);
    LocalDate ref = LocalDate.of(2024, 4, 26);
    long conclusion = fx.conclusion("900", "agree-a", LocalDate.of(2024, 1, 1), "Kết luận thử");
    Map<Long, AssignmentFacts> facts = GeneratedAssignments.insert(fx, new Random(20240426), ref, 600, conclusion,
        List.of("agree-a", "agree-b"), List.of("xd-dang", "kt-xh"));
    int compared = 0;
    for (LocalDate asOf = ref.minusDays(12); !asOf.isAfter(ref.plusDays(12)); asOf = asOf.plusDays(3)) {
      for (int dueSoon : new int[] {0, 3}) {
        StatusBoundaries b = StatusBoundaries.of(asOf, dueSoon, calendar);
        Map<String, Object> params = new HashMap<>(StatusSql.params(b));
        params.put("c", conclusion);
        Map<Long, String> sql = new HashMap<>();
        fx.jdbc().query("SELECT ta.id, " + StatusSql.COLUMN + " AS col FROM task_assignment ta "
            + "JOIN conclusion_task t ON t.id = ta.task_id WHERE ta.conclusion_id = :c", params,
            rs -> { sql.put(rs.getLong("id"), rs.getString("col")); });
        for (Map.Entry<Long, AssignmentFacts> e : facts.entrySet()) {
          AssignmentStatus s = function.statusOf(e.getValue(), b);
          String expected = s.column() == null ? null : s.column().name();
          assertThat(sql.get(e.getKey())).as("assignment %s %s as of %s", e.getKey(), e.getValue(), asOf)
              .isEqualTo(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(600 * 18);
  }
}

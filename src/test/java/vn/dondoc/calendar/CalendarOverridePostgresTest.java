package vn.dondoc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The migration and the repository's SQL on a real PostgreSQL server (H2 is covered by CalendarApiTest). */
class CalendarOverridePostgresTest {

  private static EmbeddedPostgres postgres;
  private static CalendarOverrideRepository repository;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
        .migrate();
    repository = new CalendarOverrideRepository(new JdbcTemplate(postgres.getPostgresDatabase()));
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void appendOnlyRowsTheLatestWins() {
    LocalDate day = LocalDate.of(2040, 1, 5);
    OffsetDateTime at = OffsetDateTime.of(2039, 12, 1, 9, 30, 0, 0, ZoneOffset.ofHours(7));
    assertThat(repository.version()).isZero();
    CalendarOverride first = repository.append(day, CalendarOverride.Kind.DAY_OFF, "Nghỉ hoán đổi", false, at, "demo");
    assertThat(repository.inForce(day, day)).containsExactly(first);
    CalendarOverride second = repository.append(day, CalendarOverride.Kind.DAY_OFF, "Hủy", true, at.plusDays(1),
        "admin");
    assertThat(repository.version()).isEqualTo(second.id()).isGreaterThan(first.id());
    assertThat(repository.inForce(day.minusDays(10), day.plusDays(10))).isEmpty();
    assertThat(repository.history(day, day)).containsExactly(first, second);
    assertThat(repository.history(day, day).get(0).recordedAt()).isEqualTo(at);
  }
}

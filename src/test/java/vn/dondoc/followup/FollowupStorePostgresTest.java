package vn.dondoc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dondoc.platform.ApiException;

/** The store's SQL on a real PostgreSQL server (H2 runs it in FollowupScenarioTest). */
class FollowupStorePostgresTest {

  static EmbeddedPostgres postgres;
  static JdbcClient jdbc;
  static FollowupStore store;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    for (String unit : List.of("hu-ct", "hu-ct-btc", "du-ct-ducpho", "du-ct-giavien")) {
      jdbc.sql("INSERT INTO org_unit (code, name, kind, valid_from, created_at) VALUES (?, ?, 'COMMITTEE', ?, ?)")
          .params(unit, unit, LocalDate.of(2020, 1, 1), LocalDateTime.now()).update();
    }
    store = new FollowupStore(jdbc);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aConclusionItsAssignmentAndItsHistory() {
    // 06:30 in Vietnam is still the previous day in UTC: completed_on must be the Vietnamese day
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2024, 1, 19, 6, 30).atZone(FollowupStore.ZONE).toInstant()));
    ConclusionDraft d = new ConclusionDraft("1066", "KL", "HU", "hu-ct", LocalDate.of(2023, 8, 11), "Cát Tiên",
        "Sơ kết", null, null, null, "hu-ct-btc", List.of(), "MONTHLY", LocalDate.of(2024, 8, 12), List.of(),
        List.of(), null);
    long cid = store.insertConclusion(d, d.businessKey(), null, "demo");
    assertThatThrownBy(() -> store.insertConclusion(d, d.businessKey() + "x", null, "demo"))
        .isInstanceOf(ApiException.class).hasMessageContaining("1066-KL/HU");
    store.addReportTo(cid, "hu-ct-btc");
    store.addReportTo(cid, "hu-ct-btc");
    assertThat(store.reportToOf(cid)).containsExactly("hu-ct-btc");
    store.markIssued(cid, "hu-ct-btc", "MONTHLY", LocalDate.of(2024, 8, 12));

    long taskId = store.insertTask(cid, new ConclusionDraft.TaskDraft("1", "Quán triệt", List.of("du-ct-ducpho"), null,
        List.of("du-ct-giavien"), "FIXED", LocalDate.of(2023, 12, 29), null, null, "MONTHLY", null, null, null), "hu-ct-btc");
    long aid = store.insertAssignment(taskId, cid, "du-ct-ducpho", d.businessKey() + "#1@du-ct-ducpho", false,
        LocalDate.of(2023, 12, 29));
    store.markAccepted(aid);
    long req = store.insertExtensionRequest(aid, "Lý do", LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 15), "u");
    store.setExtensionDecider(req, "hu-ct-btc");
    store.decideExtension(req, "APPROVED", LocalDate.of(2024, 1, 15), null, "tb");
    store.extendDeadline(aid, LocalDate.of(2024, 1, 15));
    long report = store.insertReport(aid, "COMPLETION", "du-ct-ducpho", null, null, "Xong", 100, "u", "task-1");
    assertThat(store.insertReport(aid, "COMPLETION", "du-ct-ducpho", null, null, "Xong", 100, "u", "task-1"))
        .isEqualTo(report);
    store.insertEvidence(aid, report, "25-BC/ĐU", LocalDate.of(2024, 1, 17), null, "u");
    store.markCompletionReported(aid);
    store.insertReview(aid, "ACCEPTED", "GOOD", null, "tb");
    store.markCompleted(aid, "GOOD");
    store.event(aid, cid, "CLOSED", "system", "x".repeat(5000));
    assertThat(store.logReminder(aid, "DUE", LocalDate.of(2024, 1, 15), "a@b", "MAIL")).isTrue();
    assertThat(store.logReminder(aid, "DUE", LocalDate.of(2024, 1, 15), "a@b", "MAIL")).isFalse();
    assertThat(store.reminderSent(aid, "DUE", LocalDate.of(2024, 1, 15))).isTrue();

    FollowupStore.Assignment a = store.assignment(aid);
    assertThat(a.state()).isEqualTo("COMPLETED");
    assertThat(a.currentDeadline()).isEqualTo(LocalDate.of(2024, 1, 15));
    assertThat(a.extensionCount()).isOne();
    assertThat(jdbc.sql("SELECT completed_on FROM task_assignment WHERE id = ?").param(aid).query(LocalDate.class)
        .single()).isEqualTo(LocalDate.of(2024, 1, 19));
    assertThat(store.openNonRecurring(cid)).isZero();
    assertThat(store.reportDigest(aid, 5)).singleElement().asString().startsWith("19/01/2024 – Báo cáo hoàn thành");
    assertThat(store.conclusionDigest(cid)).hasSize(1);
    assertThat(store.taskOf(taskId, null).coordinatingUnits()).containsExactly("du-ct-giavien");
    long directive = store.insertDirective(cid, aid, "du-ct-ducpho", "Báo cáo", null, "tt");
    store.answerDirective(directive, "Đã báo cáo");
    assertThat(store.directive(directive).content()).isEqualTo("Báo cáo");
    long next = store.insertAssignment(taskId, cid, "du-ct-giavien", d.businessKey() + "#1@du-ct-giavien", false, null);
    store.end(aid, "REASSIGNED", next);
    assertThat(store.assignmentsOf(cid)).extracting(FollowupStore.Assignment::state)
        .containsExactly("REASSIGNED", "ASSIGNED");
  }
}

package vn.dondoc.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dondoc.followup.ConclusionService;
import vn.dondoc.followup.FollowupIds.TaskExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1. Cycle throughput and 6. history growth. The real application (demo organisation, the product's processes,
 * delegates, task listener, deployment validator and authorization) runs full task lifecycles through the engine's
 * Java API with history level full: start task-execution (ConclusionService#startTaskExecution, as the issue step
 * does) → accept → progress report (the period timer fired) → completion report with evidence → review accepted.
 * Baseline: a bare one-user-task process (start → complete) on the same engine and database, in the same run. For
 * information, a bare process of the lifecycle's shape (five user tasks in sequence: six engine commands, as the
 * lifecycle's start, four completions and one timer job) shows the cost per step of the engine alone.
 * The issue step's business rows (conclusion, tasks, assignments) are inserted in bulk before timing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CycleBenchmark {

  static final int WARMUP = Integer.getInteger("bench.cycle.warmup", 40);
  static final int CYCLES = Integer.getInteger("bench.cycle.n", 300);
  static final int ROUNDS = 3;
  static final String[] UNITS = {"du-ct-ttcattien", "du-ct-ttphuoccat", "du-ct-ducpho", "du-ct-giavien",
      "du-ct-namninh", "du-ct-tienhoang", "du-ct-quangngai"};
  static final Map<String, String> ROWS = new LinkedHashMap<>();
  static final Map<String, String> HISTORY = new LinkedHashMap<>();

  @Test
  @Order(1)
  void onH2() throws Exception {
    Path dir = Files.createTempDirectory("bench-h2");
    // the production default: an H2 file database, every commit on disk (WRITE_DELAY=0)
    String url = "jdbc:h2:file:" + dir.resolve("dondoc") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    try (ConfigurableApplicationContext ctx = DonDocApp.start(url, "sa", "", false, Map.of())) {
      measure("H2 2.x (file, WRITE_DELAY=0)", ctx, false);
    } finally {
      BenchReport.delete(dir);
    }
  }

  @Test
  @Order(2)
  void onPostgres() throws Exception {
    // zonky's default is synchronous_commit=off; production keeps it on
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      try (ConfigurableApplicationContext ctx = DonDocApp.start(url, "postgres", "postgres", false,
          Map.of("spring.datasource.driver-class-name", "org.postgresql.Driver"))) {
        measure("PostgreSQL " + new JdbcTemplate(ctx.getBean(javax.sql.DataSource.class))
            .queryForObject("SHOW server_version", String.class) + " (embedded, synchronous_commit=on)", ctx, true);
      }
    }
  }

  void measure(String db, ConfigurableApplicationContext ctx, boolean postgres) {
    ProcessEngine engine = ctx.getBean(ProcessEngine.class);
    JdbcTemplate sql = new JdbcTemplate(ctx.getBean(javax.sql.DataSource.class));
    Cycle cycle = new Cycle(engine, ctx.getBean(ConclusionService.class), sql);
    RepositoryService repo = engine.getRepositoryService();
    repo.createDeployment().name("bench-bare").addModelInstance("bench-bare.bpmn",
        Bpmn.createExecutableProcess("bench-bare").name("Đo hiệu năng: một việc").camundaHistoryTimeToLive(1825)
            .startEvent().userTask("work").name("Việc").camundaCandidateGroups("du-ct-ducpho").endEvent().done())
        .addModelInstance("bench-bare5.bpmn", Bpmn.createExecutableProcess("bench-bare5")
            .name("Đo hiệu năng: năm việc").camundaHistoryTimeToLive(1825).startEvent()
            .userTask("step1").name("Việc 1").camundaCandidateGroups("du-ct-ducpho")
            .userTask("step2").name("Việc 2").camundaCandidateGroups("du-ct-ducpho")
            .userTask("step3").name("Việc 3").camundaCandidateGroups("du-ct-ducpho")
            .userTask("step4").name("Việc 4").camundaCandidateGroups("du-ct-ducpho")
            .userTask("step5").name("Việc 5").camundaCandidateGroups("du-ct-ducpho").endEvent().done())
        .deploy();

    int total = WARMUP + CYCLES + 50;
    List<Long> assignments = BusinessRows.assignments(sql, "9001", total);
    int next = 0;
    for (int i = 0; i < WARMUP; i++) {
      cycle.dondoc(assignments.get(next++));
    }
    for (int i = 0; i < WARMUP * 3; i++) {
      cycle.bare();
    }
    for (int i = 0; i < WARMUP; i++) {
      cycle.bare5();
    }
    // alternate rounds so that background load on the shared machine hits both sides alike
    long dondocNanos = 0;
    long bareNanos = 0;
    long bare5Nanos = 0;
    int dondocN = 0;
    int bareN = 0;
    int bare5N = 0;
    for (int r = 0; r < ROUNDS; r++) {
      long t = System.nanoTime();
      for (int i = 0; i < CYCLES / ROUNDS; i++) {
        cycle.dondoc(assignments.get(next++));
        dondocN++;
      }
      dondocNanos += System.nanoTime() - t;
      t = System.nanoTime();
      for (int i = 0; i < CYCLES; i++) {
        cycle.bare();
        bareN++;
      }
      bareNanos += System.nanoTime() - t;
      t = System.nanoTime();
      for (int i = 0; i < CYCLES / ROUNDS; i++) {
        cycle.bare5();
        bare5N++;
      }
      bare5Nanos += System.nanoTime() - t;
    }
    assertThat(sql.queryForObject("SELECT COUNT(*) FROM task_assignment WHERE state = 'COMPLETED'", Integer.class))
        .isEqualTo(WARMUP + dondocN);
    double dondocRate = dondocN / (dondocNanos / 1e9);
    double bareRate = bareN / (bareNanos / 1e9);
    double bare5Rate = bare5N / (bare5Nanos / 1e9);
    double ratio = dondocRate / bareRate;
    // a lifecycle is 6 engine commands (start, 4 task completions, 1 timer job); the bare cycle is 2
    double perCommand = (dondocRate * 6) / (bareRate * 2);
    ROWS.put(db, "| " + db + " | " + BenchReport.f1(dondocRate) + " / " + BenchReport.f1(bareRate) + " | "
        + BenchReport.f2(ratio) + " (" + BenchReport.ok(ratio >= 0.5) + ") | " + BenchReport.f1(1000 / dondocRate)
        + " / " + BenchReport.f1(1000 / bareRate) + " | " + BenchReport.f2(perCommand) + " | "
        + BenchReport.f1(bare5Rate) + " | " + BenchReport.f2(dondocRate / bare5Rate) + " |");
    writeCycleSection();

    HISTORY.put(db, new HistoryGrowth(engine, sql, postgres, cycle).measure(assignments.subList(next, total)));
    writeCycleSection();
  }

  static void writeCycleSection() {
    StringBuilder md = new StringBuilder();
    md.append("""
        ## 1. Cycle throughput (engine Java API, history level full)

        DonDoc: one full task lifecycle of the real `task-execution` process with the real delegates, task listener
        and business tables (start as the issue step does → accept → progress report after the period timer fired →
        completion report with evidence → review accepted), users signed in with Camunda authorization on.
        Baseline: a bare process with one user task (start → complete, same user, same engine and database).
        For information (not the target): a bare process of the lifecycle's shape, five user tasks in sequence
        (six engine commands like the lifecycle), same user and candidate group.
        Single thread, %d lifecycles, %d bare one-task and %d bare five-task instances timed in %d alternating rounds
        after a warm-up.

        | Database | lifecycles/s DonDoc / bare | ratio (target ≥ 0.50) | ms per lifecycle DonDoc / bare | ratio per engine command | bare five-task instances/s | DonDoc / bare five-task |
        |---|---|---|---|---|---|---|
        """.formatted(CYCLES, CYCLES * ROUNDS, CYCLES, ROUNDS));
    ROWS.values().forEach(r -> md.append(r).append('\n'));
    md.append("""

        **What it measures.** The DonDoc lifecycle is six engine commands (process start, four user-task
        completions, one timer job) against two for the bare one-user-task process, so even an engine with zero
        product overhead would reach about 2/6 = 0.33 of the bare rate; the five-task column shows what the engine
        alone gives for the same number of commands. Per engine command (DonDoc commands/s ÷ bare commands/s) the
        product's own cost shows: its model (parallel branches in `work`: the extension request task, the report
        cycle timer), the task listener writing business rows and one form view per task, and the reminder ladder
        planned on acceptance (rows in `reminder_due`, sent later by per-unit digest jobs, section 4).
        """.replace("%%", "%"));
    if (!HISTORY.isEmpty()) {
      md.append("\n## 6. History growth and cleanup\n\n");
      HISTORY.forEach((db, text) -> md.append("### ").append(db).append("\n\n").append(text).append("\n\n"));
    }
    BenchReport.section("1-cycle", md.toString());
  }

  /** One DonDoc lifecycle, one bare cycle. */
  static final class Cycle {
    final RuntimeService runtime;
    final TaskService tasks;
    final ManagementService management;
    final IdentityService identity;
    final HistoryService history;
    final ConclusionService conclusions;
    final JdbcTemplate sql;

    Cycle(ProcessEngine engine, ConclusionService conclusions, JdbcTemplate sql) {
      this.sql = sql;
      runtime = engine.getRuntimeService();
      tasks = engine.getTaskService();
      management = engine.getManagementService();
      identity = engine.getIdentityService();
      history = engine.getHistoryService();
      this.conclusions = conclusions;
    }

    void dondoc(long assignmentId) {
      identity.clearAuthentication();
      conclusions.startTaskExecution(assignmentId);
      Map<String, Object> row = sql.queryForMap(
          "SELECT process_instance_id, unit_code FROM task_assignment WHERE id = ?", assignmentId);
      String pi = (String) row.get("process_instance_id");
      String unit = (String) row.get("unit_code");
      as("cv-" + unit, unit);
      tasks.complete(task(pi, TaskExecution.ACCEPT), Map.of("accepted", "true"));
      identity.clearAuthentication();
      Job timer = management.createJobQuery().processInstanceId(pi).activityId(TaskExecution.PERIODIC_REPORT_TIMER)
          .singleResult();
      management.executeJob(timer.getId());
      as("cv-" + unit, unit);
      tasks.complete(task(pi, TaskExecution.PROGRESS_REPORT), Map.of("progressContent",
          "Đã tổ chức quán triệt tại các chi bộ trực thuộc", "percentDone", 60));
      tasks.complete(task(pi, TaskExecution.REPORT_COMPLETION), Map.of("completionContent", "Đã hoàn thành",
          "evidenceNumber", assignmentId + "-BC/ĐU", "evidenceDate", LocalDate.now().toString()));
      as("tb-hu-ct-btc", "hu-ct-btc", "supervisors", "unit-heads");
      tasks.complete(task(pi, TaskExecution.REVIEW_RESULT), Map.of("resultAccepted", "true", "qualityGrade", "GOOD"));
      identity.clearAuthentication();
    }

    void bare5() {
      identity.clearAuthentication();
      String pi = runtime.startProcessInstanceByKey("bench-bare5", "bare5-" + System.nanoTime()).getId();
      as("cv-du-ct-ducpho", "du-ct-ducpho");
      for (int i = 1; i <= 5; i++) {
        tasks.complete(task(pi, "step" + i), Map.of("done" + i, "true"));
      }
      identity.clearAuthentication();
    }

    void bare() {
      identity.clearAuthentication();
      String pi = runtime.startProcessInstanceByKey("bench-bare", "bare-" + System.nanoTime()).getId();
      as("cv-du-ct-ducpho", "du-ct-ducpho");
      tasks.complete(task(pi, "work"), Map.of("done", "true"));
      identity.clearAuthentication();
    }

    String task(String pi, String key) {
      var auth = identity.getCurrentAuthentication();
      identity.clearAuthentication();
      Task t = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
      identity.setAuthentication(auth);
      return t.getId();
    }

    void as(String user, String... groups) {
      identity.setAuthentication(user, List.of(groups));
    }
  }

  /** Business rows of one issued conclusion: what the issue step writes, in bulk. */
  static final class BusinessRows {
    private BusinessRows() {}

    static List<Long> assignments(JdbcTemplate sql, String docNumber, int n) {
      String ck = docNumber + "-KL/HU@2026-01-05";
      Timestamp now = Timestamp.from(Instant.now());
      sql.update("INSERT INTO conclusion (business_key, doc_number, type_code, issuer_code, issuer_unit_code,"
          + " issued_date, title, lifecycle_state, monitoring_unit_code, report_cadence, created_at)"
          + " VALUES (?, ?, 'KL', 'HU', 'hu-ct', ?, ?, 'ISSUED', 'hu-ct-btc', 'MONTHLY', ?)", ck, docNumber,
          Date.valueOf("2026-01-05"), "Kết luận đo hiệu năng số " + docNumber, now);
      long conclusionId = sql.queryForObject("SELECT id FROM conclusion WHERE business_key = ?", Long.class, ck);
      Date deadline = Date.valueOf(LocalDate.now().plusMonths(6));
      List<Object[]> taskRows = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        taskRows.add(new Object[] {conclusionId, String.valueOf(i),
            "Nhiệm vụ " + i + ": tiếp tục quán triệt, triển khai thực hiện có hiệu quả kết luận", deadline, now});
      }
      sql.batchUpdate("INSERT INTO conclusion_task (conclusion_id, ordinal, task_text, deadline_type, deadline_date,"
          + " cadence, product, created_at) VALUES (?, ?, ?, 'FIXED', ?, 'MONTHLY', 'Báo cáo kết quả', ?)", taskRows);
      List<Object[]> assignmentRows = new ArrayList<>();
      List<Map<String, Object>> created = sql.queryForList(
          "SELECT id, ordinal FROM conclusion_task WHERE conclusion_id = ? ORDER BY id", conclusionId);
      for (Map<String, Object> t : created) {
        String ordinal = (String) t.get("ordinal");
        String unit = UNITS[Integer.parseInt(ordinal) % UNITS.length];
        assignmentRows.add(new Object[] {((Number) t.get("id")).longValue(), conclusionId, unit,
            ck + "#" + ordinal + "@" + unit, deadline, deadline, now});
      }
      sql.batchUpdate("INSERT INTO task_assignment (task_id, conclusion_id, unit_code, business_key, state,"
          + " original_deadline, current_deadline, assigned_at) VALUES (?, ?, ?, ?, 'ASSIGNED', ?, ?, ?)",
          assignmentRows);
      return sql.queryForList("SELECT id FROM task_assignment WHERE conclusion_id = ? ORDER BY id", Long.class,
          conclusionId);
    }
  }
}

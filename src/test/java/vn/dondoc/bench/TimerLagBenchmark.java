package vn.dondoc.bench;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 4. Timer lag: N reminders (default 10,000) falling due at the same instant, processed by the job executor of the
 * real application on PostgreSQL. A reminder is shaped like DonDoc's ladder step: a timer (timeDate) followed by an
 * asynchronous step (as `sendReminder` is asyncBefore), so each reminder is two jobs. The instances are created with
 * the job executor stopped and a due date in the future; then the engine clock (ClockUtil.offset, which keeps
 * running) is moved to exactly that due date and the executor started. Lag of a reminder = end time of its
 * asynchronous step (engine clock) − due date. Run twice in the same benchmark: Camunda's default job executor
 * settings, then the tuned settings.
 */
class TimerLagBenchmark {

  static final int N = Integer.getInteger("bench.timer.n", 10_000);
  static final Map<String, String> ROWS = new LinkedHashMap<>();

  static final Map<String, Object> DEFAULTS = Map.of();
  /** For 2 cores and one database: fetch more per acquisition, keep the queue full, never sleep long when busy. */
  static final Map<String, Object> TUNED = Map.of(
      "camunda.bpm.job-execution.max-jobs-per-acquisition", "20",
      "camunda.bpm.job-execution.core-pool-size", "4",
      "camunda.bpm.job-execution.max-pool-size", "4",
      "camunda.bpm.job-execution.queue-capacity", "40",
      "camunda.bpm.job-execution.wait-time-in-millis", "500",
      "camunda.bpm.job-execution.max-wait", "5000",
      "camunda.bpm.job-execution.backoff-time-in-millis", "0");

  @Test
  void remindersFallingDueTogether() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
      run(pg, "Camunda defaults (3 jobs per acquisition, pool 3–10, queue 3, idle wait 5 s doubling to 60 s)",
          DEFAULTS);
      run(pg, "Tuned: max-jobs-per-acquisition 20, core/max pool 4/4, queue 40, wait-time 500 ms, max-wait 5 s",
          TUNED);
    } finally {
      ClockUtil.reset();
    }
  }

  void run(EmbeddedPostgres pg, String label, Map<String, Object> jobExecution) throws Exception {
    Map<String, Object> props = new LinkedHashMap<>(jobExecution);
    props.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    props.put("spring.datasource.hikari.maximum-pool-size", "12");
    ClockUtil.reset();
    try (ConfigurableApplicationContext ctx = DonDocApp.start(pg.getJdbcUrl("postgres", "postgres"), "postgres",
        "postgres", true, props)) {
      ProcessEngine engine = ctx.getBean(ProcessEngine.class);
      JdbcTemplate sql = new JdbcTemplate(ctx.getBean(javax.sql.DataSource.class));
      JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
      executor.shutdown();
      String key = "bench-reminder-" + ROWS.size();
      engine.getRepositoryService().createDeployment().name(key).addModelInstance(key + ".bpmn",
          Bpmn.createExecutableProcess(key).name("Đo hiệu năng: nhắc hạn").camundaHistoryTimeToLive(1825)
              .startEvent().intermediateCatchEvent("due").name("Đến hạn nhắc").timerWithDate("${dueAt}")
              .intermediateThrowEvent("send").name("Gửi nhắc").camundaAsyncBefore()
              .endEvent().done()).deploy();
      Date due = new Date(System.currentTimeMillis() + 86_400_000L * (1 + ROWS.size()));
      AtomicInteger next = new AtomicInteger();
      long t = System.nanoTime();
      List<Thread> creators = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Thread th = new Thread(() -> {
          while (next.getAndIncrement() < N) {
            engine.getRuntimeService().startProcessInstanceByKey(key, Variables.putValue("dueAt", due));
          }
        });
        th.start();
        creators.add(th);
      }
      for (Thread th : creators) {
        th.join();
      }
      double createSeconds = (System.nanoTime() - t) / 1e9;
      assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(key).timers().count())
          .isEqualTo(N);
      sql.execute("ANALYZE");

      ClockUtil.offset(due.getTime() - System.currentTimeMillis());
      executor.start();
      long wallStart = System.nanoTime();
      long deadline = wallStart + 900_000_000_000L;
      while (count(sql, key) < N && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      double allSeconds = (System.nanoTime() - wallStart) / 1e9;
      executor.shutdown();
      ClockUtil.reset();
      List<Double> lags = new ArrayList<>();
      for (Timestamp end : sql.queryForList("SELECT a.END_TIME_ FROM ACT_HI_ACTINST a JOIN ACT_RE_PROCDEF d"
          + " ON d.ID_ = a.PROC_DEF_ID_ WHERE d.KEY_ = ? AND a.ACT_ID_ = 'send' AND a.END_TIME_ IS NOT NULL",
          Timestamp.class, key)) {
        lags.add((end.getTime() - due.getTime()) / 1000.0);
      }
      int done = lags.size();
      long failed = engine.getManagementService().createJobQuery().processDefinitionKey(key).withException().count();
      ROWS.put(label, "| " + label + " | " + done + " / " + N + " | " + BenchReport.f1(allSeconds) + " | "
          + (done == 0 ? "–" : BenchReport.f1(BenchReport.pct(lags, 50)) + " / " + BenchReport.f1(BenchReport.pct(lags, 95))
              + " (< 10 s: " + BenchReport.ok(BenchReport.pct(lags, 95) < 10) + ") / "
              + BenchReport.f1(BenchReport.pct(lags, 100)))
          + " | " + BenchReport.f1(done / allSeconds) + " | " + failed + " | " + BenchReport.f1(createSeconds) + " |");
      write();
    }
  }

  static long count(JdbcTemplate sql, String key) {
    return sql.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST a JOIN ACT_RE_PROCDEF d ON d.ID_ = a.PROC_DEF_ID_"
        + " WHERE d.KEY_ = ? AND a.ACT_ID_ = 'send' AND a.END_TIME_ IS NOT NULL", Long.class, key);
  }

  static void write() {
    StringBuilder md = new StringBuilder("""
        ## 4. Timer lag: %,d reminders due at the same instant (PostgreSQL, real application, job executor on)

        Each reminder = a timer plus an asynchronous send step (two jobs, like DonDoc's `reminderDue` →
        `sendReminder`), one process instance each, all due at the same instant. Lag = end of the send step − due
        time, in seconds (engine clock). No mail is sent (the send step is empty) so this is the engine's share; a
        real SMTP round trip adds its own latency per job.

        | job executor | processed | s until all processed | lag p50 / p95 / max, s | reminders/s | failed jobs | creation s |
        |---|---|---|---|---|---|---|
        """.formatted(N));
    ROWS.values().forEach(r -> md.append(r).append('\n'));
    md.append("""

        How it was tuned (`camunda.bpm.job-execution.*` passed to the application for the second row; application.yaml
is unchanged because the burst shows no gain): with 2 cores the limit is the database
        round trips per job, not threads, so the pool stays small (4) while each acquisition fetches 20 jobs and the
        queue holds 40, so threads never wait for the acquisition thread; `wait-time-in-millis` 500 and `max-wait` 5 s
        cut the idle sleep (Camunda's default doubles from 5 s up to 60 s while nothing is due, which alone can add a
        minute of lag to a reminder that falls due during a quiet period). The remaining lag is throughput: N
        reminders ÷ reminders per second. More throughput needs more cores or nodes (the job executor scales out
        across nodes sharing the database) — not more threads on 2 cores.
        """);
    BenchReport.section("4-timers", md.toString());
  }
}

package vn.dondoc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dondoc.support.Browser;

/**
 * Durability under {@code kill -9}: the packaged jar runs as a separate process with the job executor on; the
 * test drives the follow-up cycle through the REST API as the real users would (register a conclusion, list its
 * tasks, approve, units accept and report completion with evidence, the monitoring unit accepts the result),
 * writes every acknowledged action (2xx answer) to its own log, kills the app with SIGKILL at random moments
 * several times, restarts it, and at the end — after one last SIGKILL — opens the database directly and checks
 * that every acknowledged action is there exactly once and nothing happened twice.
 *
 * <p>Runs on H2 (file, WRITE_DELAY=0 as configured in application.yaml) and on PostgreSQL (zonky embedded).
 * {@code -Ddondoc.crash.kills=N} changes the number of kills (default 3 per database, plus the final one);
 * {@code -Ddondoc.crash.h2WriteDelay=500} runs H2 with another write delay (the experiment in RELIABILITY.md).
 */
class CrashRecoveryIT {

  static final int KILLS = Integer.getInteger("dondoc.crash.kills", 3);
  static final Path OUT = Path.of("target", "reliability");
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> KINDS = List.of("listTasks", "approveConclusion", "acceptTask", "reportCompletion",
      "reviewResult");

  @Test
  void h2SurvivesRepeatedKills(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dir) throws Exception {
    // Kept after a failure: the database file is the evidence.
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo", "--dondoc.data-dir=" + dir));
    String writeDelay = System.getProperty("dondoc.crash.h2WriteDelay");
    if (writeDelay != null) { // an experiment: H2's default is 500 ms; application.yaml sets 0
      args.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("dondoc") + ";WRITE_DELAY=" + writeDelay
          + ";DB_CLOSE_ON_EXIT=FALSE");
    }
    Scenario s = new Scenario("crash-h2", args);
    s.run();
    if (Boolean.getBoolean("dondoc.crash.debugJobs")) { // the file as the kill left it, before H2 recovers it
      Files.copy(dir.resolve("dondoc.mv.db"), OUT.resolve("crash-h2-after-kill.mv.db"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    String url = "jdbc:h2:file:" + dir.resolve("dondoc");
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      s.verify(c, false);
    } // closed: the app needs the file again
    s.recover();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      s.verify(c, true);
    }
  }

  @Test
  void postgresSurvivesRepeatedKills() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      DataSource ds = pg.getPostgresDatabase();
      Scenario s = new Scenario("crash-postgres", List.of("--spring.profiles.active=demo,postgres",
          "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password="));
      s.run();
      try (Connection c = ds.getConnection()) {
        s.verify(c, false);
      }
      s.recover();
      try (Connection c = ds.getConnection()) {
        s.verify(c, true);
      }
    }
  }

  /** One database: the app, the client's log, the workers and the killer. */
  static final class Scenario {
    final String name;
    final AppProcess app;
    final Path clientLog;
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicBoolean up = new AtomicBoolean(false);
    final AtomicInteger seq = new AtomicInteger((int) (System.currentTimeMillis() % 100_000) * 10);
    final List<String> conclusionsStarted = new CopyOnWriteArrayList<>();
    final Map<String, String> tasksCompleted = new ConcurrentHashMap<>(); // task id -> task definition key
    final AtomicInteger inDoubt = new AtomicInteger();
    final AtomicInteger acks = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final List<String> refusals = new CopyOnWriteArrayList<>();
    final List<Long> startMillis = new CopyOnWriteArrayList<>();
    int kills;

    Scenario(String name, List<String> dbArgs) throws IOException {
      this.name = name;
      Files.createDirectories(OUT);
      List<String> args = new ArrayList<>(dbArgs);
      // The job executor runs (startTaskExecutions is async); a killed node's locked jobs come back after 10 s.
      args.add("--camunda.bpm.job-execution.enabled=true");
      args.add("--camunda.bpm.job-execution.lock-time-in-millis=10000");
      args.add("--camunda.bpm.job-execution.max-wait=2000");
      // max-wait must not be below wait-time-in-millis (default 5000): Camunda's back-off then never idles and
      // the acquisition thread polls the database in a busy loop.
      args.add("--camunda.bpm.job-execution.wait-time-in-millis=500");
      args.add("--logging.level.root=WARN");
      args.add("--logging.level.vn.dondoc=INFO");
      if (Boolean.getBoolean("dondoc.crash.debugJobs")) {
        args.add("--logging.level.org.camunda.bpm.engine.jobexecutor=DEBUG");
      }
      this.app = new AppProcess(name, AppProcess.freePort(), OUT, args);
      this.clientLog = OUT.resolve(name + "-client.log");
      Files.writeString(clientLog, "");
    }

    void run() throws Exception {
      startMillis.add(app.start(Duration.ofSeconds(300)));
      up.set(true);
      List<Thread> workers = List.of(
          worker("office", this::officeStep), worker("ducpho", () -> unitStep("cv-du-ct-ducpho")),
          worker("giavien", () -> unitStep("cv-du-ct-giavien")), worker("monitor", this::monitorStep));
      long seed = System.nanoTime();
      Random random = new Random(seed);
      try {
        for (int k = 0; k < KILLS; k++) {
          // Kill at a random point of the work, not of the clock: after a random number of new acknowledgements
          // (the machine may be slow), then a random pause so that requests are cut mid-way too.
          awaitProgress(acks.get() + 3 + random.nextInt(8), () -> true);
          Thread.sleep(random.nextInt(1500));
          up.set(false);
          log("KILL " + (k + 1));
          app.kill();
          kills++;
          startMillis.add(app.start(Duration.ofSeconds(300)));
          up.set(true);
        }
        // Before stopping, every kind of action has been acknowledged at least once.
        awaitProgress(acks.get() + 3, () -> countByKind().keySet().containsAll(KINDS));
      } finally {
        running.set(false);
        for (Thread t : workers) {
          t.join(60_000);
        }
      }
      // Let the last async starts run, so that most of them are done before the last blow. The check after the
      // kill does not rely on this: a start the kill cut off must still be pending (see verify).
      awaitQuiet();
      // The last blow: verify on a database that was never closed cleanly.
      log("FINAL KILL");
      app.kill();
      kills++;
      System.out.printf("[reliability] %s: random seed %d, %d kills survived, starts %s ms (readiness said "
          + "OUT_OF_SERVICE %d times while the port answered), acknowledged: %d conclusions, %d task completions %s; "
          + "%d requests in doubt (cut by a kill), %d refused %s%n", name, seed, kills, startMillis,
          app.notReadyAnswers(), conclusionsStarted.size(), tasksCompleted.size(), countByKind(), inDoubt.get(),
          refused.get(), refusals);
    }

    /**
     * After the checks on the killed database: one more start lets the engine finish what the kill interrupted
     * (a job locked by the dead process runs again once its 10 s lock expires); a clean stop then puts the result
     * on disk for the second check.
     */
    void recover() throws Exception {
      startMillis.add(app.start(Duration.ofSeconds(300)));
      awaitQuiet();
      app.stop();
    }

    /** Waits until the workers have had {@code target} acknowledgements and {@code also} holds. */
    void awaitProgress(int target, java.util.function.BooleanSupplier also) throws InterruptedException {
      long deadline = System.currentTimeMillis() + 600_000; // a safety net against a stuck app, not a timing
      while (acks.get() < target || !also.getAsBoolean()) {
        if (System.currentTimeMillis() > deadline) {
          throw new AssertionError(name + ": no progress for 10 minutes (" + acks.get() + " acknowledged, "
              + countByKind() + "); see " + app.log());
        }
        Thread.sleep(100);
      }
    }

    Map<String, Long> countByKind() {
      Map<String, Long> m = new java.util.TreeMap<>();
      tasksCompleted.values().forEach(k -> m.merge(k, 1L, Long::sum));
      return m;
    }

    Thread worker(String threadName, Runnable step) {
      Thread t = new Thread(() -> {
        while (running.get()) {
          if (!up.get()) {
            pause(200);
            continue;
          }
          step.run();
        }
      }, threadName);
      t.start();
      return t;
    }

    /**
     * Waits until no async start of task executions is left (a job locked by a killed process counts until it ran).
     * On H2 what this sees may not be on disk yet: H2 shows a commit to other sessions before its own commit has
     * written it (see RELIABILITY.md §3), so nothing after a kill may rely on it.
     */
    void awaitQuiet() throws InterruptedException {
      Browser admin = Browser.basic(app.port(), "demo", "demo");
      long deadline = System.currentTimeMillis() + 300_000;
      String last = "";
      while (System.currentTimeMillis() < deadline) {
        try {
          last = admin.get("/engine-rest/job/count?activityId=startTaskExecutions").body();
          if (count(last) == 0) {
            return;
          }
        } catch (RuntimeException e) {
          // keep waiting
        }
        Thread.sleep(500);
      }
      throw new AssertionError(name + ": async task-execution starts still pending after 5 minutes: " + last);
    }

    // ---- the users' work

    void officeStep() {
      Browser office = Browser.basic(app.port(), "cv-hu-ct-vp", "demo");
      Browser leader = Browser.basic(app.port(), "cv-hu-ct-tt", "demo");
      int n = seq.incrementAndGet();
      String key = n + "-KL/HU@2026-11-02";
      act("START", key, () -> office.postJson("/engine-rest/process-definition/key/conclusion-lifecycle/start",
          startBody(n, key)), () -> conclusionsStarted.add(key));
      completeFirst(office, "listTasks", "{\"variables\":{\"reviewDate\":{\"value\":\"2027-12-31\"}}}");
      completeFirst(leader, "approveConclusion", "{\"variables\":{\"approved\":{\"value\":\"true\"}}}");
    }

    void unitStep(String user) {
      Browser unit = Browser.basic(app.port(), user, "demo");
      boolean did = completeFirst(unit, "acceptTask", "{\"variables\":{\"accepted\":{\"value\":\"true\"}}}");
      did |= completeFirst(unit, "reportCompletion", "{\"variables\":{"
          + "\"completionContent\":{\"value\":\"Đã hoàn thành <b>nhiệm vụ</b>\"},"
          + "\"evidenceNumber\":{\"value\":\"" + seq.incrementAndGet() + "-BC/ĐU\"},"
          + "\"evidenceDate\":{\"value\":\"2026-11-20\"}}}");
      if (!did) {
        pause(200);
      }
    }

    void monitorStep() {
      Browser monitor = Browser.basic(app.port(), "cv-hu-ct-btc", "demo");
      if (!completeFirst(monitor, "reviewResult", "{\"variables\":{\"resultAccepted\":{\"value\":\"true\"},"
          + "\"qualityGrade\":{\"value\":\"GOOD\"}}}")) {
        pause(200);
      }
    }

    /** Completes the oldest open task of a kind the user sees; true when one was completed. */
    boolean completeFirst(Browser user, String taskKey, String body) {
      String id;
      try {
        HttpResponse<String> list = user.get("/engine-rest/task?taskDefinitionKey=" + taskKey
            + "&sortBy=created&sortOrder=asc&maxResults=1");
        if (list.statusCode() != 200) {
          return false;
        }
        JsonNode tasks = JSON.readTree(list.body());
        if (!tasks.isArray() || tasks.isEmpty()) {
          return false;
        }
        id = tasks.get(0).path("id").asText();
      } catch (RuntimeException | IOException down) {
        pause(300);
        return false;
      }
      String taskId = id;
      return act(taskKey, taskId, () -> user.postJson("/engine-rest/task/" + taskId + "/complete", body),
          () -> tasksCompleted.put(taskId, taskKey));
    }

    /** Sends one action; a 2xx answer is an acknowledgement and goes to the client's log before anything else. */
    boolean act(String kind, String id, java.util.function.Supplier<HttpResponse<String>> request, Runnable onAck) {
      HttpResponse<String> answer;
      try {
        answer = request.get();
      } catch (RuntimeException cut) {
        inDoubt.incrementAndGet();
        log("DOUBT " + kind + " " + id);
        pause(300);
        return false;
      }
      if (answer.statusCode() / 100 == 2) {
        log("ACK " + kind + " " + id);
        onAck.run();
        acks.incrementAndGet();
        return true;
      }
      refused.incrementAndGet();
      if (refusals.size() < 5) {
        refusals.add(kind + " " + answer.statusCode() + " " + AuthorizationMatrixTest.abbreviate(answer.body()));
      }
      log("REFUSED " + kind + " " + id + " " + answer.statusCode());
      return false;
    }

    synchronized void log(String line) {
      try {
        Files.writeString(clientLog, System.currentTimeMillis() + " " + line + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    static String startBody(int n, String key) {
      String tasks = "[{\\\"ordinal\\\":\\\"1\\\",\\\"text\\\":\\\"Nhiệm vụ kiểm thử độ bền " + n + "\\\","
          + "\\\"leadUnits\\\":\\\"du-ct-ducpho, du-ct-giavien\\\",\\\"deadlineType\\\":\\\"FIXED\\\","
          + "\\\"deadlineDate\\\":\\\"2027-06-30\\\",\\\"deadlineText\\\":\\\"Trước 30/6/2027\\\","
          + "\\\"cadence\\\":\\\"MONTHLY\\\",\\\"product\\\":\\\"Báo cáo\\\"}]";
      return "{\"businessKey\":\"" + key + "\",\"variables\":{"
          + v("docNumber", String.valueOf(n)) + v("typeCode", "KL") + v("issuerCode", "HU")
          + v("issuerUnitCode", "hu-ct") + v("issuedDate", "2026-11-02") + v("place", "Cát Tiên")
          + v("title", "Kiểm thử độ bền số " + n) + v("signerAuthority", "T/M HUYỆN ỦY")
          + v("signerTitle", "BÍ THƯ") + v("signerName", "Nguyễn Văn A") + v("monitoringUnit", "hu-ct-btc")
          + v("reportToUnits", "hu-ct-tt") + v("reportCadence", "QUARTERLY") + v("reviewDate", "2027-12-31")
          + v("registeredBy", "cv-hu-ct-vp")
          + "\"tasks\":{\"value\":\"" + tasks + "\",\"type\":\"Json\"}}}";
    }

    static String v(String name, String value) {
      return "\"" + name + "\":{\"value\":\"" + value + "\"},";
    }

    // ---- the check against the client's log

    /**
     * Checks the database against the client's log; {@code recovered}: after the extra start and clean stop, when
     * every async start must have run.
     */
    void verify(Connection c, boolean recovered) throws SQLException {
      List<String> lost = new ArrayList<>();
      List<String> pendingStarts = new ArrayList<>();
      List<String> twice = new ArrayList<>();
      for (String key : conclusionsStarted) {
        long rows = one(c, "SELECT COUNT(*) FROM conclusion WHERE business_key = ?", key);
        long instances = one(c, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ? "
            + "AND PROC_DEF_KEY_ = 'conclusion-lifecycle'", key);
        check(rows, "conclusion " + key, lost, twice);
        check(instances, "lifecycle instance " + key, lost, twice);
      }
      for (Map.Entry<String, String> t : tasksCompleted.entrySet()) {
        String id = t.getKey();
        check(one(c, "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ID_ = ? AND END_TIME_ IS NOT NULL", id),
            "completed task " + t.getValue() + " " + id, lost, twice);
        if (one(c, "SELECT COUNT(*) FROM ACT_RU_TASK WHERE ID_ = ?", id) != 0) {
          lost.add("task " + id + " is open again");
        }
        String businessKey = str(c, "SELECT p.BUSINESS_KEY_ FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p "
            + "ON p.ID_ = t.PROC_INST_ID_ WHERE t.ID_ = ?", id);
        switch (t.getValue()) {
          case "acceptTask" -> check(one(c, "SELECT COUNT(*) FROM task_event e JOIN task_assignment a "
              + "ON a.id = e.assignment_id WHERE a.business_key = ? AND e.event_type = 'ACCEPTED'", businessKey),
              "ACCEPTED event of " + businessKey, lost, twice);
          case "reportCompletion" -> {
            check(one(c, "SELECT COUNT(*) FROM progress_report WHERE task_id_camunda = ?", id),
                "completion report of task " + id, lost, twice);
            check(one(c, "SELECT COUNT(*) FROM evidence e JOIN progress_report r ON r.id = e.report_id "
                + "WHERE r.task_id_camunda = ?", id), "evidence of task " + id, lost, twice);
          }
          case "reviewResult" -> check(one(c, "SELECT COUNT(*) FROM task_event e JOIN task_assignment a "
              + "ON a.id = e.assignment_id WHERE a.business_key = ? AND e.event_type = 'RESULT_ACCEPTED'",
              businessKey), "RESULT_ACCEPTED event of " + businessKey, lost, twice);
          case "approveConclusion" -> {
            // Approved: both assignments exist. Each has exactly one task execution, unless the kill came before
            // the async start was on disk: then the start job is still there and runs after the next start.
            String conclusionKey = businessKey;
            long pendingStart = one(c, "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_"
                + " JOIN ACT_HI_PROCINST p ON p.ID_ = j.PROCESS_INSTANCE_ID_ WHERE d.ACT_ID_ = 'startTaskExecutions'"
                + " AND p.BUSINESS_KEY_ = ?", conclusionKey);
            for (String unit : List.of("du-ct-ducpho", "du-ct-giavien")) {
              String assignment = conclusionKey + "#1@" + unit;
              check(one(c, "SELECT COUNT(*) FROM task_assignment WHERE business_key = ?", assignment),
                  "assignment " + assignment, lost, twice);
              long executions = one(c, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ? "
                  + "AND PROC_DEF_KEY_ = 'task-execution'", assignment);
              if (executions == 0 && pendingStart > 0 && !recovered) {
                pendingStarts.add(assignment);
              } else {
                check(executions, "task execution " + assignment + (executions == 0 ? " (start job: " + pendingStart
                    + ")" : ""), lost, twice);
              }
            }
          }
          default -> { }
        }
      }
      // Nothing happened twice anywhere, acknowledged or not.
      twice.addAll(strings(c, "SELECT business_key FROM conclusion GROUP BY business_key HAVING COUNT(*) > 1"));
      twice.addAll(strings(c, "SELECT business_key FROM task_assignment GROUP BY business_key HAVING COUNT(*) > 1"));
      twice.addAll(strings(c, "SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'task-execution' "
          + "GROUP BY BUSINESS_KEY_ HAVING COUNT(*) > 1"));
      twice.addAll(strings(c, "SELECT CAST(assignment_id AS VARCHAR(20)) FROM task_event WHERE event_type IN "
          + "('ACCEPTED', 'COMPLETION_REPORTED', 'RESULT_ACCEPTED', 'CLOSED') "
          + "GROUP BY assignment_id, event_type HAVING COUNT(*) > 1"));
      twice.addAll(strings(c, "SELECT CAST(assignment_id AS VARCHAR(20)) FROM progress_report "
          + "WHERE kind = 'COMPLETION' GROUP BY assignment_id HAVING COUNT(*) > 1"));
      twice.addAll(strings(c, "SELECT CAST(assignment_id AS VARCHAR(20)) FROM reminder_log "
          + "GROUP BY assignment_id, level_code, recipient, channel HAVING COUNT(*) > 1"));
      long incidents = one(c, "SELECT COUNT(*) FROM ACT_RU_INCIDENT");
      System.out.printf("[reliability] %s: %s: verified %d acknowledged actions against the database: lost %d, "
          + "twice %d, incidents %d, task executions whose async start was still pending %d%n", name,
          recovered ? "after the recovery start" : "after the final kill", conclusionsStarted.size()
          + tasksCompleted.size(), lost.size(), twice.size(), incidents, pendingStarts.size());
      assertThat(conclusionsStarted).as("the test did real work").isNotEmpty();
      assertThat(tasksCompleted.values()).containsAll(KINDS);
      assertThat(lost).as("acknowledged but lost").isEmpty();
      assertThat(twice).as("happened twice").isEmpty();
      assertThat(incidents).as("incidents").isZero();
      assertThat(refusals).as("refused actions (the app is only used once it reports ready)").isEmpty();
    }

    static void check(long count, String what, List<String> lost, List<String> twice) {
      if (count == 0) {
        lost.add(what);
      } else if (count > 1) {
        twice.add(what + " ×" + count);
      }
    }

    static long one(Connection c, String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }

    static String str(Connection c, String sql, Object... params) throws SQLException {
      List<String> all = strings(c, sql, params);
      return all.isEmpty() ? null : all.get(0);
    }

    static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      }
    }
  }

  static long count(String json) {
    try {
      return JSON.readTree(json).path("count").asLong(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

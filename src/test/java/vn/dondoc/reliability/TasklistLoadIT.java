package vn.dondoc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dondoc.support.Browser;

/**
 * 50 people working at once through Tasklist's own API ({@code /camunda/api/engine/engine/default/...}, signed in
 * on DonDoc's login page, with Tasklist's XSRF token) on the packaged app with PostgreSQL and the job executor on.
 * Unit staff pick a task from their unit's list (several often pick the same one), claim it, open its form, think,
 * and submit it: accept, periodic progress report, completion report. The monitoring unit reviews the results.
 * The office registers conclusions and leadership approves them, which starts 7 task executions each through an
 * async job; a clock makes periodic-report timers of running task executions due, so that jobs run while people
 * work on the same instances.
 *
 * <p>Checks: no answer other than 2xx and the expected 409 conflicts; optimistic-locking failures of job
 * executions under 1 % of all job executions; no incident. The default run is short (CI): 30 s after everybody
 * signed in, longer only until every kind of work was done once; {@code -Dload.minutes=5} gives the full-length
 * run quoted in RELIABILITY.md.
 */
class TasklistLoadIT {

  static final double MINUTES = Double.parseDouble(System.getProperty("load.minutes", "0.5"));
  static final int UNIT_STAFF_PER_UNIT = 6;
  static final List<String> UNITS = List.of("du-ct-ttcattien", "du-ct-ttphuoccat", "du-ct-ducpho", "du-ct-giavien",
      "du-ct-namninh", "du-ct-tienhoang", "du-ct-quangngai");
  static final String PASSWORD = "Tai-Thu-2026!";
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final ObjectMapper JSON = new ObjectMapper();
  static final String API = "/camunda/api/engine/engine/default";
  static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  final AtomicBoolean running = new AtomicBoolean(true);
  final LongAdder requests = new LongAdder();
  final AtomicInteger conflicts = new AtomicInteger();
  final List<String> errors = new CopyOnWriteArrayList<>();
  final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
  final AtomicInteger seq = new AtomicInteger((int) (System.currentTimeMillis() % 100_000) * 10);
  final AtomicInteger timersMadeDue = new AtomicInteger();
  final AtomicInteger signedIn = new AtomicInteger();
  final AtomicInteger clockRaces = new AtomicInteger();

  @Test
  void fiftyPeopleWorkThroughTasklistsApi() throws Exception {
    Path out = Path.of("target", "reliability");
    Files.createDirectories(out);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      DataSource ds = pg.getPostgresDatabase();
      AppProcess app = new AppProcess("load", AppProcess.freePort(), out, List.of(
          "--spring.profiles.active=demo,postgres", "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=",
          "--spring.datasource.hikari.maximum-pool-size=20",
          "--camunda.bpm.job-execution.enabled=true",
          "--camunda.bpm.job-execution.lock-time-in-millis=60000",
          "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000",
          "--logging.level.root=WARN", "--logging.level.vn.dondoc=INFO"));
      try {
        app.start(Duration.ofSeconds(300));
        int port = app.port();
        Browser admin = Browser.basic(port, "demo", "demo");

        // The people: 43 staff of the 7 base committees (the demo user and 5 colleagues each, and Đức Phổ's
        // head), 4 of the monitoring unit, the office and two of leadership: 50. Colleagues are created like an administrator would, over REST.
        List<Thread> people = new ArrayList<>();
        for (String unit : UNITS) {
          List<String> staff = new ArrayList<>(List.of("cv-" + unit));
          if (unit.equals("du-ct-ducpho")) {
            staff.add("bt-du-ct-ducpho"); // the unit head works in Tasklist too
          }
          for (int i = 1; i < UNIT_STAFF_PER_UNIT; i++) {
            staff.add(createUser(admin, "lt-" + unit + "-" + i, unit));
          }
          for (String user : staff) {
            people.add(person(user, () -> work(port, user, unit, List.of("acceptTask", "progressReport",
                "reportCompletion"))));
          }
        }
        List<String> monitors = new ArrayList<>(List.of("cv-hu-ct-btc", "tb-hu-ct-btc"));
        monitors.add(createUser(admin, "lt-hu-ct-btc-1", "hu-ct-btc"));
        monitors.add(createUser(admin, "lt-hu-ct-btc-2", "hu-ct-btc"));
        for (String user : monitors) {
          people.add(person(user, () -> work(port, user, "hu-ct-btc", List.of("reviewResult"))));
        }
        people.add(person("cv-hu-ct-vp", () -> office(port)));
        people.add(person("cv-hu-ct-tt", () -> work(port, "cv-hu-ct-tt", "hu-ct-tt", List.of("approveConclusion"))));
        people.add(person("cv-hu-ct-btv", () -> work(port, "cv-hu-ct-btv", "hu-ct-btv",
            List.of("approveConclusion"))));
        assertThat(people).hasSize(50);
        Thread clock = new Thread(() -> clock(admin), "clock");

        people.forEach(Thread::start);
        // The measured time starts when everybody has signed in; it ends after load.minutes, but not before every
        // kind of work was done at least once (a slow, shared machine needs longer for the first full cycle).
        await(() -> signedIn.get() >= people.size(), "everybody signed in");
        long t0 = System.currentTimeMillis();
        clock.start();
        Thread.sleep((long) (MINUTES * 60_000));
        await(() -> done.keySet().containsAll(List.of("approveConclusion", "acceptTask", "reportCompletion",
            "reviewResult")), "every kind of work done once");
        running.set(false);
        for (Thread t : people) {
          t.join(120_000);
        }
        clock.join(60_000);
        long seconds = (System.currentTimeMillis() - t0) / 1000;
        awaitJobsDone(admin);

        try (Connection c = ds.getConnection()) {
          long executions = one(c, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ IN (1, 2)");
          long failures = one(c, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1");
          long olFailures = one(c, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1 AND ("
              + "JOB_EXCEPTION_MSG_ LIKE '%OptimisticLocking%' OR JOB_EXCEPTION_MSG_ LIKE '%ENGINE-03005%'"
              + " OR JOB_EXCEPTION_MSG_ LIKE '%concurrently%')");
          long incidents = one(c, "SELECT COUNT(*) FROM ACT_HI_INCIDENT");
          long openIncidents = one(c, "SELECT COUNT(*) FROM ACT_RU_INCIDENT");
          // Camunda does not record a job's optimistic-locking failure in ACT_HI_JOB_LOG (the job simply runs again
          // after its lock expires); it logs ENGINE-14006. Claims that lost a race log the exception too (REST
          // layer): count the job executor's lines of this run (the log file keeps earlier runs) only.
          List<String> log = Files.readAllLines(app.log());
          int thisRun = 0;
          for (int i = 0; i < log.size(); i++) {
            if (log.get(i).startsWith("===== start")) {
              thisRun = i;
            }
          }
          long olInLog = log.subList(thisRun, log.size()).stream().filter(l -> l.contains("OptimisticLockingException")
              && (l.contains("camundaTask") || l.contains("jobexecutor"))).count();
          double rate = executions == 0 ? 0 : 100.0 * Math.max(olFailures, olInLog) / executions;
          System.out.printf("[reliability] load: %d people for %d s after all signed in (load.minutes=%s): %d requests %s, %d conflicts "
              + "(409), %d errors %s; work done %s; %d periodic-report timers made due (%d times the clock lost a race itself); job executions %d, failed %d, "
              + "of which optimistic locking %d (%.2f %%), job-executor log lines mentioning OptimisticLockingException %d; "
              + "incidents %d (open %d)%n", people.size(), seconds, MINUTES, requests.sum(), new TreeMap<>(statuses),
              conflicts.get(), errors.size(), errors.stream().limit(5).toList(), new TreeMap<>(done),
              timersMadeDue.get(), clockRaces.get(), executions, failures, olFailures, rate, olInLog, incidents, openIncidents);
          assertThat(errors).as("answers other than 2xx and the expected 409 conflicts").isEmpty();
          assertThat(done.keySet()).as("every kind of work was done")
              .contains("approveConclusion", "acceptTask", "reportCompletion", "reviewResult");
          assertThat(executions).as("jobs ran").isPositive();
          assertThat(rate).as("optimistic-locking failures in %% of job executions").isLessThan(1.0);
          assertThat(incidents).as("incidents").isZero();
        }
      } finally {
        app.stop();
      }
    }
  }

  void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 600_000; // a safety net against a stuck app, not a timing
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline || !errors.isEmpty() && errors.size() > 50) {
        running.set(false);
        throw new AssertionError("not reached: " + what + "; done " + done + ", errors " + errors.stream().limit(5)
            .toList());
      }
      Thread.sleep(200);
    }
  }

  Thread person(String user, Runnable loop) {
    return new Thread(() -> {
      while (running.get()) {
        try {
          loop.run();
        } catch (RuntimeException e) {
          errors.add(user + ": " + e);
          pause(1000);
        }
      }
    }, user);
  }

  /** One person of a unit at Tasklist: signs in once, then takes tasks of the given kinds from the unit's list. */
  void work(int port, String user, String unit, List<String> kinds) {
    Tasklist t = new Tasklist(port, user);
    while (running.get()) {
      think(800, 2500);
      HttpResponse<String> list = t.post(API + "/task?firstResult=0&maxResults=10", "{\"candidateGroup\":\"" + unit
          + "\",\"unassigned\":true,\"active\":true,\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]}");
      if (!expect(user, "list", list)) {
        continue;
      }
      List<JsonNode> mine = new ArrayList<>();
      read(list).forEach(task -> {
        if (kinds.contains(task.path("taskDefinitionKey").asText())) {
          mine.add(task);
        }
      });
      if (mine.isEmpty()) {
        continue;
      }
      // People look at the top of the list: several pick the same task.
      JsonNode task = mine.get(ThreadLocalRandom.current().nextInt(Math.min(3, mine.size())));
      String id = task.path("id").asText();
      String kind = task.path("taskDefinitionKey").asText();
      HttpResponse<String> claim = t.post(API + "/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}");
      if (!expect(user, "claim", claim)) {
        continue;
      }
      if (!expect(user, "form", t.get(API + "/task/" + id + "/form-variables"))) {
        continue;
      }
      think(500, 2000); // filling in the form
      HttpResponse<String> submit = t.post(API + "/task/" + id + "/submit-form", "{\"variables\":" + form(kind)
          + "}");
      if (expect(user, "submit " + kind, submit)) {
        done.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
      }
    }
  }

  /** The office registers a conclusion for the 7 base committees and lists its task (Tasklist). */
  void office(int port) {
    Browser rest = Browser.basic(port, "cv-hu-ct-vp", "demo");
    Tasklist t = new Tasklist(port, "cv-hu-ct-vp");
    while (running.get()) {
      int n = seq.incrementAndGet();
      String key = n + "-KL/HU@2026-11-02";
      HttpResponse<String> start = send(rest, rest.request("/engine-rest/process-definition/key/conclusion-lifecycle"
          + "/start").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              startBody(n, key))));
      expect("cv-hu-ct-vp", "register", start);
      think(1000, 3000);
      HttpResponse<String> list = t.post(API + "/task?firstResult=0&maxResults=5",
          "{\"candidateGroup\":\"hu-ct-vp\",\"taskDefinitionKey\":\"listTasks\",\"active\":true}");
      if (!expect("cv-hu-ct-vp", "list", list)) {
        continue;
      }
      for (JsonNode task : read(list)) {
        String id = task.path("id").asText();
        if (expect("cv-hu-ct-vp", "claim", t.post(API + "/task/" + id + "/claim", "{\"userId\":\"cv-hu-ct-vp\"}"))
            && expect("cv-hu-ct-vp", "submit listTasks", t.post(API + "/task/" + id + "/submit-form",
                "{\"variables\":{\"reviewDate\":{\"value\":\"2027-12-31\"}}}"))) {
          done.computeIfAbsent("listTasks", k -> new AtomicInteger()).incrementAndGet();
        }
      }
      think(2000, 4000);
    }
  }

  /** Time passes: periodic-report timers of running task executions fall due now and then. */
  void clock(Browser admin) {
    Random random = new Random();
    while (running.get()) {
      pause(2000 + random.nextInt(2000));
      HttpResponse<String> jobs = send(admin, admin.request("/engine-rest/job?activityId=reportPeriodStarted"
          + "&timers=true&maxResults=50"));
      if (jobs.statusCode() != 200) {
        errors.add("clock: " + jobs.statusCode() + " " + AuthorizationMatrixTest.abbreviate(jobs.body()));
        continue;
      }
      // Only timers not yet due: the job executor leaves them alone, so the clock does not race it.
      OffsetDateTime now0 = OffsetDateTime.now(VN);
      List<JsonNode> timers = new ArrayList<>();
      read(jobs).forEach(job -> {
        if (!job.path("dueDate").isTextual() || OffsetDateTime.parse(job.path("dueDate").asText(), DUE).isAfter(now0)) {
          timers.add(job);
        }
      });
      if (timers.isEmpty()) {
        continue;
      }
      JsonNode job = timers.get(random.nextInt(timers.size()));
      String now = OffsetDateTime.now(VN).format(DUE);
      HttpResponse<String> due = send(admin, admin.request("/engine-rest/job/" + job.path("id").asText()
          + "/duedate").header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString("{\"duedate\":\"" + now + "\",\"cascade\":false}")));
      if (due.statusCode() == 204) {
        timersMadeDue.incrementAndGet();
      } else if (due.statusCode() == 404 || due.body().contains("No job found") || due.body().contains("ENGINE-03005")) {
        // The clock is the test's machinery, not a person: the instance ended since the list (the job is gone) or
        // a person's action changed the timer at the same moment. Counted apart, not an error of the app.
        clockRaces.incrementAndGet();
      } else {
        errors.add("clock duedate: " + due.statusCode() + " " + AuthorizationMatrixTest.abbreviate(due.body()));
      }
    }
  }

  static String form(String kind) {
    String yesterday = LocalDate.now(VN).minusDays(1).toString();
    return switch (kind) {
      case "acceptTask" -> "{\"accepted\":{\"value\":true}}";
      case "progressReport" -> "{\"progressContent\":{\"value\":\"Đang triển khai, đã họp chi bộ\"},"
          + "\"percentDone\":{\"value\":50,\"type\":\"Integer\"}}";
      case "reportCompletion" -> "{\"completionContent\":{\"value\":\"Đã hoàn thành nhiệm vụ\"},"
          + "\"evidenceNumber\":{\"value\":\"" + ThreadLocalRandom.current().nextInt(1, 99_999) + "-BC/ĐU\"},"
          + "\"evidenceDate\":{\"value\":\"" + yesterday + "\"}}";
      case "reviewResult" -> "{\"resultAccepted\":{\"value\":true},\"qualityGrade\":{\"value\":\"GOOD\"}}";
      case "approveConclusion" -> "{\"approved\":{\"value\":true}}";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static String startBody(int n, String key) {
    String tasks = "[{\\\"ordinal\\\":\\\"1\\\",\\\"text\\\":\\\"Nhiệm vụ kiểm thử tải " + n + "\\\","
        + "\\\"leadUnits\\\":\\\"" + String.join(", ", UNITS) + "\\\",\\\"deadlineType\\\":\\\"FIXED\\\","
        + "\\\"deadlineDate\\\":\\\"2027-06-30\\\",\\\"deadlineText\\\":\\\"Trước 30/6/2027\\\","
        + "\\\"cadence\\\":\\\"MONTHLY\\\",\\\"product\\\":\\\"Báo cáo\\\"}]";
    return "{\"businessKey\":\"" + key + "\",\"variables\":{"
        + CrashRecoveryIT.Scenario.v("docNumber", String.valueOf(n)) + CrashRecoveryIT.Scenario.v("typeCode", "KL")
        + CrashRecoveryIT.Scenario.v("issuerCode", "HU") + CrashRecoveryIT.Scenario.v("issuerUnitCode", "hu-ct")
        + CrashRecoveryIT.Scenario.v("issuedDate", "2026-11-02") + CrashRecoveryIT.Scenario.v("place", "Cát Tiên")
        + CrashRecoveryIT.Scenario.v("title", "Kiểm thử tải số " + n)
        + CrashRecoveryIT.Scenario.v("monitoringUnit", "hu-ct-btc")
        + CrashRecoveryIT.Scenario.v("reportToUnits", "hu-ct-tt")
        + CrashRecoveryIT.Scenario.v("reportCadence", "QUARTERLY")
        + CrashRecoveryIT.Scenario.v("reviewDate", "2027-12-31")
        + "\"tasks\":{\"value\":\"" + tasks + "\",\"type\":\"Json\"}}}";
  }

  /** 2xx counts as done; 409 is the expected conflict; anything else is an error. */
  boolean expect(String user, String what, HttpResponse<String> r) {
    statuses.computeIfAbsent(String.valueOf(r.statusCode()), k -> new AtomicInteger()).incrementAndGet();
    if (r.statusCode() / 100 == 2) {
      return true;
    }
    if (r.statusCode() == 409) {
      conflicts.incrementAndGet();
    } else {
      errors.add(user + " " + what + ": " + r.statusCode() + " " + AuthorizationMatrixTest.abbreviate(r.body()));
    }
    return false;
  }

  HttpResponse<String> send(Browser b, HttpRequest.Builder request) {
    requests.increment();
    return b.send(request.timeout(Duration.ofSeconds(120)));
  }

  static String createUser(Browser admin, String id, String unit) {
    HttpResponse<String> created = admin.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id
        + "\",\"firstName\":\"Cán bộ\",\"lastName\":\"" + id + "\",\"email\":\"" + id + "@dondoc.invalid\"},"
        + "\"credentials\":{\"password\":\"" + PASSWORD + "\"}}");
    assertThat(created.statusCode()).as("create " + id + ": " + created.body()).isEqualTo(204);
    HttpResponse<String> member = admin.send(admin.request("/engine-rest/group/" + unit + "/members/" + id)
        .PUT(HttpRequest.BodyPublishers.noBody()));
    assertThat(member.statusCode()).as("membership " + id).isEqualTo(204);
    return id;
  }

  /** Waits until no job is due any more (the async starts and the timers made due have run). */
  static void awaitJobsDone(Browser admin) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 300_000;
    while (System.currentTimeMillis() < deadline) {
      HttpResponse<String> r = admin.get("/engine-rest/job/count?executable=true");
      if (r.statusCode() == 200 && CrashRecoveryIT.count(r.body()) == 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("jobs still due after 5 minutes");
  }

  /** Tasklist's way in: DonDoc's login page, then Tasklist's page for the XSRF token of its API. */
  final class Tasklist {
    final Browser browser;
    final String user;
    String xsrf;

    Tasklist(int port, String user) {
      this.user = user;
      this.browser = new Browser(port);
      signIn();
    }

    void signIn() {
      requests.increment();
      HttpResponse<String> login = browser.login(user, user.startsWith("lt-") ? PASSWORD : "demo");
      if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
        throw new IllegalStateException("login of " + user + " failed: " + login.statusCode());
      }
      requests.increment();
      browser.get("/camunda/app/tasklist/default/");
      xsrf = browser.cookie("XSRF-TOKEN");
      signedIn.incrementAndGet();
    }

    HttpResponse<String> get(String path) {
      return send(browser, browser.request(path).header("Accept", "application/json").GET());
    }

    HttpResponse<String> post(String path, String json) {
      HttpRequest.Builder b = browser.request(path).header("Content-Type", "application/json")
          .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
      if (xsrf != null) {
        b.header("X-XSRF-TOKEN", xsrf);
      }
      return send(browser, b);
    }
  }

  static Iterable<JsonNode> read(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + AuthorizationMatrixTest.abbreviate(r.body()), e);
    }
  }

  static void think(int min, int max) {
    pause(ThreadLocalRandom.current().nextInt(min, max));
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static long one(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

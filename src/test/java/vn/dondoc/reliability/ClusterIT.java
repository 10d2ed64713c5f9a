package vn.dondoc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dondoc.support.Browser;

/**
 * Two nodes (two separate processes of the packaged jar) on one PostgreSQL, both with the job executor on and a
 * 10 s job lock: both serve users on the same data, a reminder timer fires exactly once (one reminder_log row and
 * one mail per recipient, GreenMail inside this JVM), a node killed with SIGKILL mid-work has its locked jobs run
 * by the other node within lock time + acquisition wait, and a browser session belongs to the node that made it.
 */
class ClusterIT {

  static final long LOCK_MILLIS = 10_000;

  @Test
  void twoNodesShareTheWorkAndSurviveTheLossOfOne() throws Exception {
    int smtpPort = AppProcess.freePort();
    GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      DataSource ds = pg.getPostgresDatabase();
      List<String> args = List.of("--spring.profiles.active=demo,postgres",
          "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=",
          "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
          "--camunda.bpm.job-execution.enabled=true",
          "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
          "--camunda.bpm.job-execution.max-wait=2000",
          // not below max-wait: otherwise Camunda's back-off never idles and acquisition polls in a busy loop
          "--camunda.bpm.job-execution.wait-time-in-millis=500",
          "--logging.level.root=WARN", "--logging.level.vn.dondoc=INFO");
      Path out = Path.of("target", "reliability");
      java.nio.file.Files.createDirectories(out);
      AppProcess node1 = new AppProcess("cluster-node1", AppProcess.freePort(), out, args);
      AppProcess node2 = new AppProcess("cluster-node2", AppProcess.freePort(), out, args);
      try {
        // One after the other: the first start creates the schema (Flyway, Camunda) on the empty database.
        node1.start(Duration.ofSeconds(180));
        node2.start(Duration.ofSeconds(180));

        // ---- both nodes serve users on the same data: registered on node 1, worked on node 2 and back
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          AppProcess via = i % 2 == 0 ? node1 : node2;
          keys.add(register(via, 8100 + i, "2026-11-27")); // WARNING (5 working days before) is due at once
        }
        for (String key : keys) {
          completeFirst(node2, "cv-hu-ct-vp", "listTasks", key, "{\"variables\":{\"reviewDate\":{\"value\":\"2027-12-31\"}}}");
          completeFirst(node1, "cv-hu-ct-tt", "approveConclusion", key, "{\"variables\":{\"approved\":{\"value\":\"true\"}}}");
        }
        awaitNoJobs(ds, "startTaskExecutions", Duration.ofSeconds(60));
        int accepted = 0;
        for (String key : keys) {
          accepted += completeFirst(accepted % 2 == 0 ? node1 : node2, "cv-du-ct-ducpho", "acceptTask",
              key + "#1@du-ct-ducpho", "{\"variables\":{\"accepted\":{\"value\":\"true\"}}}") ? 1 : 0;
        }
        assertThat(accepted).isEqualTo(keys.size());

        // ---- the reminder fires exactly once across the two job executors
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && mailRows(ds) < keys.size()) {
          Thread.sleep(500);
        }
        Thread.sleep(3000); // a second (wrong) delivery would arrive now
        long logged = mailRows(ds);
        MimeMessage[] received = mail.getReceivedMessages();
        // GreenMail keeps one copy per delivered recipient; a message sent twice would show twice per Message-ID.
        Map<String, Integer> deliveriesPerMessage = new HashMap<>();
        for (MimeMessage m : received) {
          deliveriesPerMessage.merge(m.getMessageID(), 1, Integer::sum);
        }
        System.out.printf("[reliability] cluster: %d reminder_log MAIL rows, %d mails sent, %d deliveries%n", logged,
            deliveriesPerMessage.size(), received.length);
        assertThat(logged).as("one WARNING per accepted assignment and recipient").isGreaterThanOrEqualTo(keys.size());
        // Reminders of one unit due at the same moment go out as one mail (one reminder-digest job per unit and
        // moment): one message per digest, each delivered once to each of its recipients.
        Map<String, Integer> recipientsPerMessage = new HashMap<>();
        for (MimeMessage m : received) {
          recipientsPerMessage.put(m.getMessageID(), m.getAllRecipients().length);
        }
        assertThat(deliveriesPerMessage).as("each mail delivered once per recipient").isEqualTo(recipientsPerMessage);
        try (Connection c = ds.getConnection()) {
          assertThat((long) deliveriesPerMessage.size()).as("one mail per digest").isEqualTo(CrashRecoveryIT.Scenario
              .one(c, "SELECT COUNT(DISTINCT digest_key) FROM reminder_due WHERE level_code = 'WARNING'"
                  + " AND state = 'SENT'"));
          assertThat(CrashRecoveryIT.Scenario.strings(c, "SELECT CAST(assignment_id AS VARCHAR(20)) FROM "
              + "reminder_log GROUP BY assignment_id, level_code, due_on, recipient, channel HAVING COUNT(*) > 1"))
              .isEmpty();
          assertThat(CrashRecoveryIT.Scenario.one(c, "SELECT COUNT(*) FROM task_event "
              + "WHERE event_type = 'REMINDER_WARNING'")).isEqualTo(keys.size());
        }

        // ---- sessions belong to the node that made them (in-memory HttpSession)
        Browser browser = new Browser(node1.port());
        browser.login("cv-du-ct-giavien", "demo");
        assertThat(browser.get("/api/org/units").statusCode()).isEqualTo(200);
        Browser sameCookieOtherNode = new Browser(node2.port());
        int onOtherNode = sameCookieOtherNode.send(sameCookieOtherNode.request("/api/org/units")
            .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))).statusCode();
        System.out.printf("[reliability] cluster: node 1's session cookie on node 2 -> %d (sticky sessions needed)%n",
            onOtherNode);
        assertThat(onOtherNode).isEqualTo(401);

        // ---- node 1 dies while holding jobs: node 2 runs them once the lock expires
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          String key = registerForAllBaseCommittees(node1, 8200 + i);
          completeFirst(node1, "cv-hu-ct-vp", "listTasks", key, "{\"variables\":{\"reviewDate\":{\"value\":\"2027-12-31\"}}}");
          burst.add(key);
        }
        // Node 1 is told about the jobs its own transactions create and usually locks them first.
        Set<String> lockedAtKill = new HashSet<>();
        for (String key : burst) {
          completeFirst(node1, "cv-hu-ct-tt", "approveConclusion", key, "{\"variables\":{\"approved\":{\"value\":\"true\"}}}");
        }
        try (Connection c = ds.getConnection()) {
          lockedAtKill.addAll(CrashRecoveryIT.Scenario.strings(c, "SELECT ID_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS "
              + "NOT NULL AND LOCK_EXP_TIME_ > CURRENT_TIMESTAMP"));
        }
        node1.kill();
        long killedAt = System.currentTimeMillis();
        awaitNoJobs(ds, "startTaskExecutions", Duration.ofMillis(LOCK_MILLIS + 45_000));
        long takeover = System.currentTimeMillis() - killedAt;
        try (Connection c = ds.getConnection()) {
          for (String key : burst) {
            for (String unit : List.of("du-ct-ducpho")) {
              assertThat(CrashRecoveryIT.Scenario.one(c, "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?"
                  + " AND PROC_DEF_KEY_ = 'task-execution'", key + "#1@" + unit)).as(key).isEqualTo(1);
            }
          }
          assertThat(CrashRecoveryIT.Scenario.one(c, "SELECT COUNT(*) FROM ACT_RU_INCIDENT")).isZero();
        }
        System.out.printf("[reliability] cluster: node 1 killed holding %d locked jobs; node 2 finished all "
            + "work of the burst %d ms after the kill (lock time %d ms)%n", lockedAtKill.size(), takeover,
            LOCK_MILLIS);
        // node 2 still serves everyone
        assertThat(Browser.basic(node2.port(), "cv-du-ct-ducpho", "demo").get("/engine-rest/task/count").statusCode())
            .isEqualTo(200);
      } finally {
        node1.kill();
        node2.kill();
      }
    } finally {
      mail.stop();
    }
  }

  static long mailRows(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection()) {
      return CrashRecoveryIT.Scenario.one(c, "SELECT COUNT(*) FROM reminder_log WHERE channel = 'MAIL'");
    }
  }

  static void awaitNoJobs(DataSource ds, String activityId, Duration timeout) throws Exception {
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (System.currentTimeMillis() < deadline) {
      try (Connection c = ds.getConnection()) {
        if (CrashRecoveryIT.Scenario.one(c, "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ WHERE d.ACT_ID_ = ?", activityId) == 0) {
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("jobs of " + activityId + " still pending after " + timeout);
  }

  /** Registers a conclusion with one task for Đức Phổ due on {@code deadline}; returns its business key. */
  static String register(AppProcess node, int number, String deadline) {
    String key = number + "-KL/HU@2026-11-02";
    String body = CrashRecoveryIT.Scenario.startBody(number, key)
        .replace("2027-06-30", deadline).replace("du-ct-ducpho, du-ct-giavien", "du-ct-ducpho");
    HttpResponse<String> r = Browser.basic(node.port(), "cv-hu-ct-vp", "demo")
        .postJson("/engine-rest/process-definition/key/conclusion-lifecycle/start", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return key;
  }

  /** A conclusion whose one task goes to every base committee: each start job starts 7 task executions. */
  static String registerForAllBaseCommittees(AppProcess node, int number) {
    String key = number + "-KL/HU@2026-11-02";
    String body = CrashRecoveryIT.Scenario.startBody(number, key).replace(
        "\\\"leadUnits\\\":\\\"du-ct-ducpho, du-ct-giavien\\\"", "\\\"leadUnitClass\\\":\\\"BASE_COMMITTEE\\\"");
    assertThat(body).contains("BASE_COMMITTEE");
    HttpResponse<String> r = Browser.basic(node.port(), "cv-hu-ct-vp", "demo")
        .postJson("/engine-rest/process-definition/key/conclusion-lifecycle/start", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return key;
  }

  /** Completes the task of that kind in the instance with that business key, as that user, on that node. */
  static boolean completeFirst(AppProcess node, String user, String taskKey, String businessKey, String body)
      throws Exception {
    Browser b = Browser.basic(node.port(), user, "demo");
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      JsonNode tasks = CrashRecoveryIT.JSON.readTree(b.get("/engine-rest/task?taskDefinitionKey=" + taskKey
          + "&processInstanceBusinessKey=" + java.net.URLEncoder.encode(businessKey, "UTF-8") + "&maxResults=1").body());
      if (tasks.isArray() && !tasks.isEmpty()) {
        HttpResponse<String> r = b.postJson("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
            body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        return true;
      }
      Thread.sleep(250);
    }
    return false;
  }
}

package vn.dondoc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dondoc.followup.ConclusionDraft;
import vn.dondoc.followup.ConclusionDraft.TaskDraft;
import vn.dondoc.followup.ConclusionRegistration;
import vn.dondoc.followup.FollowupIds.Lifecycle;
import vn.dondoc.followup.FollowupIds.TaskExecution;
import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;

/**
 * Two people act on the same task at the same moment, through the REST API Tasklist and the Modeler use: real
 * parallel HTTP requests released together by a latch. Exactly one wins, the other gets an error answer (never
 * a second success), the business rows show one outcome, and the process goes on (nothing stuck).
 *
 * <p>Units: staff {@code cv-du-ct-ducpho} and unit head {@code bt-du-ct-ducpho} of Đức Phổ; monitoring unit:
 * {@code cv-hu-ct-btc} and {@code tb-hu-ct-btc}.
 */
@DonDocSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentWorkTest {

  static final int ROUNDS = 3;
  static final String UNIT = "du-ct-ducpho";
  static final String[] UNIT_STAFF = {"cv-du-ct-ducpho", "bt-du-ct-ducpho"};
  static final String[] MONITORS = {"cv-hu-ct-btc", "tb-hu-ct-btc"};

  @LocalServerPort int port;
  @Autowired ConclusionRegistration registration;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private String conclusionKey;
  private final AtomicInteger nextOrdinal = new AtomicInteger();
  /** Figures for RELIABILITY.md: requests sent in races, winners, refusals, and what the losers were told. */
  static final AtomicInteger REQUESTS = new AtomicInteger();
  static final AtomicInteger CONFLICTS = new AtomicInteger();
  static final List<String> LOSER_ANSWERS = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeAll
  void issueConclusionWithTasksForOneUnit() {
    identityService.clearAuthentication();
    List<TaskDraft> tasks = new ArrayList<>();
    for (int i = 1; i <= 4 * ROUNDS + 1; i++) {
      tasks.add(new TaskDraft(String.valueOf(i), "Nhiệm vụ kiểm thử đồng thời số " + i, List.of(UNIT), null,
          List.of(), "FIXED", LocalDate.of(2027, 6, 30), "Trước 30/6/2027", null, "MONTHLY",
          "Báo cáo kết quả", null, null));
    }
    String number = String.valueOf(7000 + (int) (System.nanoTime() % 1000));
    ConclusionDraft draft = new ConclusionDraft(number, "KL", "HU", "hu-ct", LocalDate.of(2026, 11, 2), "Cát Tiên",
        "Kiểm thử thao tác đồng thời", "T/M HUYỆN ỦY", "BÍ THƯ", "Nguyễn Văn A", "hu-ct-btc",
        List.of("hu-ct-tt"), "QUARTERLY", null, List.of(), tasks, null);
    ConclusionRegistration.Registered reg = registration.start(draft, "cv-hu-ct-vp");
    conclusionKey = reg.businessKey();
    complete(task(conclusionKey, Lifecycle.LIST_TASKS), Map.of("reviewDate", "2027-12-31"));
    complete(task(conclusionKey, Lifecycle.APPROVE), Map.of("approved", "true"));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(reg.processInstanceId())
        .activityId(Lifecycle.START_TASK_EXECUTIONS).singleResult().getId());
  }

  @AfterAll
  void stop() {
    pool.shutdownNow();
    System.out.printf("[reliability] concurrency: %d requests in races, %d refused as conflicts, answers to "
        + "losers: %s%n", REQUESTS.get(), CONFLICTS.get(), new java.util.TreeSet<>(LOSER_ANSWERS));
  }

  @Test
  void twoStaffClaimTheSameTaskOneGetsIt() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String key = nextAssignment();
      Task accept = task(key, TaskExecution.ACCEPT);
      List<HttpResponse<String>> answers = race(
          () -> Browser.basic(port, UNIT_STAFF[0], "demo").postJson(
              "/engine-rest/task/" + accept.getId() + "/claim", "{\"userId\":\"" + UNIT_STAFF[0] + "\"}"),
          () -> Browser.basic(port, UNIT_STAFF[1], "demo").postJson(
              "/engine-rest/task/" + accept.getId() + "/claim", "{\"userId\":\"" + UNIT_STAFF[1] + "\"}"));
      int winner = exactlyOneWinner(answers, 204);
      assertThat(taskService.createTaskQuery().taskId(accept.getId()).singleResult().getAssignee())
          .isEqualTo(UNIT_STAFF[winner]);
    }
  }

  @Test
  void acceptAndReturnAtOnceOneOutcomeOnly() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String key = nextAssignment();
      Task accept = task(key, TaskExecution.ACCEPT);
      List<HttpResponse<String>> answers = race(
          () -> Browser.basic(port, UNIT_STAFF[0], "demo").postJson("/engine-rest/task/" + accept.getId()
              + "/complete", "{\"variables\":{\"accepted\":{\"value\":\"true\"}}}"),
          () -> Browser.basic(port, UNIT_STAFF[1], "demo").postJson("/engine-rest/task/" + accept.getId()
              + "/complete", "{\"variables\":{\"accepted\":{\"value\":\"false\"},"
              + "\"returnReason\":{\"value\":\"Không thuộc chức năng của đơn vị\"}}}"));
      int winner = exactlyOneWinner(answers, 204);
      String state = state(key);
      if (winner == 0) {
        assertThat(state).isEqualTo("IN_PROGRESS");
        assertThat(task(key, TaskExecution.REPORT_COMPLETION)).as("work goes on").isNotNull();
        assertThat(task(key, TaskExecution.REASSIGN)).isNull();
      } else {
        assertThat(state).isEqualTo("RETURNED_AS_WRONG");
        assertThat(task(key, TaskExecution.REASSIGN)).as("the monitoring unit reassigns").isNotNull();
        assertThat(task(key, TaskExecution.REPORT_COMPLETION)).isNull();
      }
      assertThat(task(key, TaskExecution.ACCEPT)).isNull();
      assertThat(count("SELECT COUNT(*) FROM task_event e JOIN task_assignment a ON a.id = e.assignment_id "
          + "WHERE a.business_key = ? AND e.event_type IN ('ACCEPTED', 'RETURNED_AS_WRONG')", key)).isOne();
      assertNoIncident(key);
    }
  }

  @Test
  void twoStaffSubmitTheSameProgressReportOneRowIsKept() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String key = nextAssignment();
      identityService.clearAuthentication();
      complete(task(key, TaskExecution.ACCEPT), Map.of("accepted", "true"));
      String pi = task(key, TaskExecution.REQUEST_EXTENSION).getProcessInstanceId();
      managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
          .activityId(TaskExecution.PERIODIC_REPORT_TIMER).singleResult().getId());
      Task report = task(key, TaskExecution.PROGRESS_REPORT);
      List<HttpResponse<String>> answers = race(
          () -> Browser.basic(port, UNIT_STAFF[0], "demo").postJson("/engine-rest/task/" + report.getId()
              + "/complete", "{\"variables\":{\"progressContent\":{\"value\":\"Báo cáo của chuyên viên\"},"
              + "\"percentDone\":{\"value\":30}}}"),
          () -> Browser.basic(port, UNIT_STAFF[1], "demo").postJson("/engine-rest/task/" + report.getId()
              + "/complete", "{\"variables\":{\"progressContent\":{\"value\":\"Báo cáo của bí thư\"},"
              + "\"percentDone\":{\"value\":35}}}"));
      int winner = exactlyOneWinner(answers, 204);
      List<String> rows = jdbc.sql("SELECT content FROM progress_report WHERE task_id_camunda = ?")
          .param(report.getId()).query(String.class).list();
      assertThat(rows).containsExactly(winner == 0 ? "Báo cáo của chuyên viên" : "Báo cáo của bí thư");
      assertThat(task(key, TaskExecution.PROGRESS_REPORT)).isNull();
      assertThat(state(key)).isEqualTo("IN_PROGRESS");
      assertNoIncident(key);
    }
  }

  /**
   * The task process lets the monitoring unit reassign only a task the unit returned, so the real race is two
   * people of the monitoring unit reassigning the same returned task to different units at once.
   */
  @Test
  void twoMonitorsReassignAtOnceOneNewAssignment() throws Exception {
    String[] targets = {"du-ct-giavien", "du-ct-namninh"};
    for (int round = 0; round < ROUNDS; round++) {
      String key = nextAssignment();
      identityService.clearAuthentication();
      complete(task(key, TaskExecution.ACCEPT), Map.of("accepted", "false", "returnReason", "Giao nhầm đơn vị"));
      Task reassign = task(key, TaskExecution.REASSIGN);
      List<HttpResponse<String>> answers = race(
          () -> Browser.basic(port, MONITORS[0], "demo").postJson("/engine-rest/task/" + reassign.getId()
              + "/complete", "{\"variables\":{\"newUnit\":{\"value\":\"" + targets[0] + "\"}}}"),
          () -> Browser.basic(port, MONITORS[1], "demo").postJson("/engine-rest/task/" + reassign.getId()
              + "/complete", "{\"variables\":{\"newUnit\":{\"value\":\"" + targets[1] + "\"}}}"));
      int winner = exactlyOneWinner(answers, 204);
      assertThat(state(key)).isEqualTo("REASSIGNED");
      String base = key.substring(0, key.lastIndexOf('@'));
      List<String> successors = jdbc.sql("SELECT n.business_key FROM task_assignment o "
          + "JOIN task_assignment n ON n.id = o.replaced_by_id WHERE o.business_key = ?").param(key)
          .query(String.class).list();
      assertThat(successors).containsExactly(base + "@" + targets[winner]);
      assertThat(count("SELECT COUNT(*) FROM task_assignment WHERE business_key IN (?, ?)",
          base + "@" + targets[0], base + "@" + targets[1])).isOne();
      identityService.clearAuthentication();
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TaskExecution.PROCESS_KEY)
          .processInstanceBusinessKey(base + "@" + targets[winner]).count()).as("one new task execution").isOne();
      assertThat(task(base + "@" + targets[winner], TaskExecution.ACCEPT)).isNotNull();
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
          .as("the old execution ended").isZero();
    }
  }

  /** The same answers for the one who comes second without a race, through Tasklist's own API too. */
  @Test
  void theLateOneIsToldInVietnameseInTasklistToo() {
    String key = nextAssignment();
    Task accept = task(key, TaskExecution.ACCEPT);
    Browser first = Browser.basic(port, UNIT_STAFF[0], "demo");
    assertThat(first.postJson("/engine-rest/task/" + accept.getId() + "/claim",
        "{\"userId\":\"" + UNIT_STAFF[0] + "\"}").statusCode()).isEqualTo(204);
    Browser tasklist = new Browser(port);
    tasklist.login(UNIT_STAFF[1], "demo");
    HttpResponse<String> claimed = tasklist.postCamundaWebapp("/camunda/api/engine/engine/default/task/"
        + accept.getId() + "/claim", "{\"userId\":\"" + UNIT_STAFF[1] + "\"}");
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(409);
    assertThat(claimed.body()).contains(vn.dondoc.reliability.TaskConflictFilter.CODE);
    assertThat(first.postJson("/engine-rest/task/" + accept.getId() + "/complete",
        "{\"variables\":{\"accepted\":{\"value\":\"true\"}}}").statusCode()).isEqualTo(204);
    HttpResponse<String> late = tasklist.postCamundaWebapp("/camunda/api/engine/engine/default/task/"
        + accept.getId() + "/submit-form", "{\"variables\":{\"accepted\":{\"value\":\"false\"}}}");
    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    assertThat(late.body()).contains("vừa được người khác xử lý");
    assertThat(state(key)).isEqualTo("IN_PROGRESS");
    // An unknown task id stays what it is: not a conflict.
    assertThat(first.postJson("/engine-rest/task/khong-co/complete", "{}").statusCode()).isIn(403, 404, 500);
  }

  // ---- helpers

  private String nextAssignment() {
    return conclusionKey + "#" + nextOrdinal.incrementAndGet() + "@" + UNIT;
  }

  /** Runs both requests with a latch so they leave together; returns the answers in order. */
  @SafeVarargs
  private List<HttpResponse<String>> race(Callable<HttpResponse<String>>... requests) throws Exception {
    CountDownLatch ready = new CountDownLatch(requests.length);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> futures = new ArrayList<>();
    for (Callable<HttpResponse<String>> r : requests) {
      futures.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        return r.call();
      }));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> f : futures) {
      answers.add(f.get(60, TimeUnit.SECONDS));
    }
    REQUESTS.addAndGet(answers.size());
    return answers;
  }

  /** Exactly one success; the other answer is an error with an explanation. Returns the winner's index. */
  private static int exactlyOneWinner(List<HttpResponse<String>> answers, int success) {
    List<Integer> winners = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).statusCode() == success) {
        winners.add(i);
      }
    }
    assertThat(winners).as(answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString()).hasSize(1);
    HttpResponse<String> loser = answers.get(1 - winners.get(0));
    assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
    assertThat(loser.body()).as("the loser is told why, in Vietnamese, without engine internals")
        .contains(vn.dondoc.reliability.TaskConflictFilter.CODE).contains("vừa được người khác xử lý")
        .doesNotContain("ENGINE-").doesNotContain("SQL").doesNotContain("Exception:");
    CONFLICTS.incrementAndGet();
    LOSER_ANSWERS.add(loser.statusCode() + " " + loser.body().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>")
        .replaceAll("\\s+", " "));
    return winners.get(0);
  }

  private void assertNoIncident(String businessKey) {
    identityService.clearAuthentication();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().forEach(pi ->
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero());
  }

  private Task task(String businessKey, String definitionKey) {
    identityService.clearAuthentication();
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
        .singleResult();
  }

  private void complete(Task task, Map<String, Object> vars) {
    taskService.complete(task.getId(), vars);
  }

  private String state(String key) {
    return jdbc.sql("SELECT state FROM task_assignment WHERE business_key = ?").param(key).query(String.class)
        .single();
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }
}

package vn.dondoc.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.dondoc.followup.ConclusionDraft;
import vn.dondoc.followup.ConclusionDraft.TaskDraft;
import vn.dondoc.followup.ConclusionRegistration;
import vn.dondoc.followup.FollowupIds.Lifecycle;
import vn.dondoc.followup.FollowupIds.TaskExecution;
import vn.dondoc.followup.FollowupStore;
import vn.dondoc.platform.ProcessResourceDeployer;
import vn.dondoc.support.DonDocSpringTest;

/**
 * Real {@code task-execution} instances of the product's version (v1 = processes/task-execution.bpmn) move to
 * a new version (v2 = the same model with one more user task, "Lưu hồ sơ nhiệm vụ") with the documented REST
 * calls ({@code /engine-rest/migration/generate} then {@code /migration/execute}, see docs/deployment.md),
 * while waiting at different points: before acceptance, at an extension decision with the reminder and
 * periodic-report timers running, and at the review of a completion report. Nothing is lost: process
 * variables, task ids, timer due dates, and the business rows (assignment state and deadlines, reports,
 * evidence, extension requests). The instances then carry on in v2, through the new element.
 */
@DonDocSpringTest
class TaskExecutionMigrationTest {

  static final String KEY = "9101-KL/HU@2024-03-01";
  static final String ADMIN = "demo";
  static final String ARCHIVE = "archiveRecord";

  @Autowired ConclusionRegistration registration;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired DeploymentAudit audit;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  String v2DeploymentId;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    if (v2DeploymentId != null) {
      // Later tests in the shared context start task-execution on the product's own version again.
      repositoryService.deleteDeployment(v2DeploymentId, true);
    }
  }

  @Test
  void runningInstancesMigrateAtSeveralPointsWithoutLosingData() {
    ClockUtil.setCurrentTime(at(2024, 3, 4, 9));
    startConclusion();
    String waitingForAcceptance = KEY + "#1@du-ct-ducpho";
    String waitingForExtension = KEY + "#2@du-ct-giavien";
    String waitingForReview = KEY + "#3@du-ct-namninh";

    // #2: accepted, one monthly progress report filed, an extension requested and not yet decided.
    as("cv-du-ct-giavien", "du-ct-giavien");
    complete(task(waitingForExtension, TaskExecution.ACCEPT), Map.of("accepted", "true"));
    String extensionPi = task(waitingForExtension, TaskExecution.REQUEST_EXTENSION).getProcessInstanceId();
    ClockUtil.setCurrentTime(at(2024, 4, 5, 9));
    run(job(extensionPi, TaskExecution.PERIODIC_REPORT_TIMER));
    as("cv-du-ct-giavien", "du-ct-giavien");
    complete(task(waitingForExtension, TaskExecution.PROGRESS_REPORT),
        Map.of("progressContent", "Đã quán triệt tại 8 chi bộ", "percentDone", 50));
    complete(task(waitingForExtension, TaskExecution.REQUEST_EXTENSION),
        Map.of("extensionReason", "Đại hội chi bộ trùng thời gian", "proposedDate", "2024-07-31"));
    // #3: accepted and completion reported with evidence: waiting for the monitoring unit's review.
    as("cv-du-ct-namninh", "du-ct-namninh");
    complete(task(waitingForReview, TaskExecution.ACCEPT), Map.of("accepted", "true"));
    complete(task(waitingForReview, TaskExecution.REPORT_COMPLETION), Map.of("completionContent",
        "Đã hoàn thành quán triệt", "evidenceNumber", "12-BC/ĐU", "evidenceDate", "2024-04-05"));
    identityService.clearAuthentication();

    List<String> keys = List.of(waitingForAcceptance, waitingForExtension, waitingForReview);
    Map<String, Snapshot> before = new TreeMap<>();
    keys.forEach(k -> before.put(k, snapshot(k)));
    assertThat(before.get(waitingForAcceptance).activeTasks()).containsExactly(TaskExecution.ACCEPT);
    assertThat(before.get(waitingForExtension).activeTasks())
        .contains(TaskExecution.DECIDE_EXTENSION, TaskExecution.REPORT_COMPLETION);
    assertThat(before.get(waitingForExtension).timers()).containsKeys(TaskExecution.PERIODIC_REPORT_TIMER);
    assertThat(before.get(waitingForReview).activeTasks()).contains(TaskExecution.REVIEW_RESULT);
    String v1 = before.get(waitingForAcceptance).definitionId();
    assertThat(before.values()).allSatisfy(s -> assertThat(s.definitionId()).isEqualTo(v1));

    // ---- v2 deployed like Camunda Modeler does, by an admin, with the forms it binds to --------------------------
    String v2 = deployV2();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(TaskExecution.PROCESS_KEY)
        .latestVersion().singleResult().getId()).as("new instances start on v2").isEqualTo(v2);

    // ---- the documented REST calls ---------------------------------------------------------------------------------
    ResponseEntity<Map<String, Object>> plan = rest.withBasicAuth(ADMIN, DeploymentRestTest.PASSWORD).exchange(
        "/engine-rest/migration/generate", HttpMethod.POST, json(Map.of("sourceProcessDefinitionId", v1,
            "targetProcessDefinitionId", v2, "updateEventTriggers", false)), new ParameterizedTypeReference<>() {});
    assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> instanceIds = keys.stream().map(k -> before.get(k).processInstanceId()).toList();
    ResponseEntity<String> staff = rest.withBasicAuth("cv-hu-ct-btc", DeploymentRestTest.PASSWORD).exchange(
        "/engine-rest/migration/execute", HttpMethod.POST, json(Map.of("migrationPlan", plan.getBody(),
            "processInstanceIds", instanceIds)), String.class);
    assertThat(staff.getStatusCode()).as("only admins migrate").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> executed = rest.withBasicAuth(ADMIN, DeploymentRestTest.PASSWORD).exchange(
        "/engine-rest/migration/execute", HttpMethod.POST, json(Map.of("migrationPlan", plan.getBody(),
            "processInstanceIds", instanceIds, "skipCustomListeners", false, "skipIoMappings", false)),
        String.class);
    assertThat(executed.getStatusCode()).as(executed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    // ---- nothing lost --------------------------------------------------------------------------------------------
    for (String key : keys) {
      Snapshot after = snapshot(key);
      Snapshot was = before.get(key);
      assertThat(after.definitionId()).as(key).isEqualTo(v2);
      assertThat(after.processInstanceId()).isEqualTo(was.processInstanceId());
      assertThat(after.variables()).as("variables of %s", key).isEqualTo(was.variables());
      assertThat(after.taskIds()).as("tasks of %s", key).isEqualTo(was.taskIds());
      assertThat(after.timers()).as("timer due dates of %s", key).isEqualTo(was.timers());
      assertThat(after.businessRows()).as("business data of %s", key).isEqualTo(was.businessRows());
    }
    assertThat(before.get(waitingForExtension).businessRows()).contains("reports=1", "extensions=1");
    assertThat(before.get(waitingForReview).businessRows()).contains("state=AWAITING_REVIEW", "evidence=1");
    assertThat(audit.recent(50)).anySatisfy(entry -> {
      assertThat(entry.action()).isEqualTo(DeploymentAudit.MIGRATED);
      assertThat(entry.actor()).isEqualTo(ADMIN);
      assertThat(entry.sourceDefinitionId()).isEqualTo(v1);
      assertThat(entry.targetDefinitionId()).isEqualTo(v2);
      assertThat(entry.instanceCount()).isEqualTo(3);
    });

    // ---- and they carry on in v2 ---------------------------------------------------------------------------------
    ClockUtil.setCurrentTime(at(2024, 4, 8, 9));
    Task decide = task(waitingForExtension, TaskExecution.DECIDE_EXTENSION);
    asMemberOfCandidateGroup(decide);
    complete(decide, Map.of("extensionApproved", "true"));
    assertThat(jdbc.sql("SELECT current_deadline FROM task_assignment WHERE business_key = ?")
        .param(waitingForExtension).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 7, 31));
    Task review = task(waitingForReview, TaskExecution.REVIEW_RESULT);
    asMemberOfCandidateGroup(review);
    complete(review, Map.of("resultAccepted", "true",
        "qualityGrade", "GOOD"));
    assertThat(state(waitingForReview)).isEqualTo("COMPLETED");
    Task archive = task(waitingForReview, ARCHIVE);
    assertThat(archive).as("the element added in v2 is reached").isNotNull();
    identityService.clearAuthentication();
    taskService.complete(archive.getId());
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceId(before.get(waitingForReview).processInstanceId()).count()).isZero();
    as("cv-du-ct-ducpho", "du-ct-ducpho");
    complete(task(waitingForAcceptance, TaskExecution.ACCEPT), Map.of("accepted", "true"));
    assertThat(state(waitingForAcceptance)).isEqualTo("IN_PROGRESS");
  }

  // ---- fixture -----------------------------------------------------------------------------------------------------

  private void startConclusion() {
    ConclusionDraft draft = new ConclusionDraft("9101", "KL", "HU", "hu-ct", LocalDate.of(2024, 3, 1), "Cát Tiên",
        "Kết luận thử nghiệm chuyển phiên bản quy trình", "T/M HUYỆN ỦY", "BÍ THƯ", "Nguyễn Văn Thử", "hu-ct-btc",
        List.of("hu-ct-tt"), "QUARTERLY", null, List.of(),
        List.of(task("1", "Quán triệt kết luận tại các chi bộ", "du-ct-ducpho"),
            task("2", "Xây dựng kế hoạch thực hiện của đảng ủy cơ sở", "du-ct-giavien"),
            task("3", "Báo cáo kết quả quán triệt", "du-ct-namninh")),
        null);
    ConclusionRegistration.Registered registered = registration.start(draft, "cv-hu-ct-vp");
    assertThat(registered.businessKey()).isEqualTo(KEY);
    as("cv-hu-ct-vp", "hu-ct-vp", "issuing-office");
    complete(task(KEY, Lifecycle.LIST_TASKS), Map.of("reviewDate", "2024-12-20"));
    as("cv-hu-ct-tt", "hu-ct-tt", "leadership");
    complete(task(KEY, Lifecycle.APPROVE), Map.of("approved", "true"));
    run(job(registered.processInstanceId(), Lifecycle.START_TASK_EXECUTIONS));
  }

  private static TaskDraft task(String ordinal, String text, String unit) {
    return new TaskDraft(ordinal, text, List.of(unit), null, List.of(), "FIXED", LocalDate.of(2024, 6, 28),
        "Trước ngày 30/6/2024", null, "MONTHLY", "Báo cáo kết quả", null, null);
  }

  /** v2: processes/task-execution.bpmn with a user task "Lưu hồ sơ nhiệm vụ" after "Ghi nhận hoàn thành". */
  private String deployV2() {
    Map<String, byte[]> packaged = ProcessResourceDeployer.packagedResources();
    BpmnModelInstance model = Bpmn.readModelFromStream(
        new java.io.ByteArrayInputStream(packaged.get("processes/task-execution.bpmn")));
    ServiceTask complete = model.getModelElementById("completeAssignment");
    SequenceFlow toEnd = complete.getOutgoing().iterator().next();
    assertThat(toEnd.getTarget().getId()).isEqualTo("taskCompleted");
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class).stream()
        .filter(edge -> edge.getBpmnElement() == toEnd).toList()
        .forEach(edge -> edge.getParentElement().removeChildElement(edge));
    complete.getOutgoing().remove(toEnd);
    toEnd.getTarget().getIncoming().remove(toEnd);
    toEnd.getParentElement().removeChildElement(toEnd);
    complete.builder().userTask(ARCHIVE).name("Lưu hồ sơ nhiệm vụ")
        .camundaCandidateGroups("${monitoringUnit}").connectTo("taskCompleted");
    UserTask added = model.getModelElementById(ARCHIVE);
    assertThat(added.getName()).isEqualTo("Lưu hồ sơ nhiệm vụ");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bpmn.writeModelToStream(out, model);

    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "task-execution v2 (thử chuyển phiên bản)");
    body.add("deployment-source", "Camunda Modeler");
    addFile(body, "processes/task-execution.bpmn", out.toByteArray());
    packaged.forEach((name, bytes) -> {
      if (name.startsWith("forms/")) {
        addFile(body, name, bytes);
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(ADMIN, DeploymentRestTest.PASSWORD).exchange(
        "/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers),
        new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    v2DeploymentId = (String) response.getBody().get("id");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> definitions =
        (Map<String, Map<String, Object>>) response.getBody().get("deployedProcessDefinitions");
    return definitions.keySet().iterator().next();
  }

  private static void addFile(MultiValueMap<String, Object> body, String name, byte[] bytes) {
    body.add(name, new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** What must survive a migration: engine state and the product's rows for one assignment. */
  record Snapshot(String processInstanceId, String definitionId, Map<String, Object> variables,
      Map<String, String> taskIds, List<String> activeTasks, Map<String, Date> timers, List<String> businessRows) {}

  private Snapshot snapshot(String assignmentKey) {
    identityService.clearAuthentication();
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(assignmentKey)
        .singleResult();
    Map<String, String> taskIds = new TreeMap<>();
    List<String> active = new ArrayList<>();
    for (Task t : taskService.createTaskQuery().processInstanceId(pi.getId()).list()) {
      taskIds.put(t.getId(), t.getTaskDefinitionKey() + "|" + t.getDueDate() + "|" + t.getName());
      active.add(t.getTaskDefinitionKey());
    }
    Map<String, Date> timers = new TreeMap<>();
    for (Job j : managementService.createJobQuery().processInstanceId(pi.getId()).timers().list()) {
      timers.put(activityOf(j), j.getDuedate());
    }
    List<String> rows = new ArrayList<>(jdbc.sql("SELECT 'state=' || state, 'original=' || original_deadline, "
            + "'current=' || current_deadline, 'extensionCount=' || extension_count, "
            + "'completionReported=' || completion_reported_at FROM task_assignment WHERE business_key = ?")
        .param(assignmentKey).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), String.valueOf(rs.getString(5)))).single());
    rows.add("reports=" + count("SELECT COUNT(*) FROM progress_report r JOIN task_assignment a ON a.id = "
        + "r.assignment_id WHERE a.business_key = ? AND r.kind = 'PROGRESS'", assignmentKey));
    rows.add("completionReports=" + count("SELECT COUNT(*) FROM progress_report r JOIN task_assignment a ON a.id = "
        + "r.assignment_id WHERE a.business_key = ? AND r.kind = 'COMPLETION'", assignmentKey));
    rows.add("evidence=" + count("SELECT COUNT(*) FROM evidence e JOIN task_assignment a ON a.id = e.assignment_id "
        + "WHERE a.business_key = ?", assignmentKey));
    rows.add("extensions=" + count("SELECT COUNT(*) FROM extension_request r JOIN task_assignment a ON a.id = "
        + "r.assignment_id WHERE a.business_key = ?", assignmentKey));
    return new Snapshot(pi.getId(), pi.getProcessDefinitionId(), new TreeMap<>(runtimeService.getVariables(pi.getId())),
        taskIds, active, timers, rows);
  }

  private String activityOf(Job job) {
    return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

  private int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }

  private String state(String assignmentKey) {
    return jdbc.sql("SELECT state FROM task_assignment WHERE business_key = ?").param(assignmentKey)
        .query(String.class).single();
  }

  /** Signs in as a person of the unit or role the task is offered to (decided by the process, e.g. a DMN). */
  private void asMemberOfCandidateGroup(Task task) {
    identityService.clearAuthentication();
    String group = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    String user = identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().listPage(0, 1)
        .get(0).getId();
    as(user, identityService.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toArray(String[]::new));
  }

  private void as(String user, String... groups) {
    identityService.setAuthentication(user, List.of(groups));
  }

  /** Finds a task as the system does (a signed-in user's queries only see their own tasks). */
  private Task task(String businessKey, String definitionKey) {
    var auth = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
          .singleResult();
    } finally {
      identityService.setAuthentication(auth);
    }
  }

  private void complete(Task task, Map<String, Object> variables) {
    assertThat(task).isNotNull();
    taskService.complete(task.getId(), variables);
  }

  private Job job(String processInstanceId, String activityId) {
    identityService.clearAuthentication();
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
    assertThat(job).as("job at %s among %s", activityId, managementService.createJobQuery()
        .processInstanceId(processInstanceId).list().stream()
        .map(j -> activityOf(j) + "@" + j.getDuedate())
        .toList()).isNotNull();
    return job;
  }

  /** Jobs run as the job executor would: without a signed-in user. */
  private void run(Job job) {
    identityService.clearAuthentication();
    managementService.executeJob(job.getId());
  }

  static Date at(int y, int m, int d, int h) {
    return Date.from(LocalDateTime.of(y, m, d, h, 0).atZone(FollowupStore.ZONE).toInstant());
  }

}

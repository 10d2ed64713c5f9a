package vn.dondoc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dondoc.followup.FollowupIds.Messages;
import vn.dondoc.followup.FollowupIds.TaskExecution;
import vn.dondoc.followup.FollowupIds.Vars;

/**
 * Every path of task-execution, engine only, delegates mocked: acceptance and reassignment, rework loop,
 * contributions, periodic reports and their reminder, extensions approved and refused, directives, recurring tasks
 * closed by the review. The reminder ladder is not part of this process (ReminderService plans it into
 * reminder-digest instances, see ReminderDigestProcessTest).
 */
@Deployment(resources = {"processes/task-execution.bpmn"})
class TaskExecutionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .Companion.builder().assertClassCoverageAtLeast(1.0).build();

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String KEY = "1066-KL/HU@2023-08-11#2@du-ct-ducpho";

  final List<String> calls = new ArrayList<>();

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(at(2024, 6, 3, 9));
    Mocks.register("followupDates", TestWorkingCalendar.followupDates());
    Mocks.register("followupVars", new FollowupVars());
    Mocks.register("followupTaskListener", (TaskListener) t -> calls.add(t.getEventName() + ":" + t.getTaskDefinitionKey()));
    Mocks.register("applyReassignmentDelegate", (JavaDelegate) ex -> calls.add("reassign:" + ex.getVariable("newUnit")));
    Mocks.register("findExtensionDeciderDelegate", (JavaDelegate) ex -> {
      calls.add("decider");
      ex.setVariable(Vars.EXTENSION_DECIDER_GROUP, "hu-ct-btc");
    });
    Mocks.register("completeAssignmentDelegate", (JavaDelegate) ex -> calls.add("completed"));
    Mocks.register("closeByReviewDelegate", (JavaDelegate) ex -> calls.add("closedByReview"));
    Mocks.register("remindProgressReportDelegate", (JavaDelegate) ex -> calls.add("remindReport"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date at(int y, int m, int d, int h) {
    return Date.from(LocalDateTime.of(y, m, d, h, 0).atZone(ZONE).toInstant());
  }

  ProcessInstance start(Map<String, Object> overrides) {
    Map<String, Object> v = new HashMap<>();
    v.put(Vars.ASSIGNMENT_ID, 1L);
    v.put(Vars.CONCLUSION_KEY, "1066-KL/HU@2023-08-11");
    v.put(Vars.LEAD_UNIT, "du-ct-ducpho");
    v.put(Vars.MONITORING_UNIT, "hu-ct-btc");
    v.put(Vars.COORDINATING_UNITS, "");
    v.put(Vars.RECURRING, false);
    v.put(Vars.EXTENSION_ALLOWED, true);
    v.put("currentDeadline", "2024-06-28");
    v.put(Vars.REPORT_CYCLE, "R/P1M");
    v.putAll(overrides);
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(TaskExecution.PROCESS_KEY, KEY, v);
    BpmnAwareTests.assertThat(pi).isWaitingAt(TaskExecution.ACCEPT);
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("du-ct-ducpho")
        .hasDueDate(at(2024, 6, 6, 17));
    return pi;
  }

  ProcessInstance startAccepted(Map<String, Object> overrides) {
    ProcessInstance pi = start(overrides);
    complete(task(), withVariables(Vars.ACCEPTED, "true"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(TaskExecution.WORK);
    return pi;
  }

  @Test
  void reworkLoopUntilTheResultIsAccepted() {
    ProcessInstance pi = startAccepted(Map.of());
    BpmnAwareTests.assertThat(task(TaskExecution.REPORT_COMPLETION)).hasCandidateGroup("du-ct-ducpho")
        .hasDueDate(at(2024, 6, 28, 17));
    complete(task(TaskExecution.REPORT_COMPLETION), withVariables("evidenceNumber", "12-BC/ĐU"));
    BpmnAwareTests.assertThat(task(TaskExecution.REVIEW_RESULT)).hasCandidateGroup("hu-ct-btc");
    complete(task(TaskExecution.REVIEW_RESULT), withVariables(Vars.RESULT_ACCEPTED, "false", "reviewNote", "Bổ sung số liệu"));
    complete(task(TaskExecution.REPORT_COMPLETION));
    complete(task(TaskExecution.REVIEW_RESULT), withVariables(Vars.RESULT_ACCEPTED, true, "qualityGrade", "GOOD"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder(TaskExecution.ACCEPT, TaskExecution.REPORT_COMPLETION,
        TaskExecution.REVIEW_RESULT, TaskExecution.REPORT_COMPLETION, TaskExecution.REVIEW_RESULT,
        TaskExecution.WORK_ACCEPTED_END, TaskExecution.COMPLETE_ASSIGNMENT, TaskExecution.COMPLETED_END);
    // the open extension request and the idle ladder ended with the work
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(calls).contains("completed");
  }

  @Test
  void returnedAsWronglyAssignedIsReassignedByTheMonitoringUnit() {
    ProcessInstance pi = start(Map.of());
    complete(task(), withVariables(Vars.ACCEPTED, false, Vars.RETURN_REASON, "Không thuộc chức năng"));
    BpmnAwareTests.assertThat(task()).hasDefinitionKey(TaskExecution.REASSIGN).hasCandidateGroup("hu-ct-btc");
    complete(task(), withVariables("newUnit", "du-ct-giavien"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(TaskExecution.APPLY_REASSIGNMENT, TaskExecution.REASSIGNED_END)
        .hasNotPassed(TaskExecution.WORK);
    assertThat(calls).contains("reassign:du-ct-giavien");
  }

  @Test
  void everyCoordinatingUnitContributes() {
    ProcessInstance pi = startAccepted(Map.of(Vars.COORDINATING_UNITS, "hu-ct-btg,hu-ct-bdv"));
    List<Task> contributions = taskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TaskExecution.CONTRIBUTE).list();
    assertThat(contributions).hasSize(2);
    assertThat(taskQuery().taskDefinitionKey(TaskExecution.CONTRIBUTE).taskCandidateGroup("hu-ct-btg").count()).isOne();
    assertThat(taskQuery().taskDefinitionKey(TaskExecution.CONTRIBUTE).taskCandidateGroup("hu-ct-bdv").count()).isOne();
    contributions.forEach(t -> complete(t, withVariables("contribution", "Đã phối hợp")));
    BpmnAwareTests.assertThat(pi).hasPassed(TaskExecution.CONTRIBUTIONS_END).isNotEnded();
  }

  @Test
  void eachPeriodAsksForAProgressReportAndRemindsWhenLate() {
    ProcessInstance pi = startAccepted(Map.of());
    execute(job(TaskExecution.PERIODIC_REPORT_TIMER));
    BpmnAwareTests.assertThat(task(TaskExecution.PROGRESS_REPORT)).hasCandidateGroup("du-ct-ducpho");
    assertThat(task(TaskExecution.PROGRESS_REPORT).getFollowUpDate()).isEqualTo(at(2024, 6, 3, 9));
    complete(task(TaskExecution.PROGRESS_REPORT), withVariables("progressContent", "Đã quán triệt"));
    BpmnAwareTests.assertThat(pi).hasPassed(TaskExecution.PROGRESS_REPORT_END);

    execute(job(TaskExecution.PERIODIC_REPORT_TIMER));
    assertThat(job(TaskExecution.PROGRESS_REPORT_LATE).getDuedate()).isEqualTo(at(2024, 6, 8, 9));
    // one job: the boundary timer's job sends the reminder itself (it retries R5/PT10M and ends as an incident)
    execute(job(TaskExecution.PROGRESS_REPORT_LATE));
    BpmnAwareTests.assertThat(pi).hasPassed(TaskExecution.PROGRESS_REMINDED_END);
    assertThat(calls).contains("remindReport");
    BpmnAwareTests.assertThat(task(TaskExecution.PROGRESS_REPORT)).isNotNull();
  }

  @Test
  void extensionsAreRequestedAgainAfterEachDecision() {
    ProcessInstance pi = startAccepted(Map.of());
    complete(task(TaskExecution.REQUEST_EXTENSION), withVariables("extensionReason", "Thiếu kinh phí",
        "proposedDate", "2024-07-15"));
    BpmnAwareTests.assertThat(task(TaskExecution.DECIDE_EXTENSION)).hasCandidateGroup("hu-ct-btc");
    complete(task(TaskExecution.DECIDE_EXTENSION), withVariables("extensionApproved", false, "decisionNote", "Không có cơ sở"));
    assertThat(calls).containsSubsequence("decider", "complete:" + TaskExecution.DECIDE_EXTENSION);

    complete(task(TaskExecution.REQUEST_EXTENSION), withVariables("extensionReason", "Chờ hướng dẫn của tỉnh",
        "proposedDate", "2024-07-15"));
    complete(task(TaskExecution.DECIDE_EXTENSION), withVariables("extensionApproved", true));
    BpmnAwareTests.assertThat(task(TaskExecution.REQUEST_EXTENSION)).isNotNull();
    assertThat(calls.stream().filter("decider"::equals).count()).isEqualTo(2);
    // the work itself is not touched by a decision
    BpmnAwareTests.assertThat(task(TaskExecution.REPORT_COMPLETION)).isNotNull();
    BpmnAwareTests.assertThat(pi).isWaitingAt(TaskExecution.REQUEST_EXTENSION, TaskExecution.REPORT_COMPLETION);
  }

  @Test
  void aDirectiveBecomesATaskForTheUnitEvenBeforeAcceptance() {
    ProcessInstance pi = start(Map.of());
    runtimeService().createMessageCorrelation(Messages.DIRECTIVE_ISSUED).processInstanceBusinessKey(KEY)
        .setVariable(Vars.DIRECTIVE_ID, 42L).correlate();
    Task answer = task(TaskExecution.ANSWER_DIRECTIVE);
    BpmnAwareTests.assertThat(answer).hasCandidateGroup("du-ct-ducpho");
    assertThat(runtimeService().getVariableLocal(answer.getExecutionId(), Vars.DIRECTIVE_ID)).isEqualTo(42L);
    complete(answer, withVariables("directiveAnswer", "Đã thực hiện"));
    BpmnAwareTests.assertThat(pi).hasPassed(TaskExecution.DIRECTIVE_END).isNotEnded();
  }

  @Test
  void recurringTaskReportsEachPeriodUntilTheConclusionIsReviewed() {
    ProcessInstance pi = startAccepted(Map.of(Vars.RECURRING, true, Vars.EXTENSION_ALLOWED, false));
    BpmnAwareTests.assertThat(pi).hasPassed(TaskExecution.NO_EXTENSION_END).isWaitingAt(TaskExecution.RECURRING_END);
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    execute(job(TaskExecution.PERIODIC_REPORT_TIMER));
    complete(task(TaskExecution.PROGRESS_REPORT), withVariables("progressContent", "Tháng 6: đã sinh hoạt chuyên đề"));
    execute(job(TaskExecution.PERIODIC_REPORT_TIMER));
    complete(task(TaskExecution.PROGRESS_REPORT), withVariables("progressContent", "Tháng 7: đã kiểm tra 3 chi bộ"));
    // nothing but the reports keeps a recurring task open: it waits for the review of the conclusion
    BpmnAwareTests.assertThat(pi).isWaitingAt(TaskExecution.RECURRING_END);

    runtimeService().createMessageCorrelation(Messages.CONCLUSION_REVIEWED)
        .processInstanceVariableEquals(Vars.CONCLUSION_KEY, "1066-KL/HU@2023-08-11").correlateAll();
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(TaskExecution.CLOSE_BY_REVIEW, TaskExecution.CLOSED_BY_REVIEW_END)
        .hasNotPassed(TaskExecution.COMPLETE_ASSIGNMENT);
  }
}

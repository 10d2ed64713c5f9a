package vn.dondoc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dondoc.followup.FollowupIds.Lifecycle;
import vn.dondoc.followup.FollowupIds.Messages;
import vn.dondoc.followup.FollowupIds.Vars;

/**
 * Every path of conclusion-lifecycle, engine only, delegates mocked: the approval loop, issue and start of
 * the task executions, periodic summaries with and without a directive, review when all tasks closed or on
 * the review date, closing or a successor conclusion.
 */
@Deployment(resources = {"processes/conclusion-lifecycle.bpmn"})
class ConclusionLifecycleProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .Companion.builder().assertClassCoverageAtLeast(1.0).build();

  static final String KEY = "1066-KL/HU@2023-08-11";
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  final List<String> calls = new ArrayList<>();

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(at(2024, 1, 8, 9));
    Mocks.register("followupDates", TestWorkingCalendar.followupDates());
    Mocks.register("followupTaskListener", (TaskListener) t -> calls.add(t.getEventName() + ":" + t.getTaskDefinitionKey()));
    Mocks.register("registerConclusionDelegate", (JavaDelegate) ex -> {
      calls.add("register");
      ex.setVariable(Vars.CONCLUSION_KEY, KEY);
      ex.setVariable(Vars.OFFICE_GROUP, "hu-ct-vp");
      ex.setVariable(Vars.LEADERSHIP_GROUPS, "hu-ct-tt,hu-ct-btv");
    });
    Mocks.register("issueConclusionDelegate", (JavaDelegate) ex -> {
      calls.add("issue");
      ex.setVariable(Vars.REVIEW_AT, at(2024, 12, 2, 8));
      ex.setVariable(Vars.SUMMARY_CYCLE, "R/P3M");
    });
    Mocks.register("startTaskExecutionsDelegate", (JavaDelegate) ex -> calls.add("startTaskExecutions"));
    Mocks.register("issueDirectiveDelegate", (JavaDelegate) ex -> calls.add("directive:" + ex.getVariable("directiveContent")));
    Mocks.register("closeConclusionDelegate", (JavaDelegate) ex -> calls.add("close"));
    Mocks.register("startSuccessorDelegate", (JavaDelegate) ex -> calls.add("successor:" + ex.getVariable("successorNumber")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date at(int y, int m, int d, int h) {
    return Date.from(LocalDateTime.of(y, m, d, h, 0).atZone(ZONE).toInstant());
  }

  ProcessInstance startAndIssue() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(Lifecycle.PROCESS_KEY, KEY,
        Map.of("docNumber", "1066", "title", "Hội nghị sơ kết 05 năm", Vars.MONITORING_UNIT, "hu-ct-btc",
            Vars.REPORT_TO_UNITS, "hu-ct-tt,hu-ct-btv"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Lifecycle.LIST_TASKS);
    BpmnAwareTests.assertThat(task()).hasCandidateGroup("hu-ct-vp").hasDueDate(
        Date.from(LocalDateTime.of(2024, 1, 15, 17, 0).atZone(ZONE).toInstant()));
    complete(task());
    BpmnAwareTests.assertThat(task()).hasDefinitionKey(Lifecycle.APPROVE).hasCandidateGroup("hu-ct-tt")
        .hasCandidateGroup("hu-ct-btv");
    complete(task(), withVariables(Vars.APPROVED, true));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Lifecycle.START_TASK_EXECUTIONS);
    execute(job());
    BpmnAwareTests.assertThat(pi).isWaitingAt(Lifecycle.ALL_CLOSED);
    return pi;
  }

  @Test
  void approvalLoopReturnsToTheOfficeUntilApproved() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(Lifecycle.PROCESS_KEY, KEY);
    BpmnAwareTests.assertThat(pi).isWaitingAt(Lifecycle.LIST_TASKS);
    complete(task());
    complete(task(), withVariables(Vars.APPROVED, "false", Vars.RETURN_REASON, "Thiếu đơn vị phối hợp"));
    BpmnAwareTests.assertThat(pi).isWaitingAt(Lifecycle.LIST_TASKS);
    complete(task());
    complete(task(), withVariables(Vars.APPROVED, "true"));
    execute(job());
    BpmnAwareTests.assertThat(pi).hasPassedInOrder(Lifecycle.REGISTER, Lifecycle.LIST_TASKS, Lifecycle.APPROVE,
        Lifecycle.LIST_TASKS, Lifecycle.APPROVE, Lifecycle.ISSUE, Lifecycle.START_TASK_EXECUTIONS);
    assertThat(calls).containsSubsequence("register", "complete:listTasks", "complete:approveConclusion",
        "complete:listTasks", "issue", "startTaskExecutions");
  }

  @Test
  void periodicSummaryWithAndWithoutDirective() {
    ProcessInstance pi = startAndIssue();
    execute(job(Lifecycle.SUMMARY_START));
    BpmnAwareTests.assertThat(task()).hasDefinitionKey(Lifecycle.COMPILE_SUMMARY).hasCandidateGroup("hu-ct-btc");
    complete(task(), withVariables("summaryText", "Các đơn vị đã triển khai."));
    BpmnAwareTests.assertThat(task()).hasDefinitionKey(Lifecycle.READ_SUMMARY).hasCandidateGroup("hu-ct-tt")
        .hasCandidateGroup("hu-ct-btv");
    complete(task(), withVariables(Vars.ISSUE_DIRECTIVE, "true", "directiveContent", "Khẩn trương báo cáo"));
    assertThat(calls).contains("directive:Khẩn trương báo cáo");

    execute(job(Lifecycle.SUMMARY_START));
    complete(task());
    complete(task(), withVariables(Vars.ISSUE_DIRECTIVE, false));
    BpmnAwareTests.assertThat(pi).hasPassed(Lifecycle.ISSUE_DIRECTIVE, Lifecycle.SUMMARY_END,
        Lifecycle.NO_DIRECTIVE_END);
    BpmnAwareTests.assertThat(pi).isWaitingAt(Lifecycle.ALL_CLOSED);
  }

  @Test
  void allTasksClosedLeadsToReviewAndClosing() {
    ProcessInstance pi = startAndIssue();
    runtimeService().createMessageCorrelation(Messages.ALL_ASSIGNMENTS_CLOSED).processInstanceBusinessKey(KEY)
        .correlate();
    BpmnAwareTests.assertThat(pi).hasPassed(Lifecycle.FOLLOW_UP_END);
    BpmnAwareTests.assertThat(task()).hasDefinitionKey(Lifecycle.REVIEW).hasCandidateGroup("hu-ct-tt");
    complete(task(), withVariables("reviewNote", "Hoàn thành", Vars.START_SUCCESSOR, "false"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(Lifecycle.CLOSE, Lifecycle.CLOSED_END)
        .hasNotPassed(Lifecycle.START_SUCCESSOR);
  }

  @Test
  void reviewDateStartsTheReviewAndASuccessorCarriesOpenTasks() {
    ProcessInstance pi = startAndIssue();
    assertThat(job(Lifecycle.REVIEW_DATE_REACHED).getDuedate()).isEqualTo(at(2024, 12, 2, 8));
    ClockUtil.setCurrentTime(at(2024, 12, 2, 8));
    execute(job(Lifecycle.REVIEW_DATE_REACHED));
    BpmnAwareTests.assertThat(task()).hasDefinitionKey(Lifecycle.REVIEW);
    complete(task(), withVariables("reviewNote", "Còn nhiệm vụ chưa xong", Vars.START_SUCCESSOR, true,
        "successorNumber", "1200"));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder(Lifecycle.REVIEW, Lifecycle.CLOSE,
        Lifecycle.START_SUCCESSOR, Lifecycle.SUPERSEDED_END);
    assertThat(calls).containsSubsequence("close", "successor:1200");
  }
}

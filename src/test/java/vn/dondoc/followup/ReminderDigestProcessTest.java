package vn.dondoc.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.dondoc.followup.FollowupIds.ReminderDigest;

/**
 * reminder-digest, engine only, the sending mocked: one instance per (unit, moment) waits for its moment, then its
 * timer job sends the digest; a failing send keeps the job with its retries (R5/PT10M, then an incident).
 */
@Deployment(resources = {"processes/reminder-digest.bpmn"})
class ReminderDigestProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
      .Companion.builder().assertClassCoverageAtLeast(1.0).build();

  static final String KEY = "du-ct-ducpho@2024-06-21T08:00:00";

  final List<String> sent = new ArrayList<>();
  boolean mailServerDown;

  @BeforeEach
  void mocks() {
    ClockUtil.setCurrentTime(at(2024, 6, 3, 9));
    Mocks.register("sendReminderDigestDelegate", (JavaDelegate) ex -> {
      if (mailServerDown) {
        throw new IllegalStateException("SMTP không trả lời");
      }
      sent.add(ex.getProcessBusinessKey());
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date at(int y, int m, int d, int h) {
    return Date.from(LocalDateTime.of(y, m, d, h, 0).atZone(FollowupStore.ZONE).toInstant());
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(ReminderDigest.PROCESS_KEY, KEY,
        Map.of(ReminderDigest.DUE_AT, at(2024, 6, 21, 8)));
    BpmnAwareTests.assertThat(pi).isWaitingAt(ReminderDigest.DUE);
    assertThat(job(ReminderDigest.DUE).getDuedate()).isEqualTo(at(2024, 6, 21, 8));
    return pi;
  }

  @Test
  void sendsTheUnitsRemindersWhenTheirMomentComes() {
    ProcessInstance pi = start();
    ClockUtil.setCurrentTime(at(2024, 6, 21, 8));
    execute(job(ReminderDigest.DUE));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder(ReminderDigest.START, ReminderDigest.DUE,
        ReminderDigest.SEND, ReminderDigest.END);
    assertThat(sent).containsExactly(KEY);
  }

  @Test
  void aFailingMailServerLeavesTheJobToRetryLater() {
    ProcessInstance pi = start();
    mailServerDown = true;
    ClockUtil.setCurrentTime(at(2024, 6, 21, 8));
    Job due = job(ReminderDigest.DUE);
    assertThatThrownBy(() -> managementService().executeJob(due.getId())).hasMessageContaining("SMTP");
    Job retried = job(ReminderDigest.DUE);
    // R5/PT10M on the timer: 4 retries left, the next try ten minutes later; no incident yet
    assertThat(retried.getRetries()).isEqualTo(4);
    assertThat(retried.getDuedate()).isEqualTo(new Date(at(2024, 6, 21, 8).getTime() + 600_000));
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    mailServerDown = false;
    execute(retried);
    BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(sent).containsExactly(KEY);
  }
}

package vn.dondoc.followup;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the follow-up BPMN calls by {@code camunda:delegateExpression}. Names are part of the deployment
 * validator's allow-list; each delegates to one method of a service that says what it does.
 */
@Configuration(proxyBeanMethods = false)
public class FollowupDelegates {

  // conclusion-lifecycle
  @Bean
  JavaDelegate registerConclusionDelegate(ConclusionService s) {
    return s::register;
  }

  @Bean
  JavaDelegate issueConclusionDelegate(ConclusionService s) {
    return s::issue;
  }

  @Bean
  JavaDelegate startTaskExecutionsDelegate(ConclusionService s) {
    return s::startTaskExecutions;
  }

  @Bean
  JavaDelegate issueDirectiveDelegate(ConclusionService s) {
    return s::issueDirective;
  }

  @Bean
  JavaDelegate closeConclusionDelegate(ConclusionService s) {
    return s::close;
  }

  @Bean
  JavaDelegate startSuccessorDelegate(ConclusionService s) {
    return s::startSuccessor;
  }

  // task-execution
  @Bean
  JavaDelegate applyReassignmentDelegate(AssignmentService s) {
    return s::applyReassignment;
  }

  @Bean
  JavaDelegate findExtensionDeciderDelegate(AssignmentService s) {
    return s::findExtensionDecider;
  }

  @Bean
  JavaDelegate completeAssignmentDelegate(AssignmentService s) {
    return s::completeAssignment;
  }

  @Bean
  JavaDelegate closeByReviewDelegate(AssignmentService s) {
    return s::closeByReview;
  }

  // reminder-digest
  @Bean
  JavaDelegate sendReminderDigestDelegate(ReminderService s) {
    return s::sendDigest;
  }

  @Bean
  JavaDelegate remindProgressReportDelegate(ReminderService s) {
    return s::remindProgressReport;
  }

  /** On every user task of both processes: context on create, the form recorded on complete. */
  @Bean
  TaskListener followupTaskListener(AssignmentService s) {
    return task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        s.onCreate(task);
      } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
        s.onComplete(task);
      }
    };
  }
}

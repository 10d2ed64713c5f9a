package vn.dondoc.monitoring;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.dondoc.platform.ApiException;

/**
 * Hands a directive to the task's process (contract: message {@value #MESSAGE} to the {@code task-execution}
 * instance whose business key is the assignment's, with variable {@code directiveId}); the process makes a task
 * for the unit and records the answer.
 */
@Component
public class DirectiveCorrelator {

  public static final String MESSAGE = "DirectiveIssued";
  public static final String PROCESS_KEY = "task-execution";

  private final RuntimeService runtimeService;

  public DirectiveCorrelator(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** @throws ApiException DIRECTIVE_NO_PROCESS when no running task process waits for directives */
  public void correlate(String assignmentBusinessKey, long directiveId) {
    long running = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(assignmentBusinessKey).active().count();
    if (running == 0) {
      throw noProcess();
    }
    try {
      runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(assignmentBusinessKey)
          .setVariable("directiveId", directiveId).correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw noProcess();
    }
  }

  private static ApiException noProcess() {
    return new ApiException(HttpStatus.CONFLICT, "DIRECTIVE_NO_PROCESS",
        "Nhiệm vụ này không có quy trình thực hiện đang chạy để nhận chỉ đạo (có thể đã kết thúc hoặc chưa được "
            + "khởi tạo). Chỉ đạo chưa được gửi.");
  }
}

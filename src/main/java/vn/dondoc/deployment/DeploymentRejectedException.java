package vn.dondoc.deployment;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Thrown by the validating pre-deployer. A {@link BadUserRequestException}, so Camunda's REST API
 * ({@code /engine-rest/deployment/create}, used by Camunda Modeler) answers 400 with this Vietnamese message.
 */
public class DeploymentRejectedException extends BadUserRequestException {

  private final transient List<Violation> violations;

  public DeploymentRejectedException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> getViolations() {
    return violations;
  }

  static String message(List<Violation> violations) {
    StringBuilder text = new StringBuilder("Không triển khai được: mô hình có ")
        .append(violations.size()).append(" lỗi.");
    int i = 1;
    for (Violation v : violations) {
      text.append(' ').append(i++).append(") ").append(v);
    }
    return text.toString();
  }
}

package vn.dondoc.monitoring;

import java.time.LocalDate;

import vn.dondoc.monitoring.status.AssignmentFacts;
import vn.dondoc.monitoring.status.AssignmentStatus;

/** One assignment as the drill-down, the API, the exports and the reports show it, with its derived status. */
public record AssignmentRow(
    long id,
    String businessKey,
    String processInstanceId,
    long conclusionId,
    String conclusionKey,
    String conclusionNumber,
    LocalDate conclusionDate,
    String conclusionTitle,
    long taskId,
    String ordinal,
    String taskText,
    String field,
    String deadlineText,
    String unitCode,
    String unitName,
    LocalDate originalDeadline,
    int extensionCount,
    LocalDate completedOn,
    AssignmentFacts facts,
    AssignmentStatus status) {

  /** "Số 1066-KL/HU" as written on documents. */
  public String conclusionLabel() {
    return conclusionNumber;
  }
}

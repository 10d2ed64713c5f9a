package vn.dondoc.monitoring.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The facts of one task_assignment (and its task's deadline type) that its status depends on, as stored in V2.
 *
 * @param state            task_assignment.state
 * @param deadlineType     conclusion_task.deadline_type (FIXED, RELATIVE, PERIOD, RECURRING, PENDING, NONE)
 * @param currentDeadline  original deadline or the latest approved extension
 * @param completedOn      the completion date that counts against the deadline (set when the review accepted)
 * @param completionReportedAt when the unit reported completion (the clock stops then while under review)
 * @param endedAt          when the assignment stopped being the unit's (reassigned, merged, closed)
 */
public record AssignmentFacts(
    String state,
    boolean recurring,
    String deadlineType,
    String noDeadlineReason,
    LocalDate currentDeadline,
    OffsetDateTime assignedAt,
    OffsetDateTime completionReportedAt,
    LocalDate completedOn,
    OffsetDateTime endedAt) {

  public static final String ASSIGNED = "ASSIGNED";
  public static final String IN_PROGRESS = "IN_PROGRESS";
  public static final String AWAITING_REVIEW = "AWAITING_REVIEW";
  public static final String REWORK = "REWORK";
  public static final String COMPLETED = "COMPLETED";
  public static final String RETURNED_AS_WRONG = "RETURNED_AS_WRONG";
  public static final String REASSIGNED = "REASSIGNED";
  public static final String CLOSED = "CLOSED";
}

package vn.dondoc.monitoring.status;

/**
 * The status of an assignment as of a date, computed by {@link StatusFunction}.
 *
 * @param column   the grid column; null when the assignment is outside the population ({@link Status#ENDED},
 *                 {@link Status#NOT_YET_ASSIGNED})
 * @param daysLate working days past the deadline: as of the date when open and overdue, at completion when
 *                 completed late, at the report when awaiting review; otherwise 0
 * @param daysLeft working days until the deadline for an open task within its deadline; otherwise 0
 * @param reason   why there is no deadline (Vietnamese), only for {@link Status#NO_DEADLINE}
 * @param label    Vietnamese label with the numbers that matter, e.g. "Quá hạn 3 ngày làm việc"
 */
public record AssignmentStatus(Status status, GridColumn column, int daysLate, int daysLeft, String reason,
    String label) {

  public boolean counted() {
    return column != null;
  }
}

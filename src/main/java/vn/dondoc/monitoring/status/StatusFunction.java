package vn.dondoc.monitoring.status;

import java.time.LocalDate;
import java.util.Set;

import vn.dondoc.calendar.WorkingCalendar;

import static vn.dondoc.monitoring.status.AssignmentFacts.AWAITING_REVIEW;
import static vn.dondoc.monitoring.status.AssignmentFacts.CLOSED;
import static vn.dondoc.monitoring.status.AssignmentFacts.COMPLETED;
import static vn.dondoc.monitoring.status.AssignmentFacts.REASSIGNED;
import static vn.dondoc.monitoring.status.AssignmentFacts.REWORK;

/**
 * THE status of a task assignment as of a date; every screen, API, export and report gets it from here (rows)
 * or from {@link StatusSql} (counts), which encodes the same rules. The first rule that matches decides:
 *
 * <ol>
 *   <li>assigned after the as-of date: {@link Status#NOT_YET_ASSIGNED}, not counted;</li>
 *   <li>completed (state COMPLETED/CLOSED, completed_on set and not after the as-of date): completed on time
 *       when completed_on &le; current_deadline, or when there was no deadline to miss (recurring, none);
 *       otherwise completed late, with the working days late at completion;</li>
 *   <li>ended (ended_at on or before the as-of date, or REASSIGNED/CLOSED without ended_at): {@link Status#ENDED},
 *       not counted: after a reassignment (e.g. a unit merge) the successor's assignment is the one counted;</li>
 *   <li>recurring (task_assignment.recurring): {@link Status#RECURRING};</li>
 *   <li>no current deadline: {@link Status#NO_DEADLINE} with the reason;</li>
 *   <li>completion reported on or before the as-of date and not yet accepted (AWAITING_REVIEW, or accepted only
 *       after the as-of date): {@link Status#AWAITING_REVIEW}; the clock stopped at the report, so the column is
 *       overdue when the report came after the deadline, else in progress within deadline;</li>
 *   <li>otherwise the clock: deadline before the as-of date is overdue (days late in working days); deadline
 *       between the as-of date and {@link StatusBoundaries#dueSoonLimit()} is due soon; later is in progress.
 *       A task returned for rework (REWORK) shows {@link Status#RETURNED} in that clock column.</li>
 * </ol>
 * An approved extension has already moved current_deadline, so it needs no rule of its own.
 */
public final class StatusFunction {

  static final Set<String> COMPLETED_STATES = Set.of(COMPLETED, CLOSED);
  static final Set<String> REVIEWABLE_STATES = Set.of(AWAITING_REVIEW, COMPLETED, CLOSED);

  private final WorkingCalendar calendar;

  public StatusFunction(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  public AssignmentStatus statusOf(AssignmentFacts a, StatusBoundaries b) {
    LocalDate asOf = b.asOf();
    LocalDate deadline = a.currentDeadline();
    // The assignment's flag decides, not the task's deadline type: the grid counts from task_assignment alone.
    // A RECURRING task whose assignment lacks the flag shows as "no deadline" with that reason (data quality).
    boolean recurring = a.recurring();

    if (a.assignedAt() != null && !b.knownBy(a.assignedAt())) {
      return new AssignmentStatus(Status.NOT_YET_ASSIGNED, null, 0, 0, null, Status.NOT_YET_ASSIGNED.label());
    }
    if (COMPLETED_STATES.contains(a.state()) && a.completedOn() != null && !a.completedOn().isAfter(asOf)) {
      if (recurring || deadline == null || !a.completedOn().isAfter(deadline)) {
        return of(Status.COMPLETED_ON_TIME, GridColumn.COMPLETED_ON_TIME, 0, 0, null);
      }
      int late = calendar.workingDaysBetween(deadline, a.completedOn());
      return of(Status.COMPLETED_LATE, GridColumn.COMPLETED_LATE, late, 0, null);
    }
    boolean ended = a.endedAt() != null ? b.knownBy(a.endedAt())
        : REASSIGNED.equals(a.state()) || CLOSED.equals(a.state());
    if (ended) {
      return new AssignmentStatus(Status.ENDED, null, 0, 0, null, Status.ENDED.label());
    }
    if (recurring) {
      return of(Status.RECURRING, GridColumn.RECURRING, 0, 0, null);
    }
    if (deadline == null) {
      return of(Status.NO_DEADLINE, GridColumn.NO_DEADLINE, 0, 0, noDeadlineReason(a));
    }
    if (REVIEWABLE_STATES.contains(a.state()) && b.knownBy(a.completionReportedAt())) {
      LocalDate reportedOn = b.dateOf(a.completionReportedAt());
      if (reportedOn.isAfter(deadline)) {
        return of(Status.AWAITING_REVIEW, GridColumn.OVERDUE, calendar.workingDaysBetween(deadline, reportedOn), 0,
            null);
      }
      return of(Status.AWAITING_REVIEW, GridColumn.IN_PROGRESS, 0, 0, null);
    }
    boolean rework = REWORK.equals(a.state());
    if (deadline.isBefore(asOf)) {
      int late = calendar.workingDaysBetween(deadline, asOf);
      return of(rework ? Status.RETURNED : Status.OVERDUE, GridColumn.OVERDUE, late, 0, null);
    }
    int left = calendar.workingDaysBetween(asOf, deadline);
    if (!deadline.isAfter(b.dueSoonLimit())) {
      AssignmentStatus s = of(rework ? Status.RETURNED : Status.DUE_SOON, GridColumn.DUE_SOON, 0, left, null);
      if (!rework && deadline.equals(asOf)) {
        return new AssignmentStatus(s.status(), s.column(), 0, 0, null, "Đến hạn hôm nay");
      }
      return s;
    }
    return of(rework ? Status.RETURNED : Status.IN_PROGRESS, GridColumn.IN_PROGRESS, 0, left, null);
  }

  /** The reason shown for a task without a deadline: the recorded one, else one from the deadline type. */
  static String noDeadlineReason(AssignmentFacts a) {
    String recorded = a.noDeadlineReason() == null || a.noDeadlineReason().isBlank() ? null : a.noDeadlineReason().trim();
    String type = a.deadlineType() == null ? "" : a.deadlineType();
    return switch (type) {
      case "RECURRING" -> "nhiệm vụ thường xuyên nhưng chưa được đánh dấu là thường xuyên khi giao";
      case "PENDING" -> "chờ quyết định" + (recorded == null ? "" : " (" + recorded + ")");
      case "NONE" -> recorded == null ? "văn bản không quy định thời hạn" : recorded;
      default -> recorded == null ? "thiếu ngày hạn (loại thời hạn " + (type.isEmpty() ? "chưa xác định" : type)
          + ")" : recorded;
    };
  }

  private static AssignmentStatus of(Status status, GridColumn column, int late, int left, String reason) {
    String label = switch (status) {
      case OVERDUE -> late == 0 ? "Quá hạn (từ ngày nghỉ vừa qua)" : "Quá hạn " + late + " ngày làm việc";
      case COMPLETED_LATE -> "Hoàn thành quá hạn " + late + " ngày làm việc";
      case DUE_SOON -> "Sắp đến hạn (còn " + left + " ngày làm việc)";
      case NO_DEADLINE -> "Chưa có thời hạn: " + reason;
      case AWAITING_REVIEW -> column == GridColumn.OVERDUE
          ? "Chờ thẩm định (báo cáo muộn " + late + " ngày làm việc)" : "Chờ thẩm định (báo cáo trong hạn)";
      case RETURNED -> column == GridColumn.OVERDUE
          ? "Trả lại để hoàn thiện, quá hạn " + late + " ngày làm việc" : "Trả lại để hoàn thiện";
      default -> status.label();
    };
    return new AssignmentStatus(status, column, late, left, reason, label);
  }
}

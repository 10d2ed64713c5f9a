package vn.dondoc.followup;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.dondoc.calendar.WorkingCalendar;

/**
 * The working calendar as the follow-up processes use it, and bean {@code followupDates} for due-date
 * expressions in BPMN ({@code camunda:dueDate="${followupDates.inWorkingDays(3)}"}). Whether a day is worked
 * is decided by {@link WorkingCalendar} (the calendar feature) only.
 */
@Component("followupDates")
public class FollowupCalendar {

  private final WorkingCalendar calendar;

  public FollowupCalendar(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  /** End of the working day {@code days} working days from today: due dates of user tasks. */
  public Date inWorkingDays(int days) {
    return Dates.endOf(calendar.addWorkingDays(FollowupStore.today(), days));
  }

  /** Due date of a task that runs to a deadline given as ISO text; falls back to {@code days} working days. */
  public Date deadlineOr(Object isoDeadline, int days) {
    LocalDate d = Dates.parse(isoDeadline, "Hạn");
    return d == null ? inWorkingDays(days) : Dates.endOf(d);
  }

  public Date now() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
  }
}

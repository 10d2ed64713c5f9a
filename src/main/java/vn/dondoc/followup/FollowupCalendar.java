package vn.dondoc.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Date;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.dondoc.calendar.WorkingCalendar;

/**
 * The working calendar as the follow-up processes use it, and bean {@code followupDates} for due-date
 * expressions in BPMN ({@code camunda:dueDate="${followupDates.inWorkingDays(3)}"}).
 *
 * <p>The holiday-aware {@link WorkingCalendar} comes from the calendar feature; until one is in the
 * application context, weekends only are skipped (logged once at start), so the app still runs.
 */
@Component("followupDates")
public class FollowupCalendar {

  private static final Logger log = LoggerFactory.getLogger(FollowupCalendar.class);

  private final ObjectProvider<WorkingCalendar> calendars;
  private volatile WorkingCalendar resolved;

  public FollowupCalendar(ObjectProvider<WorkingCalendar> calendars) {
    this.calendars = calendars;
  }

  public WorkingCalendar calendar() {
    WorkingCalendar c = resolved;
    if (c == null) {
      c = calendars.getIfAvailable(() -> {
        log.warn("No WorkingCalendar bean: follow-up deadlines skip weekends only, not public holidays");
        return new WeekendsOnly();
      });
      resolved = c;
    }
    return c;
  }

  /** End of the working day {@code days} working days from today: due dates of user tasks. */
  public Date inWorkingDays(int days) {
    return Dates.endOf(calendar().addWorkingDays(FollowupStore.today(), days));
  }

  /** Due date of a task that runs to a deadline given as ISO text; falls back to {@code days} working days. */
  public Date deadlineOr(Object isoDeadline, int days) {
    LocalDate d = Dates.parse(isoDeadline, "Hạn");
    return d == null ? inWorkingDays(days) : Dates.endOf(d);
  }

  public Date now() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
  }

  /** Saturdays and Sundays off; used only while no holiday-aware calendar is deployed. */
  static final class WeekendsOnly implements WorkingCalendar {
    @Override
    public boolean isWorkingDay(LocalDate day) {
      return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int days) {
      LocalDate d = start;
      int step = days >= 0 ? 1 : -1;
      for (int left = Math.abs(days); left > 0; ) {
        d = d.plusDays(step);
        if (isWorkingDay(d)) {
          left--;
        }
      }
      return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
      int sign = to.isBefore(from) ? -1 : 1;
      LocalDate a = sign > 0 ? from : to;
      LocalDate b = sign > 0 ? to : from;
      int n = 0;
      for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
        if (isWorkingDay(d)) {
          n++;
        }
      }
      return sign * n;
    }
  }
}

package vn.dondoc.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import vn.dondoc.calendar.WorkingCalendar;

/** Engine-only tests: weekends and a fixed set of holidays, enough to see that offsets count working days. */
final class TestWorkingCalendar {

  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1),
      LocalDate.of(2024, 9, 2));

  static WorkingCalendar calendar() {
    return new WorkingCalendar() {
      @Override
      public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && !HOLIDAYS.contains(day);
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
    };
  }

  static FollowupCalendar followupDates() {
    return new FollowupCalendar(calendar());
  }

  private TestWorkingCalendar() {}
}

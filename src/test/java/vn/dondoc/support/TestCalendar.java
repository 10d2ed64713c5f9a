package vn.dondoc.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import vn.dondoc.calendar.WorkingCalendar;

/**
 * A small working calendar for unit and engine-only tests (the real one lives in vn.dondoc.calendar):
 * weekends and the given holidays are off. Walks day by day, which is plenty for tests.
 */
public class TestCalendar implements WorkingCalendar {

  private final Set<LocalDate> holidays;

  public TestCalendar(LocalDate... holidays) {
    this.holidays = Set.of(holidays);
  }

  @Override
  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
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
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }
}

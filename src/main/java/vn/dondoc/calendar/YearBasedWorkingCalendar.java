package vn.dondoc.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** The arithmetic of {@link WorkingCalendar} over per-year tables; subclasses say where a year comes from. */
public abstract class YearBasedWorkingCalendar implements WorkingCalendar {

  /** The table of one solar year (implementations cache it). */
  public abstract YearCalendar year(int year);

  @Override
  public boolean isWorkingDay(LocalDate day) {
    return year(day.getYear()).isWorkingDay(day);
  }

  @Override
  public LocalDate addWorkingDays(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    int step = days >= 0 ? 1 : -1;
    int remaining = Math.abs(days);
    LocalDate day = start;
    YearCalendar table = null;
    while (remaining > 0) {
      day = day.plusDays(step);
      if (table == null || table.year() != day.getYear()) {
        table = year(day.getYear());
      }
      if (table.isWorkingDay(day)) {
        remaining--;
      }
    }
    return day;
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    // Counts from 1 January of from's year: (from, to] = upTo(to) - upTo(from), adding whole years between.
    int count = year(to.getYear()).workingDaysUpTo(to) - year(from.getYear()).workingDaysUpTo(from);
    for (int y = from.getYear(); y < to.getYear(); y++) {
      count += year(y).workingDaysInYear();
    }
    return count;
  }
}

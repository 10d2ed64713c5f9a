package vn.dondoc.calendar;

import java.time.LocalDate;

/**
 * Vietnamese working days: weekends, public holidays (solar and lunar) and the official days off and swapped
 * working days an administrator records each year. The one place that says whether a day is worked; deadlines
 * in working days, the reminder ladder, "days late" and the engine's timers all ask it.
 */
public interface WorkingCalendar {

  boolean isWorkingDay(LocalDate day);

  /**
   * The day {@code days} working days after {@code start} (before it when negative); {@code start} itself
   * does not count. Zero returns {@code start}.
   */
  LocalDate addWorkingDays(LocalDate start, int days);

  /**
   * Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is before
   * {@code from}. E.g. a deadline on Friday and today the next Monday gives 1.
   */
  int workingDaysBetween(LocalDate from, LocalDate to);
}

package vn.dondoc.calendar;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days by the rules alone (weekends and {@link PublicHolidays}), without the administrator's overrides.
 * For code that runs without the database (engine-only tests, tools); the application uses
 * {@link DatabaseWorkingCalendar}.
 */
public class RuleWorkingCalendar extends YearBasedWorkingCalendar {

  private final Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();

  @Override
  public YearCalendar year(int year) {
    return years.computeIfAbsent(year, y -> new YearCalendar(y, List.of()));
  }
}

package vn.dondoc.calendar;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The working days of one solar year: weekends and {@link PublicHolidays}, then the overrides in force, which
 * win over the rules. Immutable; counts are precomputed so that "days late" over long spans stays cheap.
 */
public final class YearCalendar {

  private final int year;
  private final List<Holiday> holidays;
  private final Map<LocalDate, CalendarOverride> overrides;
  private final BitSet working = new BitSet(366);
  /** cumulative[i] = working days among the first i days of the year. */
  private final int[] cumulative;

  /** @param overrides the overrides in force (latest, not withdrawn) for dates of this year */
  public YearCalendar(int year, Collection<CalendarOverride> overrides) {
    this.year = year;
    this.holidays = PublicHolidays.of(year);
    TreeMap<LocalDate, CalendarOverride> byDate = new TreeMap<>();
    for (CalendarOverride o : overrides) {
      if (o.date().getYear() != year) {
        throw new IllegalArgumentException("Override " + o.date() + " is not in " + year);
      }
      byDate.put(o.date(), o);
    }
    this.overrides = java.util.Collections.unmodifiableMap(byDate);
    LocalDate first = LocalDate.of(year, 1, 1);
    int length = first.lengthOfYear();
    for (int i = 0; i < length; i++) {
      if (!PublicHolidays.isWeekend(first.plusDays(i))) {
        working.set(i);
      }
    }
    for (Holiday h : holidays) {
      working.clear(h.date().getDayOfYear() - 1);
    }
    for (CalendarOverride o : byDate.values()) {
      working.set(o.date().getDayOfYear() - 1, o.kind() == CalendarOverride.Kind.WORKING_DAY);
    }
    cumulative = new int[length + 1];
    for (int i = 0; i < length; i++) {
      cumulative[i + 1] = cumulative[i] + (working.get(i) ? 1 : 0);
    }
  }

  public int year() {
    return year;
  }

  /** Holidays and compensatory days by the rules (overrides may cancel some of them). */
  public List<Holiday> holidays() {
    return holidays;
  }

  /** Overrides in force this year, by date. */
  public Map<LocalDate, CalendarOverride> overrides() {
    return overrides;
  }

  public boolean isWorkingDay(LocalDate day) {
    return working.get(index(day));
  }

  /** Working days from 1 January up to and including {@code day}. */
  public int workingDaysUpTo(LocalDate day) {
    return cumulative[index(day) + 1];
  }

  public int workingDaysInYear() {
    return cumulative[cumulative.length - 1];
  }

  private int index(LocalDate day) {
    if (day.getYear() != year) {
      throw new IllegalArgumentException(day + " is not in " + year);
    }
    return day.getDayOfYear() - 1;
  }
}

package vn.dondoc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Public holidays of Vietnam for a solar year by the Labour Code 2019 (Bộ luật Lao động, Art. 112), with the
 * compensatory days of Art. 111(3). Default rules where the law leaves the choice to the Prime Minister (each
 * year's announcement is recorded by an administrator as overrides, see {@link CalendarOverride}):
 * <ul>
 *   <li>Tết Nguyên đán, 5 days: the last day of the old lunar year (29 or 30 tháng Chạp) and days 1–4 of the new
 *       one. All five always fall in the same solar year (between 20 January and 24 February).</li>
 *   <li>Quốc khánh, 2/9 plus one adjacent day: 3/9 when 2/9 is a Monday or a Thursday (the two days then join a
 *       weekend), otherwise 1/9. This matches the announced days of 2021 (2–3/9), 2022 (1–2/9), 2023 (1–2/9),
 *       2024 (2–3/9) and 2025 (1–2/9).</li>
 *   <li>A holiday on a Saturday or Sunday gives a compensatory day on the next day that is neither a weekend
 *       day nor a holiday nor already a compensatory day (so Tết over a weekend is followed by its compensatory
 *       days). Two holidays on the same day (not possible with today's dates) count as one.</li>
 * </ul>
 * Weekends are Saturday and Sunday (the week of state bodies and party committees).
 */
public final class PublicHolidays {

  public static final int MIN_YEAR = LunarCalendar.MIN_YEAR + 1;
  public static final int MAX_YEAR = LunarCalendar.MAX_YEAR;

  private static final String[] TET_DAYS = {"Mùng 1 Tết", "Mùng 2 Tết", "Mùng 3 Tết", "Mùng 4 Tết"};

  private PublicHolidays() {}

  public static boolean isWeekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /** Holidays and compensatory days of {@code year}, in date order. */
  public static List<Holiday> of(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("Holidays are computed from " + MIN_YEAR + " to " + MAX_YEAR);
    }
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    add(holidays, LocalDate.of(year, Month.JANUARY, 1), "Tết Dương lịch");
    LocalDate tet = LunarCalendar.lunarNewYear(year);
    LocalDate eve = tet.minusDays(1);
    add(holidays, eve, "Tết Nguyên đán (" + LunarCalendar.toLunar(eve).day() + " tháng Chạp)");
    for (int i = 0; i < TET_DAYS.length; i++) {
      add(holidays, tet.plusDays(i), "Tết Nguyên đán (" + TET_DAYS[i] + ")");
    }
    add(holidays, LunarCalendar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    add(holidays, LocalDate.of(year, Month.APRIL, 30), "Ngày Chiến thắng (30/4)");
    add(holidays, LocalDate.of(year, Month.MAY, 1), "Ngày Quốc tế Lao động (1/5)");
    LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
    add(holidays, nationalDay, "Quốc khánh (2/9)");
    DayOfWeek dow = nationalDay.getDayOfWeek();
    boolean after = dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY;
    LocalDate adjacent = after ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    add(holidays, adjacent, "Quốc khánh (ngày liền kề " + adjacent.getDayOfMonth() + "/9)");

    List<Holiday> result = new ArrayList<>();
    holidays.forEach((date, name) -> result.add(new Holiday(date, name, Holiday.Kind.PUBLIC_HOLIDAY)));
    result.sort(Comparator.comparing(Holiday::date));
    List<Holiday> compensatory = new ArrayList<>();
    java.util.Set<LocalDate> taken = new java.util.HashSet<>(holidays.keySet());
    for (Holiday h : result) {
      if (isWeekend(h.date())) {
        LocalDate day = h.date().plusDays(1);
        while (isWeekend(day) || taken.contains(day)) {
          day = day.plusDays(1);
        }
        taken.add(day);
        compensatory.add(new Holiday(day, "Nghỉ bù " + h.name(), Holiday.Kind.COMPENSATORY));
      }
    }
    result.addAll(compensatory);
    result.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(result);
  }

  private static void add(Map<LocalDate, String> holidays, LocalDate date, String name) {
    holidays.merge(date, name, (a, b) -> a + "; " + b);
  }
}

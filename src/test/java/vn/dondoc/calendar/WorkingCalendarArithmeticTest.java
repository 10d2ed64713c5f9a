package vn.dondoc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The arithmetic of working days, on the rules and on overrides, at the boundaries that bite. */
class WorkingCalendarArithmeticTest {

  private final RuleWorkingCalendar rules = new RuleWorkingCalendar();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void fridayDeadlineAndTheWeekend() {
    LocalDate friday = d(2024, 3, 15);
    assertThat(rules.isWorkingDay(friday)).isTrue();
    assertThat(rules.isWorkingDay(d(2024, 3, 16))).isFalse();
    assertThat(rules.isWorkingDay(d(2024, 3, 17))).isFalse();
    assertThat(rules.addWorkingDays(friday, 1)).isEqualTo(d(2024, 3, 18));
    assertThat(rules.addWorkingDays(d(2024, 3, 18), -1)).isEqualTo(friday);
    // The interface's own example: deadline Friday, today Monday -> 1 working day late.
    assertThat(rules.workingDaysBetween(friday, d(2024, 3, 18))).isEqualTo(1);
    assertThat(rules.workingDaysBetween(d(2024, 3, 18), friday)).isEqualTo(-1);
    assertThat(rules.workingDaysBetween(friday, d(2024, 3, 17))).isZero();
    assertThat(rules.workingDaysBetween(friday, friday)).isZero();
    assertThat(rules.addWorkingDays(friday, 0)).isEqualTo(friday);
    // From a Saturday: the next working day is Monday, the previous one Friday.
    assertThat(rules.addWorkingDays(d(2024, 3, 16), 1)).isEqualTo(d(2024, 3, 18));
    assertThat(rules.addWorkingDays(d(2024, 3, 16), -1)).isEqualTo(friday);
    assertThat(rules.addWorkingDays(friday, 5)).isEqualTo(d(2024, 3, 22));
  }

  @Test
  void tetAcrossAWeekendAndItsCompensatoryDays() {
    // 2024: off from Friday 9/2 (30 Tết) to Thursday 15/2 (two compensatory days); back on Friday 16/2.
    LocalDate thursdayBefore = d(2024, 2, 8);
    for (LocalDate day = d(2024, 2, 9); !day.isAfter(d(2024, 2, 15)); day = day.plusDays(1)) {
      assertThat(rules.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(rules.addWorkingDays(thursdayBefore, 1)).isEqualTo(d(2024, 2, 16));
    assertThat(rules.addWorkingDays(d(2024, 2, 16), -1)).isEqualTo(thursdayBefore);
    assertThat(rules.workingDaysBetween(thursdayBefore, d(2024, 2, 16))).isEqualTo(1);
    // 10 working days from Friday 2/2/2024: 5/2..8/2 (4), then 16/2, 19/2..23/2 (6) = 23/2.
    assertThat(rules.addWorkingDays(d(2024, 2, 2), 10)).isEqualTo(d(2024, 2, 23));
  }

  @Test
  void tetCrossingAMonthBoundary() {
    // 2025: 28/1–1/2 and the compensatory Monday 3/2; the previous working day before is Monday 27/1.
    assertThat(rules.addWorkingDays(d(2025, 1, 27), 1)).isEqualTo(d(2025, 2, 4));
    assertThat(rules.addWorkingDays(d(2025, 2, 4), -1)).isEqualTo(d(2025, 1, 27));
    assertThat(rules.workingDaysBetween(d(2025, 1, 24), d(2025, 2, 7))).isEqualTo(5); // 27/1, 4/2..7/2
  }

  @Test
  void acrossTheYearBoundary() {
    // 2021-12-31 (Friday) + 1 working day: 1/1/2022 Saturday is a holiday, compensated on Monday 3/1.
    assertThat(rules.addWorkingDays(d(2021, 12, 31), 1)).isEqualTo(d(2022, 1, 4));
    assertThat(rules.addWorkingDays(d(2022, 1, 4), -1)).isEqualTo(d(2021, 12, 31));
    assertThat(rules.workingDaysBetween(d(2021, 12, 30), d(2022, 1, 4))).isEqualTo(2);
    assertThat(rules.workingDaysBetween(d(2022, 1, 4), d(2021, 12, 30))).isEqualTo(-2);
  }

  @Test
  void theLunarYearRunsOverTheSolarNewYear() {
    // Tháng Chạp of Giáp Thìn starts on 31/12/2024; Tết Dương lịch falls inside it and Tết Nguyên đán ends it.
    assertThat(LunarCalendar.toLunar(d(2024, 12, 31))).isEqualTo(new LunarCalendar.LunarDate(2024, 12, 1, false));
    assertThat(LunarCalendar.toLunar(d(2025, 1, 1))).isEqualTo(new LunarCalendar.LunarDate(2024, 12, 2, false));
    // Friday 27/12/2024 + 3: Monday 30/12, Tuesday 31/12, (1/1 off) Thursday 2/1/2025.
    assertThat(rules.addWorkingDays(d(2024, 12, 27), 3)).isEqualTo(d(2025, 1, 2));
    assertThat(rules.addWorkingDays(d(2025, 1, 2), -3)).isEqualTo(d(2024, 12, 27));
    // 2/1..27/1 are 18 working days; 28/1..3/2 are Tết and its compensatory day; then 4/2.
    assertThat(rules.workingDaysBetween(d(2025, 1, 1), d(2025, 2, 4))).isEqualTo(19);
  }

  @Test
  void betweenAgreesWithAddOverYears() {
    LocalDate start = d(2023, 6, 14);
    for (int n = -800; n <= 800; n += 7) {
      LocalDate end = rules.addWorkingDays(start, n);
      assertThat(rules.isWorkingDay(end) || n == 0).isTrue();
      assertThat(rules.workingDaysBetween(start, end)).as("n=%d", n).isEqualTo(n);
    }
    // 2024: 366 days, 104 weekend days, 11 holidays of which 2 on a weekend, 2 compensatory days.
    assertThat(rules.year(2024).workingDaysInYear()).isEqualTo(366 - 104 - (11 - 2) - 2);
  }

  @Test
  void overridesBeatTheRules() {
    // The 2024 announcement: 8/2 (Thursday) off too; suppose 15/2 is worked instead and a Saturday 17/2 too.
    Map<LocalDate, CalendarOverride> table = new HashMap<>();
    table.put(d(2024, 2, 8), override(1, d(2024, 2, 8), CalendarOverride.Kind.DAY_OFF));
    table.put(d(2024, 2, 15), override(2, d(2024, 2, 15), CalendarOverride.Kind.WORKING_DAY));
    table.put(d(2024, 2, 17), override(3, d(2024, 2, 17), CalendarOverride.Kind.WORKING_DAY));
    YearBasedWorkingCalendar calendar = new YearBasedWorkingCalendar() {
      @Override
      public YearCalendar year(int year) {
        return new YearCalendar(year, table.values().stream().filter(o -> o.date().getYear() == year).toList());
      }
    };
    assertThat(calendar.isWorkingDay(d(2024, 2, 8))).isFalse();
    assertThat(calendar.isWorkingDay(d(2024, 2, 15))).isTrue();
    assertThat(calendar.isWorkingDay(d(2024, 2, 17))).isTrue();
    assertThat(calendar.addWorkingDays(d(2024, 2, 7), 1)).isEqualTo(d(2024, 2, 15));
    assertThat(calendar.addWorkingDays(d(2024, 2, 15), 1)).isEqualTo(d(2024, 2, 16));
    assertThat(calendar.addWorkingDays(d(2024, 2, 16), 1)).isEqualTo(d(2024, 2, 17));
    assertThat(calendar.addWorkingDays(d(2024, 2, 19), -2)).isEqualTo(d(2024, 2, 16));
    assertThat(calendar.workingDaysBetween(d(2024, 2, 7), d(2024, 2, 19))).isEqualTo(4); // 15, 16, 17, 19/2
    assertThat(rules.workingDaysBetween(d(2024, 2, 7), d(2024, 2, 19))).isEqualTo(3); // 8/2, 16/2, 19/2
  }

  private static CalendarOverride override(long id, LocalDate date, CalendarOverride.Kind kind) {
    return new CalendarOverride(id, date, kind, "Thông báo của Bộ Nội vụ", false,
        OffsetDateTime.of(2024, 1, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7)), "demo");
  }

  @Test
  void yearTableRejectsOverridesOfAnotherYear() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new YearCalendar(2024,
            List.of(override(1, d(2025, 1, 2), CalendarOverride.Kind.DAY_OFF))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

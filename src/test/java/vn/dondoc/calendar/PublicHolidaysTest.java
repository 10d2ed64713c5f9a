package vn.dondoc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHolidaysTest {

  private static Map<LocalDate, Holiday> byDate(int year) {
    return PublicHolidays.of(year).stream().collect(Collectors.toMap(Holiday::date, h -> h));
  }

  private static List<LocalDate> dates(int year, Holiday.Kind kind) {
    return PublicHolidays.of(year).stream().filter(h -> h.kind() == kind).map(Holiday::date).toList();
  }

  @Test
  void year2024() {
    // Tết Giáp Thìn: 10/2 (Saturday); 30 Tết 9/2; mùng 1–4 10/2–13/2; Sat/Sun compensated on 14/2 and 15/2.
    assertThat(dates(2024, Holiday.Kind.PUBLIC_HOLIDAY)).containsExactly(
        LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11),
        LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13),
        LocalDate.of(2024, 4, 18),
        LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1),
        LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3));
    assertThat(dates(2024, Holiday.Kind.COMPENSATORY))
        .containsExactly(LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15));
    Map<LocalDate, Holiday> days = byDate(2024);
    assertThat(days.get(LocalDate.of(2024, 2, 9)).name()).isEqualTo("Tết Nguyên đán (30 tháng Chạp)");
    assertThat(days.get(LocalDate.of(2024, 2, 10)).name()).isEqualTo("Tết Nguyên đán (Mùng 1 Tết)");
    assertThat(days.get(LocalDate.of(2024, 4, 18)).name()).isEqualTo("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    assertThat(days.get(LocalDate.of(2024, 2, 14)).name()).startsWith("Nghỉ bù Tết Nguyên đán");
  }

  @Test
  void tet2025CrossesFromJanuaryToFebruaryAndTheLastDayIsThe29th() {
    // Giáp Thìn's 12th month has 29 days: the last day is 28/1; mùng 4 is Saturday 1/2, compensated Monday 3/2.
    Map<LocalDate, Holiday> days = byDate(2025);
    assertThat(days.get(LocalDate.of(2025, 1, 28)).name()).isEqualTo("Tết Nguyên đán (29 tháng Chạp)");
    assertThat(days).containsKeys(LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
        LocalDate.of(2025, 2, 1));
    assertThat(days).doesNotContainKey(LocalDate.of(2025, 1, 27)).doesNotContainKey(LocalDate.of(2025, 2, 2));
    assertThat(dates(2025, Holiday.Kind.COMPENSATORY)).contains(LocalDate.of(2025, 2, 3));
  }

  @Test
  void weekendHolidaysAreCompensatedOnTheNextFreeWorkingDays() {
    // 2022: 30/4 Saturday and 1/5 Sunday -> Monday 2/5 and Tuesday 3/5 (as announced).
    assertThat(dates(2022, Holiday.Kind.COMPENSATORY)).contains(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
    // 2022: 1/1 Saturday -> Monday 3/1.
    assertThat(dates(2022, Holiday.Kind.COMPENSATORY)).contains(LocalDate.of(2022, 1, 3));
    // 2023: 2/9 Saturday (with 1/9 Friday) -> Monday 4/9; Giỗ Tổ 29/4 Saturday and 30/4 Sunday -> 2/5 and 3/5
    // (1/5 Monday is itself a holiday).
    assertThat(dates(2023, Holiday.Kind.COMPENSATORY)).contains(LocalDate.of(2023, 9, 4),
        LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3));
    // Every compensatory day is a weekday that is not itself a holiday.
    for (int year = 1990; year <= 2060; year++) {
      List<LocalDate> holidays = dates(year, Holiday.Kind.PUBLIC_HOLIDAY);
      List<LocalDate> compensatory = dates(year, Holiday.Kind.COMPENSATORY);
      assertThat(compensatory).allMatch(d -> !PublicHolidays.isWeekend(d)).doesNotHaveDuplicates()
          .noneMatch(holidays::contains);
      assertThat(compensatory).hasSize((int) holidays.stream().filter(PublicHolidays::isWeekend).count());
      assertThat(holidays).as("11 days a year (Art. 112)").hasSize(11);
    }
  }

  @ParameterizedTest(name = "Quốc khánh {0}: 2/9 and {1}")
  @CsvSource({"2021, 2021-09-03", "2022, 2022-09-01", "2023, 2023-09-01", "2024, 2024-09-03",
      "2025, 2025-09-01"})
  void nationalDayAdjacentDayMatchesTheAnnouncedYears(int year, LocalDate adjacent) {
    Map<LocalDate, Holiday> days = byDate(year);
    assertThat(days).containsKey(LocalDate.of(year, 9, 2)).containsKey(adjacent);
    assertThat(days.get(adjacent).name()).isEqualTo("Quốc khánh (ngày liền kề " + adjacent.getDayOfMonth() + "/9)");
  }

  @Test
  void nationalDayAdjacentDayRuleForEveryWeekday() {
    for (int year = 2021; year <= 2040; year++) {
      DayOfWeek dow = LocalDate.of(year, 9, 2).getDayOfWeek();
      LocalDate expected = dow == DayOfWeek.MONDAY || dow == DayOfWeek.THURSDAY
          ? LocalDate.of(year, 9, 3) : LocalDate.of(year, 9, 1);
      assertThat(byDate(year)).as("%s (%s)", year, dow).containsKey(expected);
    }
  }

  @Test
  void outOfRange() {
    assertThatThrownBy(() -> PublicHolidays.of(1900)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PublicHolidays.of(2200)).isInstanceOf(IllegalArgumentException.class);
  }
}

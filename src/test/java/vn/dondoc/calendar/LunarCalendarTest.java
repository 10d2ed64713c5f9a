package vn.dondoc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dondoc.calendar.LunarCalendar.LunarDate;

class LunarCalendarTest {

  /** Tết Nguyên đán (1/1 âm lịch) in Vietnam, as published in Vietnamese calendars. */
  @ParameterizedTest(name = "Tết {0} = {1}")
  @CsvSource({
      "1985, 1985-01-21", // UTC+7: one month before China's 1985-02-20
      "1990, 1990-01-27",
      "1995, 1995-01-31",
      "2000, 2000-02-05",
      "2001, 2001-01-24",
      "2004, 2004-01-22",
      "2006, 2006-01-29",
      "2007, 2007-02-17", // UTC+7: one day before China's 2007-02-18
      "2008, 2008-02-07",
      "2009, 2009-01-26",
      "2010, 2010-02-14",
      "2012, 2012-01-23",
      "2014, 2014-01-31",
      "2015, 2015-02-19",
      "2016, 2016-02-08",
      "2017, 2017-01-28",
      "2018, 2018-02-16",
      "2019, 2019-02-05",
      "2020, 2020-01-25",
      "2021, 2021-02-12",
      "2022, 2022-02-01",
      "2023, 2023-01-22",
      "2024, 2024-02-10",
      "2025, 2025-01-29",
      "2026, 2026-02-17",
      "2027, 2027-02-06",
      "2028, 2028-01-26",
      "2029, 2029-02-13",
      "2031, 2031-01-23"})
  void lunarNewYear(int year, LocalDate tet) {
    assertThat(LunarCalendar.lunarNewYear(year)).isEqualTo(tet);
    assertThat(LunarCalendar.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
    LunarDate eve = LunarCalendar.toLunar(tet.minusDays(1));
    assertThat(eve.year()).isEqualTo(year - 1);
    assertThat(eve.month()).isEqualTo(12);
    assertThat(eve.day()).isIn(29, 30);
  }

  /**
   * 2030: the new moon falls at about 16:07 UTC on 2 February, i.e. 23:07 in Vietnam but 00:07 on 3 February
   * in China, so Vietnam's Tết (2/2) is one day before China's (3/2), as in 2007.
   */
  @Test
  void tet2030IsDecidedByTheUtcPlus7Meridian() {
    double jd = LunarCalendar.newMoonJulianDayUt(1609);
    java.time.ZonedDateTime newMoon = java.time.Instant.ofEpochMilli(Math.round((jd - 2440587.5) * 86_400_000d))
        .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(newMoon.toLocalDate()).isEqualTo(LocalDate.of(2030, 2, 2));
    assertThat(newMoon.getHour()).isEqualTo(23);
    assertThat(LunarCalendar.lunarNewYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
  }

  /** Tết Mậu Thân: 29/1/1968 in the North, which had just moved its calendar to UTC+7 (30/1 at UTC+8). */
  @Test
  void tet1968IsTheFirstOneCountedAtUtcPlus7() {
    assertThat(LunarCalendar.lunarNewYear(1968)).isEqualTo(LocalDate.of(1968, 1, 29));
  }

  /** Every lunar year 1926–2053 against a published Vietnamese table: Tết and the leap month. */
  @Test
  void agreesWithAPublishedTableFrom1926To2053() throws Exception {
    try (var in = getClass().getResourceAsStream("/calendar/tet-1926-2053.csv")) {
      assertThat(in).as("test resource").isNotNull();
      java.util.List<String> rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.startsWith("year")).toList();
      assertThat(rows).hasSize(2053 - 1926 + 1);
      org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
      for (String row : rows) {
        String[] f = row.split(",");
        int year = Integer.parseInt(f[0]);
        soft.assertThat(LunarCalendar.lunarNewYear(year)).as("Tết %d", year).isEqualTo(LocalDate.parse(f[1]));
        soft.assertThat(LunarCalendar.leapMonth(year)).as("leap month %d", year).isEqualTo(Integer.parseInt(f[2]));
      }
      soft.assertAll();
    }
  }

  /** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
  @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
  @CsvSource({
      "2020, 2020-04-02",
      "2021, 2021-04-21",
      "2022, 2022-04-10",
      "2023, 2023-04-29",
      "2024, 2024-04-18",
      "2025, 2025-04-07",
      "2026, 2026-04-26"})
  void hungKingsDay(int year, LocalDate day) {
    assertThat(LunarCalendar.toSolar(year, 3, 10, false)).isEqualTo(day);
    assertThat(LunarCalendar.toLunar(day)).isEqualTo(new LunarDate(year, 3, 10, false));
  }

  @ParameterizedTest(name = "leap month of {0} is {1}")
  @CsvSource({
      "2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2",
      "2025, 6",
      "2018, 0", "2019, 0", "2021, 0", "2022, 0", "2024, 0", "2026, 0"})
  void leapMonths(int year, int leapMonth) {
    assertThat(LunarCalendar.leapMonth(year)).isEqualTo(leapMonth);
  }

  @Test
  void leapMonthFollowsItsRegularMonth() {
    // 2020: tháng 4 nhuận Canh Tý, between the regular 4th and the 5th month.
    LocalDate fourth = LunarCalendar.toSolar(2020, 4, 1, false);
    LocalDate leapFourth = LunarCalendar.toSolar(2020, 4, 1, true);
    LocalDate fifth = LunarCalendar.toSolar(2020, 5, 1, false);
    assertThat(fourth).isEqualTo(LocalDate.of(2020, 4, 23));
    assertThat(leapFourth).isEqualTo(LocalDate.of(2020, 5, 23));
    assertThat(fifth).isEqualTo(LocalDate.of(2020, 6, 21));
    assertThat(LunarCalendar.toLunar(LocalDate.of(2020, 6, 1))).isEqualTo(new LunarDate(2020, 4, 10, true));
    // 2023: tháng 2 nhuận Quý Mão.
    assertThat(LunarCalendar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
    // 2025: tháng 6 nhuận Ất Tỵ.
    assertThat(LunarCalendar.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
  }

  @Test
  void otherKnownDays() {
    // Tết Trung thu (15/8) and the Kitchen Gods' day (23/12).
    assertThat(LunarCalendar.toSolar(2023, 8, 15, false)).isEqualTo(LocalDate.of(2023, 9, 29));
    assertThat(LunarCalendar.toSolar(2024, 8, 15, false)).isEqualTo(LocalDate.of(2024, 9, 17));
    assertThat(LunarCalendar.toSolar(2024, 12, 23, false)).isEqualTo(LocalDate.of(2025, 1, 22));
    // The month 12 of Giáp Thìn has 29 days, so Tết 2025 had no "30 Tết".
    assertThat(LunarCalendar.monthLength(2024, 12, false)).isEqualTo(29);
    assertThat(LunarCalendar.monthLength(2023, 12, false)).isEqualTo(30);
  }

  @Test
  void roundTripsEveryDayOverThreeCenturies() {
    LocalDate day = LocalDate.of(1901, 1, 1);
    LunarDate previous = LunarCalendar.toLunar(day.minusDays(1));
    int leapMonthsSeen = 0;
    while (day.getYear() < 2199) {
      LunarDate lunar = LunarCalendar.toLunar(day);
      assertThat(LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leap()))
          .as("round trip of %s (%s)", day, lunar).isEqualTo(day);
      // Consecutive: next day of the month, or day 1 of the next month after a 29- or 30-day month.
      if (lunar.day() == 1) {
        assertThat(previous.day()).as("month before %s", day).isIn(29, 30);
        if (lunar.leap()) {
          leapMonthsSeen++;
          assertThat(lunar.month()).isEqualTo(previous.month());
        } else {
          assertThat(lunar.month()).isEqualTo(previous.month() % 12 + 1);
          assertThat(lunar.year()).isEqualTo(lunar.month() == 1 ? previous.year() + 1 : previous.year());
        }
      } else {
        assertThat(lunar).isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1,
            previous.leap()));
      }
      previous = lunar;
      day = day.plusDays(1);
    }
    // 7 leap months every 19 years: about 109 in 298 years.
    assertThat(leapMonthsSeen).isBetween(106, 112);
  }

  @Test
  void rejectsDaysThatDoNotExist() {
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 4, 1, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 12, 30, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 13, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1800, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package vn.dondoc.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for the meridian of UTC+7.
 *
 * <p>Rules: a lunar month starts on the local day of a new moon; the month that contains the winter solstice
 * is month 11; when 13 new moons start between two such months, the first of them (after month 11) that
 * contains no major solar term (the Sun does not enter a new 30° sign of longitude) is the leap month and
 * repeats the number of the month before it. The Vietnamese calendar uses UTC+7 since 1968, which is why it
 * sometimes differs from the Chinese one (UTC+8): e.g. Tết 1985, 2007 and 2030. Before 1968 it followed the
 * Chinese meridian (UTC+8), and so does this class for new moons and solar terms before 1 January 1968.
 *
 * <p>Astronomy: mean new moons with the main periodic corrections of Meeus' "Astronomical Algorithms"
 * (ch. 49) and the Sun's apparent longitude from the low-precision solar theory (ch. 25). That is accurate
 * to minutes, enough for day boundaries in the range supported here ({@link #MIN_YEAR}–{@link #MAX_YEAR}).
 */
public final class LunarCalendar {

  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2199;

  /** From this day on, the calendar is counted at UTC+7; before it, at UTC+8. */
  static final long FIRST_UTC7_DAY = LocalDate.of(1968, 1, 1).toEpochDay();
  private static final double SYNODIC_MONTH = 29.530588853;
  /** Julian ephemeris day of the new moon of 1900-01-01 (Meeus' k = 0). */
  private static final double NEW_MOON_EPOCH = 2415020.75933;
  private static final double RAD = Math.PI / 180.0;

  /** A day of the lunar calendar. {@code leap} marks the repeated (intercalary) month. */
  public record LunarDate(int year, int month, int day, boolean leap) {
    @Override
    public String toString() {
      return day + "/" + month + (leap ? " nhuận" : "") + "/" + year;
    }
  }

  /** One lunar month: its number, whether it is the leap month, the lunar year and its first solar day. */
  private record Month(int year, int number, boolean leap, long firstDay) {}

  /**
   * Months between the month 11 that contains the winter solstice of {@code solarYear - 1} (inclusive) and the
   * one of {@code solarYear} (exclusive), plus that following month 11 as an end marker; keyed by solarYear.
   */
  private static final Map<Integer, List<Month>> SEGMENTS = new ConcurrentHashMap<>();

  private LunarCalendar() {}

  /** The lunar date of a solar (Gregorian) day. */
  public static LunarDate toLunar(LocalDate solar) {
    checkRange(solar.getYear());
    long dayNumber = solar.toEpochDay();
    int y = solar.getYear();
    List<Month> months = segment(y + 1);
    if (dayNumber < months.get(0).firstDay()) {
      months = segment(y);
    }
    for (int i = months.size() - 2; i >= 0; i--) {
      Month m = months.get(i);
      if (dayNumber >= m.firstDay()) {
        return new LunarDate(m.year(), m.number(), (int) (dayNumber - m.firstDay()) + 1, m.leap());
      }
    }
    throw new IllegalStateException("No lunar month found for " + solar);
  }

  /**
   * The solar day of a lunar date.
   *
   * @throws IllegalArgumentException if the month is not a leap month that year, or the day does not exist
   *     (a short month has 29 days)
   */
  public static LocalDate toSolar(int lunarYear, int month, int day, boolean leap) {
    checkRange(lunarYear);
    if (month < 1 || month > 12 || day < 1 || day > 30) {
      throw new IllegalArgumentException("No such lunar date: " + day + "/" + month + "/" + lunarYear);
    }
    // Months 11 and 12 of lunar year Y lie before the solstice of solar year Y+1.
    List<Month> months = segment(month >= 11 ? lunarYear + 1 : lunarYear);
    for (int i = 0; i < months.size() - 1; i++) {
      Month m = months.get(i);
      if (m.year() == lunarYear && m.number() == month && m.leap() == leap) {
        long length = months.get(i + 1).firstDay() - m.firstDay();
        if (day > length) {
          throw new IllegalArgumentException("Lunar month " + month + "/" + lunarYear + " has only " + length
              + " days");
        }
        return LocalDate.ofEpochDay(m.firstDay() + day - 1);
      }
    }
    throw new IllegalArgumentException("Lunar year " + lunarYear + " has no " + (leap ? "leap " : "")
        + "month " + month);
  }

  /** The leap month of a lunar year (1–12), or 0 when the year has none. */
  public static int leapMonth(int lunarYear) {
    checkRange(lunarYear);
    for (int solarYear : new int[] {lunarYear, lunarYear + 1}) {
      for (Month m : segment(solarYear)) {
        if (m.leap() && m.year() == lunarYear) {
          return m.number();
        }
      }
    }
    return 0;
  }

  /** Number of days of a lunar month (29 or 30). */
  public static int monthLength(int lunarYear, int month, boolean leap) {
    LocalDate first = toSolar(lunarYear, month, 1, leap);
    return toLunar(first.plusDays(29)).day() == 30 ? 30 : 29;
  }

  /** Tết Nguyên đán: the first day of the lunar year, always in the same solar year. */
  public static LocalDate lunarNewYear(int lunarYear) {
    return toSolar(lunarYear, 1, 1, false);
  }

  private static void checkRange(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("Lunar calendar supported from " + MIN_YEAR + " to " + MAX_YEAR
          + ", not " + year);
    }
  }

  private static List<Month> segment(int solarYear) {
    return SEGMENTS.computeIfAbsent(solarYear, LunarCalendar::computeSegment);
  }

  private static List<Month> computeSegment(int solarYear) {
    long start = month11Start(solarYear - 1);
    long end = month11Start(solarYear);
    int k = (int) Math.round((start - epochDayOfJd(NEW_MOON_EPOCH)) / SYNODIC_MONTH);
    // Find the index of the new moon that starts month 11 (rounding may be one off).
    while (newMoonDay(k) > start) {
      k--;
    }
    while (newMoonDay(k) < start) {
      k++;
    }
    List<Long> starts = new ArrayList<>();
    for (int i = 0; newMoonDay(k + i) <= end; i++) {
      starts.add(newMoonDay(k + i));
    }
    int count = starts.size() - 1; // months in this segment: 12 or 13
    int leapIndex = -1;
    if (count == 13) {
      for (int i = 1; i < count; i++) {
        if (majorTermIndex(starts.get(i)) == majorTermIndex(starts.get(i + 1))) {
          leapIndex = i;
          break;
        }
      }
      if (leapIndex < 0) {
        throw new IllegalStateException("Leap year without a month lacking a major term: " + solarYear);
      }
    }
    List<Month> months = new ArrayList<>(count + 1);
    int number = 10; // the first month of the segment is 11
    for (int i = 0; i < count; i++) {
      boolean leap = i == leapIndex;
      if (!leap) {
        number = number % 12 + 1;
      }
      // Months 11 and 12 (before the first month 1 of the segment) belong to the previous lunar year.
      boolean beforeNewYear = number >= 11 && i < 4;
      months.add(new Month(beforeNewYear ? solarYear - 1 : solarYear, number, leap, starts.get(i)));
    }
    months.add(new Month(solarYear, 11, false, end));
    return List.copyOf(months);
  }

  /** The calendar's time zone, in days, at a moment given as an epoch day (UT, fractional). */
  static double timeZoneDays(double epochDayUt) {
    return (epochDayUt + 8.0 / 24 >= FIRST_UTC7_DAY ? 7 : 8) / 24.0;
  }

  /** Local epoch day on which the lunar month 11 containing the solstice of {@code solarYear} starts. */
  static long month11Start(int solarYear) {
    long dec31 = LocalDate.of(solarYear, 12, 31).toEpochDay();
    int k = (int) Math.floor((dec31 + 1 - epochDayOfJd(NEW_MOON_EPOCH)) / SYNODIC_MONTH);
    while (newMoonDay(k) > dec31) {
      k--;
    }
    long newMoon = newMoonDay(k);
    // The Sun at or past 270° when this month starts: the solstice fell in the month before.
    if (majorTermIndex(newMoon) >= 9) {
      newMoon = newMoonDay(k - 1);
    }
    return newMoon;
  }

  /** Local epoch day of the k-th new moon after the one of 1900-01-01. */
  static long newMoonDay(int k) {
    double epochDayUt = epochDayOfJd(newMoonJulianDayUt(k));
    return (long) Math.floor(epochDayUt + timeZoneDays(epochDayUt));
  }

  /** Julian day (UT) of the k-th new moon: mean phase plus the main periodic terms. */
  static double newMoonJulianDayUt(int k) {
    double t = k / 1236.85; // Julian centuries from 1900
    double t2 = t * t;
    double t3 = t2 * t;
    double jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.0001178 * t2 - 0.000000155 * t3
        + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
    double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
    double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
    double latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
    double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
        + 0.0021 * Math.sin(2 * sunAnomaly)
        - 0.4068 * Math.sin(moonAnomaly)
        + 0.0161 * Math.sin(2 * moonAnomaly)
        - 0.0004 * Math.sin(3 * moonAnomaly)
        + 0.0104 * Math.sin(2 * latitudeArg)
        - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
        - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
        + 0.0004 * Math.sin(2 * latitudeArg + sunAnomaly)
        - 0.0004 * Math.sin(2 * latitudeArg - sunAnomaly)
        - 0.0006 * Math.sin(2 * latitudeArg + moonAnomaly)
        + 0.0010 * Math.sin(2 * latitudeArg - moonAnomaly)
        + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
    // Ephemeris time minus universal time (ΔT), in days, by a polynomial fit over the modern era.
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jde + correction - deltaT;
  }

  /**
   * Index 0–11 of the 30° sign of the Sun's apparent longitude at the local midnight that starts the given
   * epoch day; 9 is the sign from the winter solstice (270°).
   */
  static int majorTermIndex(long epochDay) {
    double jd = epochDay + 2440587.5 - (epochDay >= FIRST_UTC7_DAY ? 7 : 8) / 24.0;
    return (int) Math.floor(sunLongitude(jd) / (Math.PI / 6));
  }

  /** The Sun's apparent ecliptic longitude in radians, [0, 2π), at Julian day {@code jd}. */
  static double sunLongitude(double jd) {
    double t = (jd - 2451545.0) / 36525; // Julian centuries from J2000
    double t2 = t * t;
    double meanAnomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
    double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double center = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
        + 0.000290 * Math.sin(3 * meanAnomaly);
    double longitude = (meanLongitude + center) * RAD;
    longitude = longitude % (2 * Math.PI);
    return longitude < 0 ? longitude + 2 * Math.PI : longitude;
  }

  private static double epochDayOfJd(double jd) {
    return jd - 2440587.5;
  }
}

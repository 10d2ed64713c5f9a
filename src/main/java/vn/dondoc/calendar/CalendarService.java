package vn.dondoc.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.dondoc.platform.ApiException;

/** Reads the calendar of a year and records the administrators' overrides (append-only). */
@Service
public class CalendarService {

  public static final int MAX_REASON = 500;
  /** Longest span the API counts over, to keep one request cheap. */
  public static final int MAX_DAYS = 20_000;

  private final DatabaseWorkingCalendar calendar;
  private final CalendarOverrideRepository overrides;
  private final Clock clock = Clock.system(VietnamTime.ZONE);

  public CalendarService(DatabaseWorkingCalendar calendar, CalendarOverrideRepository overrides) {
    this.calendar = calendar;
    this.overrides = overrides;
  }

  /** A day that differs from an ordinary week: a holiday, a compensatory day or an override. */
  public record SpecialDay(LocalDate date, boolean working, String name, String source) {}

  /** The calendar of one solar year. */
  public record YearView(int year, LocalDate lunarNewYear, int leapMonth, int workingDays, List<Holiday> holidays,
      List<CalendarOverride> overrides, List<SpecialDay> specialDays) {}

  /** One day: working or not, why, and its lunar date. */
  public record DayView(LocalDate date, boolean working, String lunarDate, String reason) {}

  public YearView year(int year) {
    checkYear(year);
    YearCalendar table = calendar.year(year);
    Map<LocalDate, SpecialDay> special = new TreeMap<>();
    for (Holiday h : table.holidays()) {
      special.put(h.date(), new SpecialDay(h.date(), false, h.name(), h.kind().name()));
    }
    for (CalendarOverride o : table.overrides().values()) {
      special.put(o.date(), new SpecialDay(o.date(), o.kind() == CalendarOverride.Kind.WORKING_DAY, o.reason(),
          "OVERRIDE"));
    }
    return new YearView(year, LunarCalendar.lunarNewYear(year), LunarCalendar.leapMonth(year),
        table.workingDaysInYear(), table.holidays(), List.copyOf(table.overrides().values()),
        List.copyOf(special.values()));
  }

  public DayView day(LocalDate date) {
    checkYear(date.getYear());
    YearCalendar table = calendar.year(date.getYear());
    String reason;
    CalendarOverride override = table.overrides().get(date);
    if (override != null) {
      reason = override.reason();
    } else {
      reason = table.holidays().stream().filter(h -> h.date().equals(date)).map(Holiday::name).findFirst()
          .orElse(PublicHolidays.isWeekend(date) ? "Nghỉ cuối tuần" : null);
    }
    return new DayView(date, table.isWorkingDay(date), LunarCalendar.toLunar(date).toString(), reason);
  }

  public int workingDaysBetween(LocalDate from, LocalDate to) {
    checkYear(from.getYear());
    checkYear(to.getYear());
    return calendar.workingDaysBetween(from, to);
  }

  public LocalDate addWorkingDays(LocalDate start, int days) {
    checkYear(start.getYear());
    if (Math.abs(days) > MAX_DAYS) {
      throw ApiException.badRequest("CALENDAR_DAYS_OUT_OF_RANGE",
          "Số ngày làm việc phải nằm trong khoảng từ -" + MAX_DAYS + " đến " + MAX_DAYS + ".");
    }
    try {
      return calendar.addWorkingDays(start, days);
    } catch (IllegalArgumentException e) {
      // The count ran past the years the holidays are computed for.
      throw yearOutOfRange();
    }
  }

  /** Every row recorded for dates in {@code year}, oldest first per date (who decided what, and when). */
  public List<CalendarOverride> history(int year) {
    checkYear(year);
    List<CalendarOverride> rows = new ArrayList<>(overrides.history(LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31)));
    rows.sort(Comparator.comparing(CalendarOverride::date).thenComparing(CalendarOverride::id));
    return rows;
  }

  /** Records that {@code date} is off or worked, overriding the rules; a later record for the date wins. */
  @Transactional
  public CalendarOverride record(LocalDate date, CalendarOverride.Kind kind, String reason, String user) {
    if (date == null) {
      throw ApiException.badRequest("CALENDAR_DATE_REQUIRED", "Vui lòng chọn ngày.");
    }
    if (kind == null) {
      throw ApiException.badRequest("CALENDAR_KIND_REQUIRED",
          "Vui lòng chọn loại: ngày nghỉ (DAY_OFF) hoặc ngày làm việc (WORKING_DAY).");
    }
    checkYear(date.getYear());
    String text = checkReason(reason);
    boolean workingByRules = isWorkingByRules(date);
    if (workingByRules == (kind == CalendarOverride.Kind.WORKING_DAY)) {
      throw ApiException.badRequest("CALENDAR_OVERRIDE_SAME_AS_RULE", "Ngày " + vietnamese(date)
          + " theo quy định đã là " + (workingByRules ? "ngày làm việc" : "ngày nghỉ")
          + ", không cần ghi ngoại lệ. Nếu muốn bỏ ngoại lệ đã ghi, hãy dùng thao tác hủy ngoại lệ.");
    }
    CalendarOverride row = overrides.append(date, kind, text, false, OffsetDateTime.now(clock), user);
    invalidateAfterCommit();
    return row;
  }

  /** Takes {@code date} back to the rules, keeping the withdrawn override on record. */
  @Transactional
  public CalendarOverride withdraw(LocalDate date, String reason, String user) {
    checkYear(date.getYear());
    String text = checkReason(reason);
    CalendarOverride current = overrides.inForce(date, date).stream().findFirst()
        .orElseThrow(() -> ApiException.notFound("CALENDAR_OVERRIDE_NOT_FOUND",
            "Ngày " + vietnamese(date) + " không có ngoại lệ nào đang có hiệu lực."));
    CalendarOverride row = overrides.append(date, current.kind(), text, true, OffsetDateTime.now(clock), user);
    invalidateAfterCommit();
    return row;
  }

  private static boolean isWorkingByRules(LocalDate date) {
    return !PublicHolidays.isWeekend(date)
        && PublicHolidays.of(date.getYear()).stream().noneMatch(h -> h.date().equals(date));
  }

  private void invalidateAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          calendar.invalidate();
        }
      });
    } else {
      calendar.invalidate();
    }
  }

  private static String checkReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw ApiException.badRequest("CALENDAR_REASON_REQUIRED",
          "Vui lòng ghi lý do (ví dụ: số và ngày văn bản thông báo lịch nghỉ).");
    }
    String text = reason.strip();
    if (text.length() > MAX_REASON) {
      throw ApiException.badRequest("CALENDAR_REASON_TOO_LONG", "Lý do không được dài quá " + MAX_REASON + " ký tự.");
    }
    return text;
  }

  static void checkYear(int year) {
    if (year < PublicHolidays.MIN_YEAR || year > PublicHolidays.MAX_YEAR) {
      throw yearOutOfRange();
    }
  }

  private static ApiException yearOutOfRange() {
    return ApiException.badRequest("CALENDAR_YEAR_OUT_OF_RANGE", "Lịch làm việc chỉ tính cho các năm từ "
        + PublicHolidays.MIN_YEAR + " đến " + PublicHolidays.MAX_YEAR + ".");
  }

  private static String vietnamese(LocalDate date) {
    return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
  }
}

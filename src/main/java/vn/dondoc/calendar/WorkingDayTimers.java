package vn.dondoc.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Working-day dates for BPMN expressions, as the bean {@code workingDays}: e.g. a reminder timer with
 * {@code <timeDate>${workingDays.before(deadline, 2)}</timeDate>} fires two working days before the deadline.
 *
 * <p>The date may be a {@link Date}, {@link LocalDate}, {@link LocalDateTime}, {@link OffsetDateTime},
 * {@link ZonedDateTime} or an ISO-8601 string of one of them. A date without a time gives
 * {@link #OFFICE_START} (08:00) in Asia/Ho_Chi_Minh; a date with a time keeps its Vietnamese clock time.
 */
@Component("workingDays")
public class WorkingDayTimers {

  /** Timers computed from a bare date fire when the office opens. */
  public static final LocalTime OFFICE_START = LocalTime.of(8, 0);

  private final WorkingCalendar calendar;

  public WorkingDayTimers(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** {@code days} working days after {@code date}. */
  public Date after(Object date, int days) {
    return shift(date, days);
  }

  /** {@code days} working days before {@code date}. */
  public Date before(Object date, int days) {
    return shift(date, -days);
  }

  /** Whether {@code date} (at its Vietnamese date) is a working day. */
  public boolean isWorkingDay(Object date) {
    return calendar.isWorkingDay(toZoned(date).toLocalDate());
  }

  private Date shift(Object date, int days) {
    ZonedDateTime start = toZoned(date);
    LocalDate day = calendar.addWorkingDays(start.toLocalDate(), days);
    return Date.from(start.with(day).toInstant());
  }

  static ZonedDateTime toZoned(Object date) {
    if (date == null) {
      throw new IllegalArgumentException("No date given to workingDays");
    }
    if (date instanceof Date d) {
      return d.toInstant().atZone(VietnamTime.ZONE);
    }
    if (date instanceof LocalDate d) {
      return d.atTime(OFFICE_START).atZone(VietnamTime.ZONE);
    }
    if (date instanceof LocalDateTime d) {
      return d.atZone(VietnamTime.ZONE);
    }
    if (date instanceof OffsetDateTime d) {
      return d.atZoneSameInstant(VietnamTime.ZONE);
    }
    if (date instanceof ZonedDateTime d) {
      return d.withZoneSameInstant(VietnamTime.ZONE);
    }
    String text = date.toString().trim();
    try {
      if (text.length() == 10) {
        return toZoned(LocalDate.parse(text));
      }
      if (text.endsWith("Z") || text.matches(".*T.*[+-]\\d{2}:?\\d{2}$")) {
        return toZoned(OffsetDateTime.parse(text));
      }
      return toZoned(LocalDateTime.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not an ISO date: '" + text + "'", e);
    }
  }
}

package vn.dondoc.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's {@code duration} and {@code dueDate} business calendars, extended with working days.
 *
 * <p>Syntax (in {@code timeDuration}, {@code timeDate} and a user task's {@code camunda:dueDate}):
 * <ul>
 *   <li>{@code P3WD} — three Vietnamese working days after the moment the timer is created, at the same clock
 *       time in Asia/Ho_Chi_Minh (created on Friday 10:00 before an ordinary weekend, {@code P1WD} is due on
 *       Monday 10:00);</li>
 *   <li>{@code -P2WD} — two working days before that moment (useful only from expressions);</li>
 *   <li>anything else is handed to Camunda's own calendar, so ISO durations ({@code PT1H}, {@code P10D}) and
 *       ISO dates work as before; in {@code timeDate}, a date or date-time without an offset
 *       ({@code 2024-03-01}, {@code 2024-03-01T09:00}) is read in Asia/Ho_Chi_Minh, not in the JVM's zone.</li>
 * </ul>
 * A date relative to another date (a reminder two working days before a deadline) is written with the
 * {@link WorkingDayTimers} bean: {@code ${workingDays.before(deadline, 2)}}. Cycles ({@code timeCycle}) are
 * unchanged. See docs/calendar.md.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

  /** Sign, then a count of working days: {@code P3WD}, {@code -P2WD}. */
  static final Pattern WORKING_DAYS = Pattern.compile("\\s*(-?)P(\\d{1,4})WD\\s*");

  private final WorkingCalendar calendar;
  private final BusinessCalendar standard;
  private final boolean localDates;

  /**
   * @param standard Camunda's calendar for everything that is not a working-day duration
   * @param localDates whether ISO date-times without an offset are read as Vietnamese local time (dueDate)
   */
  public WorkingDayBusinessCalendar(WorkingCalendar calendar, BusinessCalendar standard, boolean localDates) {
    this.calendar = calendar;
    this.standard = standard;
    this.localDates = localDates;
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    Matcher m = duedateDescription == null ? null : WORKING_DAYS.matcher(duedateDescription);
    if (m != null && m.matches()) {
      int days = Integer.parseInt(m.group(2)) * (m.group(1).isEmpty() ? 1 : -1);
      Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
      return addWorkingDays(calendar, start, days);
    }
    if (localDates && duedateDescription != null) {
      Date local = parseLocal(duedateDescription.trim());
      if (local != null) {
        return local;
      }
    }
    return standard.resolveDuedate(duedateDescription, startDate);
  }

  /** The same Vietnamese clock time, {@code days} working days later (earlier when negative). */
  static Date addWorkingDays(WorkingCalendar calendar, Date start, int days) {
    ZonedDateTime local = start.toInstant().atZone(VietnamTime.ZONE);
    LocalDate day = calendar.addWorkingDays(local.toLocalDate(), days);
    return Date.from(local.with(day).toInstant());
  }

  private static Date parseLocal(String text) {
    try {
      if (text.length() == 10) {
        return Date.from(LocalDate.parse(text).atStartOfDay(VietnamTime.ZONE).toInstant());
      }
      return Date.from(LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toInstant());
    } catch (DateTimeParseException e) {
      return null; // an offset, a zone or a duration: Camunda's calendar reads it
    }
  }
}

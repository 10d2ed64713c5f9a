package vn.dondoc.deployment;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;

/**
 * Checks a literal timer value the way the engine will read it when the timer is created, so that a typo fails
 * at deployment instead of as an incident weeks later. Uses the engine's own parsers.
 */
final class TimerPolicy {

  enum Kind { DATE, DURATION, CYCLE }

  /**
   * Working days ({@code P3WD}, {@code -P2WD}): read by vn.dondoc.calendar.WorkingDayBusinessCalendar, which
   * replaces the engine's duration and due-date calendars (not cycles).
   */
  static final java.util.regex.Pattern WORKING_DAYS = java.util.regex.Pattern.compile("-?P\\d+WD");

  private TimerPolicy() {}

  /** Why the value is invalid (Vietnamese), or empty when the engine will accept it. */
  static Optional<String> check(Kind kind, String rawValue) {
    String value = rawValue == null ? "" : rawValue.trim();
    if (value.isEmpty()) {
      return Optional.of("bộ hẹn giờ chưa có giá trị");
    }
    if (kind != Kind.CYCLE && WORKING_DAYS.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      switch (kind) {
        case DATE -> {
          // The engine's due-date calendar reads a leading P as a duration from now, otherwise an ISO date.
          if (value.startsWith("P")) {
            requireDuration(value);
          } else {
            DateTimeUtil.parseDate(value);
          }
        }
        case DURATION -> requireDuration(value);
        case CYCLE -> {
          if (value.startsWith("R")) {
            DurationHelper helper = new DurationHelper(value, new Date());
            if (!helper.isRepeat() || helper.getDateAfter(new Date()) == null) {
              throw new IllegalArgumentException("not a repeating interval");
            }
          } else {
            CronTimer.parse(value);
          }
        }
        default -> throw new IllegalStateException();
      }
      return Optional.empty();
    } catch (Exception e) {
      return Optional.of(switch (kind) {
        case DATE -> "thời điểm phải theo ISO 8601, ví dụ 2026-12-31T17:00:00";
        case DURATION -> "khoảng thời gian phải theo ISO 8601, ví dụ P3D (3 ngày), PT2H (2 giờ) hoặc P3WD "
            + "(3 ngày làm việc)";
        case CYCLE -> "chu kỳ phải theo ISO 8601, ví dụ R/P1M (mỗi tháng) hoặc R3/PT10M, "
            + "hoặc biểu thức cron 6 trường, ví dụ 0 0 8 * * MON";
      });
    }
  }

  private static void requireDuration(String value) throws Exception {
    if (!value.startsWith("P") || value.contains("/")) {
      throw new IllegalArgumentException("not a duration");
    }
    DurationHelper helper = new DurationHelper(value, new Date());
    if (helper.getDateAfter(new Date()) == null) {
      throw new IllegalArgumentException("not a duration");
    }
  }
}

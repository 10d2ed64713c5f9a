package vn.dondoc.intake;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The deadline of a task as the text states it.
 *
 * @param type        FIXED (a date), RELATIVE (n days/months after signing), PERIOD (a quarter, month or year:
 *                    {@code date} is its last day), RECURRING (with {@code cadence}) or NONE
 * @param cadence     for RECURRING: WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, CONTINUOUS ("thường
 *                    xuyên") or PERIODIC ("định kỳ" without a period)
 * @param amount      for RELATIVE: how many {@code unit}s (DAY, WEEK, MONTH)
 * @param workingDays for RELATIVE: counted in working days, so {@code date} is left to the working calendar
 * @param text        the words the deadline was read from
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Deadline(String type, LocalDate date, String cadence, Integer amount, String unit,
    boolean workingDays, String text) {

  public static final Deadline NONE = new Deadline("NONE", null, null, null, null, false, null);

  public static Deadline fixed(LocalDate date, String text) {
    return new Deadline("FIXED", date, null, null, null, false, text);
  }

  public static Deadline period(LocalDate lastDay, String text) {
    return new Deadline("PERIOD", lastDay, null, null, null, false, text);
  }

  public static Deadline recurring(String cadence, String text) {
    return new Deadline("RECURRING", null, cadence, null, null, false, text);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isNone() {
    return "NONE".equals(type);
  }
}

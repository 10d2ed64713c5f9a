package vn.dondoc.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One recorded decision about one day, from the government's yearly announcement: the day is off
 * ({@link Kind#DAY_OFF}, e.g. a bridge day before Tết) or is worked ({@link Kind#WORKING_DAY}, e.g. the Saturday
 * that pays the bridge day back). Rows are appended, never changed: the latest row of a date is in force; a row
 * with {@code withdrawn} set takes the date back to the computed rules.
 */
public record CalendarOverride(long id, LocalDate date, Kind kind, String reason, boolean withdrawn,
    OffsetDateTime recordedAt, String recordedBy) {

  public enum Kind {
    DAY_OFF,
    WORKING_DAY
  }
}

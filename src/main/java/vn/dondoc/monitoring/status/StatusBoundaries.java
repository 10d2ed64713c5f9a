package vn.dondoc.monitoring.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import vn.dondoc.calendar.WorkingCalendar;

/**
 * The dates that separate the statuses on one as-of date, computed once (with the working calendar) and used
 * by both {@link StatusFunction} and the SQL of {@link StatusSql}, so the two agree by construction.
 *
 * @param asOf         the as-of date (Asia/Ho_Chi_Minh)
 * @param asOfEnd      the first instant after the as-of date: facts stamped before it are known on the date
 * @param dueSoonLimit the last deadline that counts as due soon: {@code dueSoonDays} working days after asOf
 */
public record StatusBoundaries(LocalDate asOf, OffsetDateTime asOfEnd, LocalDate dueSoonLimit, int dueSoonDays,
    ZoneId zone) {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  public static StatusBoundaries of(LocalDate asOf, int dueSoonDays, WorkingCalendar calendar) {
    if (asOf == null) {
      throw new IllegalArgumentException("asOf is required");
    }
    if (dueSoonDays < 0) {
      throw new IllegalArgumentException("dueSoonDays must not be negative");
    }
    OffsetDateTime end = asOf.plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime();
    return new StatusBoundaries(asOf, end, calendar.addWorkingDays(asOf, dueSoonDays), dueSoonDays, VIETNAM);
  }

  /** The Vietnamese calendar date of an instant. */
  LocalDate dateOf(OffsetDateTime instant) {
    return instant.atZoneSameInstant(zone).toLocalDate();
  }

  /** True when a fact stamped at {@code instant} is known on the as-of date. */
  boolean knownBy(OffsetDateTime instant) {
    return instant != null && instant.isBefore(asOfEnd);
  }
}

package vn.dondoc.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

import vn.dondoc.platform.ApiException;

/** Dates as people read them (dd/MM/yyyy) and as forms submit them (ISO strings). */
public final class Dates {

  public static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  public static String format(LocalDate date) {
    return date == null ? "" : VN.format(date);
  }

  /**
   * Parses what a form or caller sent: ISO date ("2024-06-30"), ISO date-time, dd/MM/yyyy, or a Date.
   * Null or blank gives null; anything else a clear error naming the field.
   */
  public static LocalDate parse(Object value, String fieldLabel) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(FollowupStore.ZONE).toLocalDate();
    }
    String s = value.toString().trim();
    if (s.isEmpty()) {
      return null;
    }
    try {
      if (s.length() == 10 && s.charAt(4) == '-') {
        return LocalDate.parse(s);
      }
      if (s.length() == 10 && s.charAt(2) == '/') {
        return LocalDate.parse(s, VN);
      }
      if (s.length() > 10 && s.charAt(4) == '-') {
        try {
          return OffsetDateTime.parse(s).atZoneSameInstant(FollowupStore.ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
          return LocalDate.parse(s.substring(0, 10));
        }
      }
    } catch (DateTimeParseException e) {
      // fall through to the error below
    }
    throw ApiException.badRequest("INVALID_DATE", fieldLabel + ": \"" + s + "\" không phải là ngày hợp lệ (dd/MM/yyyy).");
  }

  /** Reminders and review timers fire at 08:00 local time on their day. */
  public static Date morningOf(LocalDate day) {
    ZonedDateTime at = day.atTime(8, 0).atZone(FollowupStore.ZONE);
    return Date.from(at.toInstant());
  }

  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(17, 0).atZone(FollowupStore.ZONE).toInstant());
  }
}

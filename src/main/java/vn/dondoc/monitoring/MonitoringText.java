package vn.dondoc.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import vn.dondoc.calendar.VietnamTime;

/** Vietnamese date formats used by the monitoring pages, exports and reports. */
public final class MonitoringText {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private MonitoringText() {}

  public static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  public static String dateTime(OffsetDateTime t) {
    return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(VietnamTime.ZONE));
  }

  /** "ngày 11 tháng 8 năm 2023", as the place-and-date line of a party document writes it. */
  public static String longDate(LocalDate d) {
    return "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
  }
}

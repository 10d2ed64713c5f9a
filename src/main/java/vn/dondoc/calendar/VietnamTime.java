package vn.dondoc.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import vn.dondoc.DonDocApplication;

/** Dates are Vietnamese dates: the zone is always named, never the JVM default. */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of(DonDocApplication.TIME_ZONE);

  private VietnamTime() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}

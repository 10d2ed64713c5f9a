package vn.dondoc.calendar;

import java.time.LocalDate;

/**
 * A day off given by the rules: a public holiday of the Labour Code, or the compensatory day (nghỉ bù) for a
 * holiday that fell on a weekend. {@code name} is Vietnamese, for people.
 */
public record Holiday(LocalDate date, String name, Kind kind) {

  public enum Kind {
    /** A public holiday (ngày lễ, tết) of Art. 112 of the Labour Code 2019. */
    PUBLIC_HOLIDAY,
    /** The next working day off for a holiday on a Saturday or Sunday (nghỉ bù, Art. 111(3)). */
    COMPENSATORY
  }
}

package vn.dondoc.followup;

import java.time.LocalDate;

import vn.dondoc.calendar.WorkingCalendar;
import vn.dondoc.support.TestCalendar;

/** Engine-only tests: weekends and a fixed set of holidays, enough to see that offsets count working days. */
final class TestWorkingCalendar {

  static WorkingCalendar calendar() {
    return new TestCalendar(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 9, 2));
  }

  static FollowupCalendar followupDates() {
    return new FollowupCalendar(calendar());
  }

  private TestWorkingCalendar() {}
}

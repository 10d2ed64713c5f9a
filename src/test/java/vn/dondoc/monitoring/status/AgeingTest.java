package vn.dondoc.monitoring.status;

import vn.dondoc.support.TestCalendar;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;



import static org.assertj.core.api.Assertions.assertThat;

/** The ageing boundaries give the same bucket as the status function's days late, for every deadline. */
class AgeingTest {

  @Test
  void boundariesAgreeWithDaysLate() {
    TestCalendar cal = new TestCalendar(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1));
    StatusFunction f = new StatusFunction(cal);
    for (LocalDate asOf = LocalDate.of(2024, 4, 20); asOf.isBefore(LocalDate.of(2024, 5, 10)); asOf = asOf.plusDays(1)) {
      StatusBoundaries b = StatusBoundaries.of(asOf, 3, cal);
      for (LocalDate d = asOf.minusDays(120); d.isBefore(asOf); d = d.plusDays(1)) {
        AssignmentStatus s = f.statusOf(StatusFunctionTest.open("IN_PROGRESS", d), b);
        assertThat(s.status()).isEqualTo(Status.OVERDUE);
        int byBoundaries = 0;
        for (int i = 0; i < Ageing.FROM.length; i++) {
          if (d.isBefore(Ageing.kthWorkingDayBack(cal, asOf, Ageing.FROM[i]))) {
            byBoundaries = i + 1;
          }
        }
        assertThat(byBoundaries).as("deadline %s as of %s (%d late)", d, asOf, s.daysLate())
            .isEqualTo(Ageing.bucket(s.daysLate()));
      }
    }
  }
}

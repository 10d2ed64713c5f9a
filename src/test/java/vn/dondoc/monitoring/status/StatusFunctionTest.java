package vn.dondoc.monitoring.status;

import vn.dondoc.support.TestCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;



import static org.assertj.core.api.Assertions.assertThat;

class StatusFunctionTest {

  // Wednesday 2024-04-17; Friday 2024-04-19; 2024-04-29/30 and 05-01 are holidays in this test calendar.
  static final LocalDate WED = LocalDate.of(2024, 4, 17);
  static final TestCalendar CALENDAR = new TestCalendar(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30),
      LocalDate.of(2024, 5, 1));
  final StatusFunction function = new StatusFunction(CALENDAR);

  static OffsetDateTime at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(7));
  }

  static AssignmentFacts open(String state, LocalDate deadline) {
    return new AssignmentFacts(state, false, "FIXED", null, deadline, at(LocalDate.of(2024, 1, 2), 9), null, null,
        null);
  }

  AssignmentStatus status(AssignmentFacts a, LocalDate asOf) {
    return function.statusOf(a, StatusBoundaries.of(asOf, 3, CALENDAR));
  }

  @Test
  void deadlineTodayIsDueSoonNotOverdue() {
    AssignmentStatus s = status(open("IN_PROGRESS", WED), WED);
    assertThat(s.status()).isEqualTo(Status.DUE_SOON);
    assertThat(s.column()).isEqualTo(GridColumn.DUE_SOON);
    assertThat(s.label()).isEqualTo("Đến hạn hôm nay");
    assertThat(s.column().withinDeadline()).isTrue();
  }

  @Test
  void deadlineYesterdayIsOverdueByOneWorkingDay() {
    AssignmentStatus s = status(open("IN_PROGRESS", WED.minusDays(1)), WED);
    assertThat(s.status()).isEqualTo(Status.OVERDUE);
    assertThat(s.column()).isEqualTo(GridColumn.OVERDUE);
    assertThat(s.daysLate()).isEqualTo(1);
    assertThat(s.label()).isEqualTo("Quá hạn 1 ngày làm việc");
  }

  @Test
  void daysLateCountWorkingDaysOnly() {
    // Deadline Friday 2024-04-26; as of Thursday 2024-05-02: Mon 29, Tue 30, Wed 1 are holidays -> Thu only.
    AssignmentStatus s = status(open("ASSIGNED", LocalDate.of(2024, 4, 26)), LocalDate.of(2024, 5, 2));
    assertThat(s.daysLate()).isEqualTo(1);
    // Over a weekend only: overdue on the calendar, no working day late yet.
    AssignmentStatus weekend = status(open("ASSIGNED", LocalDate.of(2024, 4, 19)), LocalDate.of(2024, 4, 21));
    assertThat(weekend.status()).isEqualTo(Status.OVERDUE);
    assertThat(weekend.daysLate()).isZero();
    assertThat(weekend.label()).isEqualTo("Quá hạn (từ ngày nghỉ vừa qua)");
  }

  @Test
  void dueSoonThresholdIsInWorkingDays() {
    // Threshold 3 working days from Wednesday 17: Thu 18, Fri 19, Mon 22 -> limit Monday 22.
    assertThat(StatusBoundaries.of(WED, 3, CALENDAR).dueSoonLimit()).isEqualTo(LocalDate.of(2024, 4, 22));
    AssignmentStatus monday = status(open("IN_PROGRESS", LocalDate.of(2024, 4, 22)), WED);
    assertThat(monday.status()).isEqualTo(Status.DUE_SOON);
    assertThat(monday.daysLeft()).isEqualTo(3);
    assertThat(monday.label()).isEqualTo("Sắp đến hạn (còn 3 ngày làm việc)");
    AssignmentStatus tuesday = status(open("IN_PROGRESS", LocalDate.of(2024, 4, 23)), WED);
    assertThat(tuesday.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(tuesday.column()).isEqualTo(GridColumn.IN_PROGRESS);
    assertThat(tuesday.daysLeft()).isEqualTo(4);
    // Threshold 0: only today is due soon.
    AssignmentStatus zero = function.statusOf(open("IN_PROGRESS", WED.plusDays(1)), StatusBoundaries.of(WED, 0,
        CALENDAR));
    assertThat(zero.status()).isEqualTo(Status.IN_PROGRESS);
  }

  @Test
  void completedOnTheDeadlineIsOnTimeAndAfterItIsLate() {
    AssignmentFacts onTime = completed(WED, WED);
    assertThat(status(onTime, WED.plusDays(30)).status()).isEqualTo(Status.COMPLETED_ON_TIME);
    AssignmentFacts late = completed(WED, LocalDate.of(2024, 4, 22));
    AssignmentStatus s = status(late, WED.plusDays(30));
    assertThat(s.status()).isEqualTo(Status.COMPLETED_LATE);
    assertThat(s.column()).isEqualTo(GridColumn.COMPLETED_LATE);
    assertThat(s.daysLate()).isEqualTo(3); // Thu, Fri, Mon
    assertThat(s.label()).isEqualTo("Hoàn thành quá hạn 3 ngày làm việc");
  }

  @Test
  void approvedExtensionMovesTheDeadlineTheStatusUses() {
    // Original deadline WED, extended to the 30th: the facts carry current_deadline = the extension.
    AssignmentFacts extended = new AssignmentFacts("IN_PROGRESS", false, "FIXED", null, LocalDate.of(2024, 4, 30),
        at(LocalDate.of(2024, 1, 2), 9), null, null, null);
    assertThat(status(extended, WED.plusDays(1)).status()).isEqualTo(Status.IN_PROGRESS);
    AssignmentFacts completedInExtension = new AssignmentFacts("COMPLETED", false, "FIXED", null,
        LocalDate.of(2024, 4, 30), at(LocalDate.of(2024, 1, 2), 9), at(LocalDate.of(2024, 4, 25), 10),
        LocalDate.of(2024, 4, 25), null);
    assertThat(status(completedInExtension, LocalDate.of(2024, 6, 1)).status()).isEqualTo(Status.COMPLETED_ON_TIME);
  }

  @Test
  void recurringTaskIsRecurringUntilCompletedAndNeverOverdue() {
    AssignmentFacts flag = new AssignmentFacts("IN_PROGRESS", true, "FIXED", null, WED.minusDays(10),
        at(LocalDate.of(2024, 1, 2), 9), null, null, null);
    assertThat(status(flag, WED).status()).isEqualTo(Status.RECURRING);
    AssignmentFacts byType = new AssignmentFacts("ASSIGNED", false, "RECURRING", null, null,
        at(LocalDate.of(2024, 1, 2), 9), null, null, null);
    AssignmentStatus s = status(byType, WED);
    assertThat(s.status()).isEqualTo(Status.NO_DEADLINE);
    assertThat(s.reason()).contains("chưa được đánh dấu là thường xuyên");
    AssignmentFacts flagged = new AssignmentFacts("ASSIGNED", true, "RECURRING", null, null,
        at(LocalDate.of(2024, 1, 2), 9), null, null, null);
    assertThat(status(flagged, WED).column()).isEqualTo(GridColumn.RECURRING);
    AssignmentFacts done = new AssignmentFacts("COMPLETED", true, "RECURRING", null, null,
        at(LocalDate.of(2024, 1, 2), 9), at(WED, 9), WED, null);
    assertThat(status(done, WED).status()).isEqualTo(Status.COMPLETED_ON_TIME);
  }

  @Test
  void noDeadlineCarriesItsReason() {
    AssignmentFacts pending = new AssignmentFacts("ASSIGNED", false, "PENDING", "chờ Tỉnh ủy phê duyệt đề án", null,
        at(LocalDate.of(2024, 1, 2), 9), null, null, null);
    AssignmentStatus s = status(pending, WED);
    assertThat(s.status()).isEqualTo(Status.NO_DEADLINE);
    assertThat(s.column()).isEqualTo(GridColumn.NO_DEADLINE);
    assertThat(s.reason()).isEqualTo("chờ quyết định (chờ Tỉnh ủy phê duyệt đề án)");
    assertThat(s.label()).startsWith("Chưa có thời hạn: chờ quyết định");
    AssignmentFacts missing = new AssignmentFacts("ASSIGNED", false, "FIXED", null, null,
        at(LocalDate.of(2024, 1, 2), 9), null, null, null);
    assertThat(status(missing, WED).reason()).isEqualTo("thiếu ngày hạn (loại thời hạn FIXED)");
    AssignmentFacts none = new AssignmentFacts("ASSIGNED", false, "NONE", " ", null,
        at(LocalDate.of(2024, 1, 2), 9), null, null, null);
    assertThat(status(none, WED).reason()).isEqualTo("văn bản không quy định thời hạn");
  }

  @Test
  void awaitingReviewStopsTheClockAtTheReport() {
    // Reported on the deadline (late evening, Vietnam time), review still pending a week later: within deadline.
    AssignmentFacts inTime = new AssignmentFacts("AWAITING_REVIEW", false, "FIXED", null, WED,
        at(LocalDate.of(2024, 1, 2), 9), WED.atTime(23, 30).atOffset(ZoneOffset.ofHours(7)), null, null);
    AssignmentStatus s = status(inTime, WED.plusDays(7));
    assertThat(s.status()).isEqualTo(Status.AWAITING_REVIEW);
    assertThat(s.column()).isEqualTo(GridColumn.IN_PROGRESS);
    // The same instant in UTC is still the 17th in Vietnam: 16:30Z = 23:30+07.
    AssignmentFacts utc = new AssignmentFacts("AWAITING_REVIEW", false, "FIXED", null, WED,
        at(LocalDate.of(2024, 1, 2), 9), WED.atTime(16, 30).atOffset(ZoneOffset.UTC), null, null);
    assertThat(status(utc, WED.plusDays(7)).column()).isEqualTo(GridColumn.IN_PROGRESS);
    // 17:30Z is already the 18th in Vietnam: one working day late.
    AssignmentFacts lateUtc = new AssignmentFacts("AWAITING_REVIEW", false, "FIXED", null, WED,
        at(LocalDate.of(2024, 1, 2), 9), WED.atTime(17, 30).atOffset(ZoneOffset.UTC), null, null);
    AssignmentStatus late = status(lateUtc, WED.plusDays(7));
    assertThat(late.column()).isEqualTo(GridColumn.OVERDUE);
    assertThat(late.daysLate()).isEqualTo(1);
    assertThat(late.label()).isEqualTo("Chờ thẩm định (báo cáo muộn 1 ngày làm việc)");
  }

  @Test
  void returnedForReworkRunsTheClockAgain() {
    AssignmentStatus overdue = status(open("REWORK", WED.minusDays(2)), WED);
    assertThat(overdue.status()).isEqualTo(Status.RETURNED);
    assertThat(overdue.column()).isEqualTo(GridColumn.OVERDUE);
    assertThat(overdue.daysLate()).isEqualTo(2);
    assertThat(overdue.label()).isEqualTo("Trả lại để hoàn thiện, quá hạn 2 ngày làm việc");
    assertThat(status(open("REWORK", WED.plusDays(1)), WED).column()).isEqualTo(GridColumn.DUE_SOON);
    assertThat(status(open("REWORK", WED.plusDays(20)), WED).column()).isEqualTo(GridColumn.IN_PROGRESS);
  }

  @Test
  void reassignmentAfterUnitMergeCountsOnlyTheSuccessor() {
    // du-ct-ducpho merged into another unit on 2024-04-10: its assignment ended, the successor's started.
    OffsetDateTime merge = at(LocalDate.of(2024, 4, 10), 8);
    AssignmentFacts old = new AssignmentFacts("REASSIGNED", false, "FIXED", null, WED.minusDays(3),
        at(LocalDate.of(2024, 1, 2), 9), null, null, merge);
    AssignmentFacts successor = new AssignmentFacts("ASSIGNED", false, "FIXED", null, WED.minusDays(3), merge,
        null, null, null);
    assertThat(status(old, WED).status()).isEqualTo(Status.ENDED);
    assertThat(status(old, WED).counted()).isFalse();
    assertThat(status(successor, WED).status()).isEqualTo(Status.OVERDUE);
    // Before the merge the old unit held it and the successor had not been assigned yet.
    LocalDate before = LocalDate.of(2024, 4, 9);
    assertThat(status(old, before).status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(status(successor, before).status()).isEqualTo(Status.NOT_YET_ASSIGNED);
    // Bad data: REASSIGNED without ended_at is still not counted twice.
    AssignmentFacts noEnd = new AssignmentFacts("REASSIGNED", false, "FIXED", null, WED, at(LocalDate.of(2024, 1, 2),
        9), null, null, null);
    assertThat(status(noEnd, WED).counted()).isFalse();
  }

  @Test
  void asOfBeforeCompletionSeesTheTaskOpenOrUnderReview() {
    AssignmentFacts done = new AssignmentFacts("COMPLETED", false, "FIXED", null, WED,
        at(LocalDate.of(2024, 1, 2), 9), at(LocalDate.of(2024, 4, 15), 9), LocalDate.of(2024, 4, 16), null);
    assertThat(status(done, LocalDate.of(2024, 4, 14)).status()).isEqualTo(Status.DUE_SOON);
    assertThat(status(done, LocalDate.of(2024, 4, 15)).status()).isEqualTo(Status.AWAITING_REVIEW);
    assertThat(status(done, LocalDate.of(2024, 4, 16)).status()).isEqualTo(Status.COMPLETED_ON_TIME);
  }

  @Test
  void completedThenClosedStaysCompleted() {
    AssignmentFacts closed = new AssignmentFacts("CLOSED", false, "FIXED", null, WED, at(LocalDate.of(2024, 1, 2), 9),
        at(WED, 9), WED.plusDays(1), at(WED.plusDays(5), 9));
    assertThat(status(closed, WED.plusDays(10)).status()).isEqualTo(Status.COMPLETED_LATE);
    AssignmentFacts closedOpen = new AssignmentFacts("CLOSED", false, "FIXED", null, WED,
        at(LocalDate.of(2024, 1, 2), 9), null, null, at(WED.plusDays(5), 9));
    assertThat(status(closedOpen, WED.plusDays(10)).status()).isEqualTo(Status.ENDED);
    assertThat(status(closedOpen, WED.plusDays(1)).status()).isEqualTo(Status.OVERDUE);
  }

  private static AssignmentFacts completed(LocalDate deadline, LocalDate completedOn) {
    return new AssignmentFacts("COMPLETED", false, "FIXED", null, deadline, at(LocalDate.of(2024, 1, 2), 9),
        at(completedOn, 10), completedOn, null);
  }
}

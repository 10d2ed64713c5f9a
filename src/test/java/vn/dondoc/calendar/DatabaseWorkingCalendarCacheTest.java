package vn.dondoc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The per-year cache follows the table's version: at once after a local change, within the interval otherwise. */
class DatabaseWorkingCalendarCacheTest {

  /** The table in memory, as another node of the cluster would change it. */
  static class InMemoryTable extends CalendarOverrideRepository {
    final List<CalendarOverride> rows = new ArrayList<>();
    int versionReads;

    InMemoryTable() {
      super(null);
    }

    @Override
    public List<CalendarOverride> inForce(LocalDate from, LocalDate to) {
      return rows.stream().filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to))
          .filter(r -> rows.stream().filter(o -> o.date().equals(r.date())).mapToLong(CalendarOverride::id).max()
              .getAsLong() == r.id())
          .filter(r -> !r.withdrawn()).toList();
    }

    @Override
    public long version() {
      versionReads++;
      return rows.stream().mapToLong(CalendarOverride::id).max().orElse(0);
    }

    void add(LocalDate date, CalendarOverride.Kind kind, boolean withdrawn) {
      rows.add(new CalendarOverride(rows.size() + 1, date, kind, "Thông báo", withdrawn, OffsetDateTime.now(), "demo"));
    }
  }

  private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

  @Test
  void anotherNodesChangeIsSeenAfterTheRecheckInterval() {
    InMemoryTable table = new InMemoryTable();
    DatabaseWorkingCalendar calendar = new DatabaseWorkingCalendar(table, Duration.ofDays(1));
    assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    table.add(MONDAY, CalendarOverride.Kind.DAY_OFF, false);
    // Within the interval the cached year is served (one version read so far)...
    assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    assertThat(table.versionReads).isOne();
    // ...and a local change (or the interval running out) refreshes it.
    calendar.invalidate();
    assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
  }

  @Test
  void withAZeroIntervalEveryQuestionSeesTheLatestTable() {
    InMemoryTable table = new InMemoryTable();
    DatabaseWorkingCalendar calendar = new DatabaseWorkingCalendar(table, Duration.ZERO);
    assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    table.add(MONDAY, CalendarOverride.Kind.DAY_OFF, false);
    assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
    table.add(MONDAY, CalendarOverride.Kind.DAY_OFF, true); // withdrawn: back to the rules
    assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
    assertThat(calendar.addWorkingDays(MONDAY.minusDays(3), 1)).isEqualTo(MONDAY);
  }
}

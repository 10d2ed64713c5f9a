package vn.dondoc.monitoring;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.dondoc.monitoring.status.GridColumn;

/**
 * The reporting grid: one row per conclusion, unit or field, one count per {@link GridColumn}. Each assignment
 * is in exactly one column of one row, so the row totals and the column totals add up to the grand total.
 */
public record Grid(GridGroup group, LocalDate asOf, int dueSoonDays, List<Row> rows, Row totals) {

  /** One line of the grid. {@code key} is what the drill-down filters on (conclusion id, unit code, field code). */
  public record Row(String key, String label, Map<GridColumn, Long> counts) {

    public long count(GridColumn c) {
      return counts.getOrDefault(c, 0L);
    }

    @JsonProperty("total")
    public long total() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The government grid's "in progress within deadline" column: in progress plus due soon. */
    @JsonProperty("withinDeadline")
    public long withinDeadline() {
      return count(GridColumn.IN_PROGRESS) + count(GridColumn.DUE_SOON);
    }

    /** Share of completed tasks that were completed on time, in percent; null when none completed. */
    @JsonProperty("onTimePercent")
    public Integer onTimePercent() {
      long done = count(GridColumn.COMPLETED_ON_TIME) + count(GridColumn.COMPLETED_LATE);
      return done == 0 ? null : (int) Math.round(100.0 * count(GridColumn.COMPLETED_ON_TIME) / done);
    }
  }

  static Row sum(String key, String label, List<Row> rows) {
    Map<GridColumn, Long> totals = new EnumMap<>(GridColumn.class);
    for (GridColumn c : GridColumn.values()) {
      totals.put(c, rows.stream().mapToLong(r -> r.count(c)).sum());
    }
    return new Row(key, label, totals);
  }
}

package vn.dondoc.monitoring.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dondoc.calendar.WorkingCalendar;

/**
 * Ageing of open overdue tasks in working days late, in buckets, for the chart. Like {@link StatusSql}, the
 * working-day arithmetic is done once in Java: "at least k working days late" is "deadline before the k-th
 * working day counted back from the as-of date (inclusive)", and those dates are passed to SQL.
 * Tasks awaiting review are left out: their clock stopped at the report.
 */
public final class Ageing {

  /** Lower bounds (working days late) of the buckets after the first. */
  public static final int[] FROM = {1, 6, 11, 21, 61};
  public static final List<String> LABELS = List.of("Dưới 1 ngày (qua ngày nghỉ)", "1–5 ngày", "6–10 ngày",
      "11–20 ngày", "21–60 ngày", "Trên 60 ngày");

  private Ageing() {}

  /** The k-th working day counted back from {@code asOf}, {@code asOf} included when it is a working day. */
  public static LocalDate kthWorkingDayBack(WorkingCalendar calendar, LocalDate asOf, int k) {
    return calendar.isWorkingDay(asOf) ? calendar.addWorkingDays(asOf, -(k - 1)) : calendar.addWorkingDays(asOf, -k);
  }

  /** The bucket (index into {@link #LABELS}) of a number of working days late. */
  public static int bucket(int daysLate) {
    int b = 0;
    for (int i = 0; i < FROM.length; i++) {
      if (daysLate >= FROM[i]) {
        b = i + 1;
      }
    }
    return b;
  }

  /** SQL giving the bucket index of an open overdue row; parameters from {@link #params}. */
  public static String bucketSql() {
    StringBuilder sql = new StringBuilder("CASE");
    for (int i = FROM.length - 1; i >= 0; i--) {
      sql.append(" WHEN ta.current_deadline < :age").append(i).append(" THEN ").append(i + 1);
    }
    return sql.append(" ELSE 0 END").toString();
  }

  /** Keeps only overdue rows whose clock still runs (not awaiting review). */
  public static final String OPEN_ONLY = " AND NOT (ta.state IN ('AWAITING_REVIEW', 'COMPLETED', 'CLOSED')"
      + " AND ta.completion_reported_at IS NOT NULL AND ta.completion_reported_at < :asOfEnd)";

  public static List<Object[]> params(WorkingCalendar calendar, LocalDate asOf) {
    List<Object[]> out = new ArrayList<>();
    for (int i = 0; i < FROM.length; i++) {
      out.add(new Object[] {"age" + i, kthWorkingDayBack(calendar, asOf, FROM[i])});
    }
    return out;
  }
}

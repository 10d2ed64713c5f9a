package vn.dondoc.monitoring.status;

import java.util.Map;

/**
 * The rules of {@link StatusFunction} as one SQL expression giving the {@link GridColumn} name (NULL outside the
 * population), for counting at scale. It reads only task_assignment (as {@code ta}), so the grid needs no join,
 * and takes the {@link StatusBoundaries} as named parameters, so every date that needs the working calendar is
 * computed once in Java. {@code StatusSqlAgreementTest} checks both give the same column on generated data.
 * Runs on H2 2.x and PostgreSQL.
 */
public final class StatusSql {

  // The Vietnamese calendar day of the completion report as yyyymmdd. H2 casts a TIMESTAMP WITH TIME ZONE to
  // DATE in the session's zone, not the value's, so the day is taken field by field (the same on PostgreSQL).
  private static final String VN_DAY_OF_REPORT = "(EXTRACT(YEAR FROM ta.completion_reported_at AT TIME ZONE "
      + "'Asia/Ho_Chi_Minh') * 10000 + EXTRACT(MONTH FROM ta.completion_reported_at AT TIME ZONE 'Asia/Ho_Chi_Minh') "
      + "* 100 + EXTRACT(DAY FROM ta.completion_reported_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))";
  private static final String DAY_OF_DEADLINE = "(EXTRACT(YEAR FROM ta.current_deadline) * 10000 "
      + "+ EXTRACT(MONTH FROM ta.current_deadline) * 100 + EXTRACT(DAY FROM ta.current_deadline))";

  /** The grid column of {@code ta} as of {@code :asOf}; keep in step with {@link StatusFunction#statusOf}. */
  public static final String COLUMN = ("""
      CASE
        WHEN ta.assigned_at >= :asOfEnd THEN NULL
        WHEN ta.state IN ('COMPLETED', 'CLOSED') AND ta.completed_on IS NOT NULL AND ta.completed_on <= :asOf THEN
          CASE WHEN ta.recurring OR ta.current_deadline IS NULL
                    OR ta.completed_on <= ta.current_deadline
               THEN 'COMPLETED_ON_TIME' ELSE 'COMPLETED_LATE' END
        WHEN (ta.ended_at IS NOT NULL AND ta.ended_at < :asOfEnd)
             OR (ta.ended_at IS NULL AND ta.state IN ('REASSIGNED', 'CLOSED')) THEN NULL
        WHEN ta.recurring THEN 'RECURRING'
        WHEN ta.current_deadline IS NULL THEN 'NO_DEADLINE'
        WHEN ta.state IN ('AWAITING_REVIEW', 'COMPLETED', 'CLOSED') AND ta.completion_reported_at < :asOfEnd THEN
          CASE WHEN VN_DAY > DL_DAY
               THEN 'OVERDUE' ELSE 'IN_PROGRESS' END
        WHEN ta.current_deadline < :asOf THEN 'OVERDUE'
        WHEN ta.current_deadline <= :dueSoonLimit THEN 'DUE_SOON'
        ELSE 'IN_PROGRESS'
      END""").replace("VN_DAY", VN_DAY_OF_REPORT).replace("DL_DAY", DAY_OF_DEADLINE);

  /**
   * A cheap pre-filter that keeps every row {@link #COLUMN} can count (rows assigned by the date and not ended
   * before it), letting the database use indexes before evaluating the CASE.
   */
  public static final String POPULATION = "ta.assigned_at < :asOfEnd";

  public static Map<String, Object> params(StatusBoundaries b) {
    return Map.of("asOf", b.asOf(), "asOfEnd", b.asOfEnd(), "dueSoonLimit", b.dueSoonLimit());
  }

  private StatusSql() {}
}

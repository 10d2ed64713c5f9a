package vn.dondoc.monitoring.status;

/**
 * The columns of the reporting grid. Every assignment in the reporting population falls in exactly one
 * column, so the columns always add up to the total.
 *
 * <p>The government trackers' four columns are: completed on time ({@link #COMPLETED_ON_TIME}), completed late
 * ({@link #COMPLETED_LATE}), in progress within deadline ({@link #IN_PROGRESS} + {@link #DUE_SOON}: due soon is a
 * sub-column of "within deadline") and overdue ({@link #OVERDUE}). Tasks those four cannot hold are shown beside
 * them instead of being hidden: {@link #RECURRING} and {@link #NO_DEADLINE}.
 *
 * <p>Awaiting review and returned for rework are statuses, not columns: they fall in the deadline columns
 * (see {@link StatusFunction}).
 */
public enum GridColumn {
  COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
  COMPLETED_LATE("Hoàn thành quá hạn"),
  IN_PROGRESS("Đang thực hiện trong hạn"),
  DUE_SOON("Trong hạn, sắp đến hạn"),
  OVERDUE("Quá hạn"),
  RECURRING("Thường xuyên"),
  NO_DEADLINE("Chưa có thời hạn");

  private final String label;

  GridColumn(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True for the "in progress within deadline" column of the four-column government grid. */
  public boolean withinDeadline() {
    return this == IN_PROGRESS || this == DUE_SOON;
  }
}

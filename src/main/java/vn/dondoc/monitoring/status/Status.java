package vn.dondoc.monitoring.status;

/**
 * The detailed status of a task assignment as of a date. Derived, never stored: see {@link StatusFunction}.
 * {@link #ENDED} and {@link #NOT_YET_ASSIGNED} are outside the reporting population (not counted in a grid).
 */
public enum Status {
  COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
  COMPLETED_LATE("Hoàn thành quá hạn"),
  IN_PROGRESS("Đang thực hiện trong hạn"),
  DUE_SOON("Sắp đến hạn"),
  OVERDUE("Quá hạn"),
  RECURRING("Thường xuyên"),
  NO_DEADLINE("Chưa có thời hạn"),
  AWAITING_REVIEW("Chờ thẩm định"),
  RETURNED("Trả lại để hoàn thiện"),
  ENDED("Đã chuyển giao / kết thúc"),
  NOT_YET_ASSIGNED("Chưa được giao");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

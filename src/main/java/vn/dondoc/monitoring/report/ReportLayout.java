package vn.dondoc.monitoring.report;

import java.util.ArrayList;
import java.util.List;

import vn.dondoc.monitoring.MonitoringText;
import vn.dondoc.monitoring.status.GridColumn;

/** The party report's content in order, shared by the DOCX and PDF renderers so both say the same. */
final class ReportLayout {

  static final String[] GRID_HEADER = {"Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Trong hạn",
      "Sắp đến hạn", "Quá hạn", "Thường xuyên", "Chưa có thời hạn"};

  private ReportLayout() {}

  static String gridFirstHeader(ReportData d) {
    return "UNIT".equals(d.gridBy()) ? "Đơn vị chủ trì" : "Kết luận";
  }

  /** The status grid's header row: what the grid is by, then {@link #GRID_HEADER}. */
  static List<String> gridHead(ReportData d) {
    List<String> head = new ArrayList<>();
    head.add(gridFirstHeader(d));
    head.addAll(List.of(GRID_HEADER));
    return head;
  }

  /** The status grid's rows, one per line, then the "Tổng cộng" row. */
  static List<List<String>> gridRows(ReportData d) {
    List<List<String>> rows = new ArrayList<>();
    d.grid().forEach(l -> rows.add(gridCells(l)));
    List<String> total = new ArrayList<>(gridCells(d.totals()));
    total.set(0, "Tổng cộng");
    rows.add(total);
    return rows;
  }

  static List<String> gridCells(ReportData.GridLine l) {
    List<String> cells = new ArrayList<>();
    cells.add(l.label());
    cells.add(String.valueOf(l.total()));
    for (GridColumn c : GridColumn.values()) {
      cells.add(String.valueOf(l.count(c.name())));
    }
    return cells;
  }

  static List<String> overdueHeader() {
    return List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Quá hạn (ngày làm việc)");
  }

  static List<String> overdueCells(int i, ReportData.Task t) {
    return List.of(String.valueOf(i), t.conclusion() + ", mục " + t.ordinal() + ": " + t.text(), t.unit(),
        MonitoringText.date(t.deadline()), String.valueOf(t.daysLate()));
  }

  static List<String> noDeadlineHeader() {
    return List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Lý do chưa có thời hạn");
  }

  static List<String> noDeadlineCells(int i, ReportData.Task t) {
    return List.of(String.valueOf(i), t.conclusion() + ", mục " + t.ordinal() + ": " + t.text(), t.unit(),
        t.status().replaceFirst("^Chưa có thời hạn: ", ""));
  }

  static List<String> completedHeader() {
    return List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Ngày hoàn thành", "Đánh giá");
  }

  static List<String> completedCells(int i, ReportData.Task t) {
    return List.of(String.valueOf(i), t.conclusion() + ", mục " + t.ordinal() + ": " + t.text(), t.unit(),
        MonitoringText.date(t.completedOn()), t.status());
  }

  static String footnote(ReportData d) {
    return "Số liệu do hệ thống DonDoc tổng hợp lúc " + MonitoringText.dateTime(d.issuedAt())
        + "; tình trạng tính theo ngày làm việc, tính đến ngày " + MonitoringText.date(d.asOf()) + ".";
  }
}

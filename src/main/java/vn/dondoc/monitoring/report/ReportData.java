package vn.dondoc.monitoring.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows, frozen as JSON when it is issued; the DOCX, PDF and XLSX are rendered from it.
 *
 * @param headerLeft  issuer block lines, top to bottom ("ĐẢNG BỘ TỈNH LÂM ĐỒNG", "HUYỆN ỦY CÁT TIÊN", "BAN TỔ CHỨC")
 * @param gridBy      what the grid's rows are: units (one conclusion) or conclusions (a committee's summary)
 */
public record ReportData(
    String kind,
    List<String> headerLeft,
    String number,
    String placeAndDate,
    String title,
    String subtitle,
    LocalDate asOf,
    LocalDate periodFrom,
    OffsetDateTime issuedAt,
    String issuedBy,
    List<String> conclusions,
    String summary,
    String gridBy,
    List<GridLine> grid,
    GridLine totals,
    List<Task> completedInPeriod,
    List<Task> overdue,
    List<Task> noDeadline,
    List<Task> tasks,
    List<String> recipients,
    String signerAuthority,
    String signerTitle,
    String signerName) {

  /** One grid row; counts by {@link vn.dondoc.monitoring.status.GridColumn} name. */
  public record GridLine(String label, Map<String, Long> counts, long total) {

    public long count(String column) {
      return counts.getOrDefault(column, 0L);
    }
  }

  public record Task(String conclusion, String ordinal, String text, String unit, String field, LocalDate deadline,
      String deadlineText, LocalDate completedOn, String column, String columnLabel, String status, int daysLate) {}
}

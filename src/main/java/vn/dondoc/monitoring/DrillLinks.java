package vn.dondoc.monitoring;

import org.springframework.web.util.UriComponentsBuilder;

/** Builds the drill-down link behind each number of the grid: the same filter plus the row and the column. */
public record DrillLinks(MonitoringFilter filter, GridGroup group) {

  /** @param rowKey the grid row's key, or null for the totals row; @param column null for the row's total */
  public String url(String rowKey, String column) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/dashboard/tasks");
    add(b, "asOf", filter.asOf());
    add(b, "column", column);
    add(b, "conclusionId", group == GridGroup.CONCLUSION && rowKey != null ? rowKey : filter.conclusionId());
    add(b, "unit", group == GridGroup.UNIT && rowKey != null ? rowKey : filter.unit());
    add(b, "field", group == GridGroup.FIELD && rowKey != null ? rowKey : filter.field());
    add(b, "committee", filter.committee());
    return b.encode().build().toUriString();
  }

  /** The same list on another page. */
  public String page(int page) {
    UriComponentsBuilder b = UriComponentsBuilder.fromUriString(url(null, filter.column() == null ? null
        : filter.column().name()));
    return b.queryParam("page", page).build().toUriString();
  }

  private static void add(UriComponentsBuilder b, String name, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      b.queryParam(name, value.toString());
    }
  }
}

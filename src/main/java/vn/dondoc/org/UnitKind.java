package vn.dondoc.org;

/** What kind of body a unit is; the Vietnamese label is what people see. */
public enum UnitKind {
  COMMITTEE("Cấp ủy"),
  STANDING_BOARD("Ban Thường vụ"),
  STANDING_OFFICE("Thường trực"),
  ADVISORY_BODY("Cơ quan tham mưu, giúp việc"),
  BASE_COMMITTEE("Đảng ủy cơ sở"),
  CELL("Chi bộ");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

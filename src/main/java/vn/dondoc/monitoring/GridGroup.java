package vn.dondoc.monitoring;

/** How the reporting grid is broken down. */
public enum GridGroup {
  CONCLUSION("Theo kết luận", "ta.conclusion_id"),
  UNIT("Theo đơn vị chủ trì", "ta.unit_code"),
  FIELD("Theo lĩnh vực", "COALESCE(t.field_code, '')");

  private final String label;
  private final String sqlKey;

  GridGroup(String label, String sqlKey) {
    this.label = label;
    this.sqlKey = sqlKey;
  }

  public String label() {
    return label;
  }

  String sqlKey() {
    return sqlKey;
  }
}

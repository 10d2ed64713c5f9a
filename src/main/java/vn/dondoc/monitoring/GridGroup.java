package vn.dondoc.monitoring;

/** How the reporting grid is broken down. Tasks without a field are grouped under the key {@value #NO_FIELD}. */
public enum GridGroup {
  CONCLUSION("Theo kết luận", "ta.conclusion_id"),
  UNIT("Theo đơn vị chủ trì", "ta.unit_code"),
  FIELD("Theo lĩnh vực", "COALESCE(t.field_code, '-')"),
  ALL("Toàn bộ", "'*'");

  public static final String NO_FIELD = "-";

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

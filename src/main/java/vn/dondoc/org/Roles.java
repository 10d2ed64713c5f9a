package vn.dondoc.org;

import java.util.List;

/**
 * Role groups (Camunda groups of type {@value #ROLE_GROUP_TYPE}). Units are groups too, of type
 * {@value #UNIT_GROUP_TYPE}; a person belongs to the group of their unit and to the roles they hold.
 */
public final class Roles {

  public static final String UNIT_GROUP_TYPE = "UNIT";
  public static final String ROLE_GROUP_TYPE = "ROLE";

  /** Administrators: manage units and users, deploy process models. Camunda's own admin group. */
  public static final String ADMIN = "camunda-admin";
  /** Thường trực / Ban Thường vụ members: approve, read everything, send directives. */
  public static final String LEADERSHIP = "leadership";
  /** Staff of monitoring units (theo dõi, đôn đốc): read everything they monitor, review results. */
  public static final String SUPERVISORS = "supervisors";
  /** Heads of units: receive the at-deadline reminder for their unit. */
  public static final String UNIT_HEADS = "unit-heads";
  /** Staff of the issuing office (Văn phòng): register conclusions and list their tasks. */
  public static final String ISSUING_OFFICE = "issuing-office";

  public static final List<String> ALL = List.of(ADMIN, LEADERSHIP, SUPERVISORS, UNIT_HEADS, ISSUING_OFFICE);

  public static String label(String role) {
    return switch (role) {
      case ADMIN -> "Quản trị hệ thống";
      case LEADERSHIP -> "Lãnh đạo (Thường trực, Ban Thường vụ)";
      case SUPERVISORS -> "Đơn vị theo dõi, đôn đốc";
      case UNIT_HEADS -> "Lãnh đạo đơn vị";
      case ISSUING_OFFICE -> "Văn phòng cấp ủy (vào sổ, lập danh mục)";
      default -> role;
    };
  }

  private Roles() {}
}

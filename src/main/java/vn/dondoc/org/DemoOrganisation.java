package vn.dondoc.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation: the bodies named in the two seed conclusions (Tỉnh ủy Lâm Đồng, Huyện ủy Cát Tiên
 * and seven base party committees under it) with one demo user per unit and role, all with password
 * {@value #PASSWORD}. Loaded on the first start only: a marker in {@code app_setting} keeps later starts from
 * touching anything an admin changed since.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoOrganisation implements ApplicationRunner {

  public static final String MARKER = "demo.organisation.loaded";
  public static final String PASSWORD = "demo";
  static final LocalDate FOUNDED = LocalDate.of(2020, 10, 1);

  private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

  private final OrgService org;
  private final IdentityService identityService;
  private final JdbcClient jdbc;

  public DemoOrganisation(OrgService org, IdentityService identityService, JdbcClient jdbc) {
    this.org = org;
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  /** A demo login: user id, full name, unit (or null) and roles. */
  public record DemoUser(String id, String firstName, String lastName, String unit, List<String> roles) {}

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (jdbc.sql("SELECT COUNT(*) FROM app_setting WHERE name = ?").param(MARKER).query(Integer.class).single() > 0) {
      return;
    }
    for (Unit unit : units()) {
      if (!org.allUnits().stream().anyMatch(u -> u.code().equals(unit.code()))) {
        org.create(unit, "demo");
      }
    }
    for (DemoUser u : users()) {
      if (identityService.createUserQuery().userId(u.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(u.id());
      user.setFirstName(u.firstName());
      user.setLastName(u.lastName());
      user.setEmail(u.id() + "@dondoc.local");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      if (u.unit() != null) {
        identityService.createMembership(u.id(), u.unit());
      }
      for (String role : u.roles()) {
        ensureGroup(role);
        identityService.createMembership(u.id(), role);
      }
    }
    jdbc.sql("INSERT INTO app_setting (name, setting_value, updated_at) VALUES (?, ?, ?)")
        .params(MARKER, "1", OffsetDateTime.now()).update();
    log.info("Demo organisation loaded: {} units, {} users (password '{}')", units().size(), users().size(), PASSWORD);
  }

  private void ensureGroup(String role) {
    if (identityService.createGroupQuery().groupId(role).count() == 0) {
      Group group = identityService.newGroup(role);
      group.setName(Roles.label(role));
      group.setType(Roles.ROLE_GROUP_TYPE);
      identityService.saveGroup(group);
    }
  }

  public static List<Unit> units() {
    List<Unit> list = new ArrayList<>();
    list.add(unit("tu-ld", "Tỉnh ủy Lâm Đồng", "Tỉnh ủy", UnitKind.COMMITTEE, "TU", null, "TU Lâm Đồng"));
    committeeBodies(list, "tu-ld", "TU", "Tỉnh ủy", "Tỉnh ủy Lâm Đồng");
    list.add(unit("hu-ct", "Huyện ủy Cát Tiên", "Huyện ủy", UnitKind.COMMITTEE, "HU", "tu-ld", "HU Cát Tiên"));
    committeeBodies(list, "hu-ct", "HU", "Huyện ủy", "Huyện ủy Cát Tiên");
    String[][] communes = {
        {"du-ct-ttcattien", "Đảng ủy thị trấn Cát Tiên"},
        {"du-ct-ttphuoccat", "Đảng ủy thị trấn Phước Cát"},
        {"du-ct-ducpho", "Đảng ủy xã Đức Phổ"},
        {"du-ct-giavien", "Đảng ủy xã Gia Viễn"},
        {"du-ct-namninh", "Đảng ủy xã Nam Ninh"},
        {"du-ct-tienhoang", "Đảng ủy xã Tiên Hoàng"},
        {"du-ct-quangngai", "Đảng ủy xã Quảng Ngãi"}};
    for (String[] c : communes) {
      list.add(unit(c[0], c[1], c[1].replace("Đảng ủy ", "ĐU "), UnitKind.BASE_COMMITTEE, "ĐU", "hu-ct"));
    }
    return list;
  }

  private static void committeeBodies(List<Unit> list, String parent, String level, String committee, String fullCommittee) {
    list.add(unit(parent + "-btv", "Ban Thường vụ " + fullCommittee, "BTV " + level, UnitKind.STANDING_BOARD, level,
        parent, "Ban Thường vụ " + committee, "BTV " + level));
    list.add(unit(parent + "-tt", "Thường trực " + fullCommittee, "TT " + level, UnitKind.STANDING_OFFICE, level,
        parent, "Thường trực " + committee, "TT " + level));
    list.add(unit(parent + "-vp", "Văn phòng " + fullCommittee, "VP " + level, UnitKind.ADVISORY_BODY, level,
        parent, "Văn phòng " + committee, "VP " + level, "VP" + level));
    list.add(unit(parent + "-btc", "Ban Tổ chức " + fullCommittee, "BTC " + level, UnitKind.ADVISORY_BODY, level,
        parent, "Ban Tổ chức " + committee, "BTC " + level, "BTC" + level));
    list.add(unit(parent + "-ubkt", "Ủy ban Kiểm tra " + fullCommittee, "UBKT " + level, UnitKind.ADVISORY_BODY,
        level, parent, "Ủy ban Kiểm tra " + committee, "UBKT " + level, "UBKT" + level));
    list.add(unit(parent + "-btg", "Ban Tuyên giáo " + fullCommittee, "BTG " + level, UnitKind.ADVISORY_BODY, level,
        parent, "Ban Tuyên giáo " + committee, "BTG " + level, "BTG" + level));
    list.add(unit(parent + "-bdv", "Ban Dân vận " + fullCommittee, "BDV " + level, UnitKind.ADVISORY_BODY, level,
        parent, "Ban Dân vận " + committee, "BDV " + level, "BDV" + level));
  }

  private static Unit unit(String code, String name, String shortName, UnitKind kind, String level, String parent,
      String... aliases) {
    return new Unit(code, name, shortName, kind, level, parent, FOUNDED, null, null, List.of(aliases));
  }

  public static List<DemoUser> users() {
    List<DemoUser> list = new ArrayList<>();
    list.add(new DemoUser("demo", "Quản trị", "Demo", null, List.of(Roles.ADMIN)));
    String[][] people = {
        // unit, user, first name, last name, roles (comma separated)
        {"tu-ld", "cv-tu-ld", "Nguyễn Văn", "An", ""},
        {"tu-ld-btv", "cv-tu-ld-btv", "Trần Thị", "Bình", "leadership"},
        {"tu-ld-tt", "cv-tu-ld-tt", "Lê Văn", "Cường", "leadership"},
        {"tu-ld-vp", "cv-tu-ld-vp", "Phạm Thị", "Dung", "issuing-office"},
        {"tu-ld-btc", "cv-tu-ld-btc", "Hoàng Văn", "Em", "supervisors"},
        {"tu-ld-ubkt", "cv-tu-ld-ubkt", "Vũ Thị", "Giang", ""},
        {"tu-ld-btg", "cv-tu-ld-btg", "Đặng Văn", "Hải", ""},
        {"tu-ld-bdv", "cv-tu-ld-bdv", "Bùi Thị", "Hạnh", ""},
        {"hu-ct", "cv-hu-ct", "Đỗ Văn", "Khánh", ""},
        {"hu-ct-btv", "cv-hu-ct-btv", "Hồ Thị", "Lan", "leadership"},
        {"hu-ct-tt", "cv-hu-ct-tt", "Ngô Văn", "Minh", "leadership"},
        {"hu-ct-vp", "cv-hu-ct-vp", "Dương Thị", "Ngọc", "issuing-office"},
        {"hu-ct-btc", "cv-hu-ct-btc", "Lý Văn", "Phúc", "supervisors"},
        {"hu-ct-ubkt", "cv-hu-ct-ubkt", "Mai Thị", "Quyên", ""},
        {"hu-ct-btg", "cv-hu-ct-btg", "Trịnh Văn", "Sơn", ""},
        {"hu-ct-bdv", "cv-hu-ct-bdv", "Đinh Thị", "Thu", ""},
        {"du-ct-ttcattien", "cv-du-ct-ttcattien", "Lâm Văn", "Tùng", ""},
        {"du-ct-ttphuoccat", "cv-du-ct-ttphuoccat", "Cao Thị", "Uyên", ""},
        {"du-ct-ducpho", "cv-du-ct-ducpho", "Phan Văn", "Việt", ""},
        {"du-ct-ducpho", "bt-du-ct-ducpho", "Tạ Văn", "Xuân", "unit-heads"},
        {"du-ct-giavien", "cv-du-ct-giavien", "Châu Thị", "Yến", ""},
        {"du-ct-namninh", "cv-du-ct-namninh", "Kiều Văn", "Bảo", ""},
        {"du-ct-tienhoang", "cv-du-ct-tienhoang", "La Thị", "Châu", ""},
        {"du-ct-quangngai", "cv-du-ct-quangngai", "Quách Văn", "Đạt", ""},
        {"hu-ct-btc", "tb-hu-ct-btc", "Lương Văn", "Đức", "unit-heads,supervisors"}};
    for (String[] p : people) {
      List<String> roles = p[4].isEmpty() ? List.of() : List.of(p[4].split(","));
      list.add(new DemoUser(p[1], p[2], p[3], p[0], roles));
    }
    return list;
  }
}

package vn.dondoc.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;
import vn.dondoc.support.UnitTasks;

@DonDocSpringTest
class OrgApiTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired OrgService org;

  @Test
  void demoOrganisationHasTheSeedBodiesAndAUserPerUnitAndRole() {
    assertThat(org.allUnits()).extracting(Unit::code).contains("tu-ld", "tu-ld-btv", "tu-ld-tt", "tu-ld-vp",
        "tu-ld-btc", "tu-ld-ubkt", "tu-ld-btg", "tu-ld-bdv", "hu-ct", "hu-ct-btv", "hu-ct-tt", "hu-ct-vp",
        "hu-ct-btc", "hu-ct-ubkt", "hu-ct-btg", "hu-ct-bdv");
    assertThat(org.currentUnits(UnitKind.BASE_COMMITTEE, "hu-ct", java.time.LocalDate.now())).hasSizeGreaterThanOrEqualTo(6);
    for (Unit unit : org.allUnits()) {
      Group group = identityService.createGroupQuery().groupId(unit.code()).singleResult();
      assertThat(group).as(unit.code()).isNotNull();
      assertThat(group.getType()).isEqualTo(Roles.UNIT_GROUP_TYPE);
      assertThat(identityService.createUserQuery().memberOfGroup(unit.code()).count()).as(unit.code()).isPositive();
    }
    for (String role : Roles.ALL) {
      assertThat(identityService.createUserQuery().memberOfGroup(role).count()).as(role).isPositive();
    }
    assertThat(org.unit("hu-ct-btc").aliases()).contains("Ban Tổ chức Huyện ủy", "BTC HU");
  }

  @Test
  void adminCreatesAndMergesUnitsAndHistoryIsKept() {
    Browser admin = Browser.basic(port, "demo", "demo");
    HttpResponse<String> created = admin.postJson("/api/org/units", "{\"code\":\"tu-ld-btgdv\","
        + "\"name\":\"Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng\",\"shortName\":\"BTGDV TU\",\"kind\":\"ADVISORY_BODY\","
        + "\"levelCode\":\"TU\",\"parentCode\":\"tu-ld\",\"validFrom\":\"2025-03-01\","
        + "\"aliases\":[\"Ban Tuyên giáo và Dân vận Tỉnh ủy\"]}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(identityService.createGroupQuery().groupId("tu-ld-btgdv").groupType(Roles.UNIT_GROUP_TYPE).count()).isOne();

    HttpResponse<String> merged = admin.postJson("/api/org/units/tu-ld-bdv/end",
        "{\"lastDay\":\"2025-02-28\",\"successorCode\":\"tu-ld-btgdv\",\"note\":\"Hợp nhất theo Quyết định\"}");
    assertThat(merged.statusCode()).isEqualTo(200);
    Unit ended = org.unit("tu-ld-bdv");
    assertThat(ended.validTo()).isEqualTo(java.time.LocalDate.of(2025, 2, 28));
    assertThat(ended.successorCode()).isEqualTo("tu-ld-btgdv");
    assertThat(ended.isValidOn(java.time.LocalDate.of(2025, 2, 28))).isTrue();
    assertThat(ended.isValidOn(java.time.LocalDate.of(2025, 3, 1))).isFalse();
    // the unit is still there for the record, with its history
    assertThat(admin.get("/api/org/units/tu-ld-bdv/history").body()).contains("CREATED").contains("MERGED");
    assertThat(admin.postJson("/api/org/units/tu-ld-bdv/end", "{\"lastDay\":\"2025-03-31\"}").body())
        .contains("UNIT_ALREADY_ENDED");
  }

  @Test
  void badUnitInputGetsACodeAndAVietnameseMessage() {
    Browser admin = Browser.basic(port, "demo", "demo");
    HttpResponse<String> badCode = admin.postJson("/api/org/units",
        "{\"code\":\"Ban Tổ chức\",\"name\":\"x\",\"kind\":\"ADVISORY_BODY\"}");
    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(badCode.body()).contains("INVALID_UNIT_CODE").contains("Mã đơn vị");
    HttpResponse<String> taken = admin.postJson("/api/org/units",
        "{\"code\":\"hu-ct-btc\",\"name\":\"x\",\"kind\":\"ADVISORY_BODY\"}");
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("UNIT_CODE_TAKEN");
    HttpResponse<String> noParent = admin.postJson("/api/org/units",
        "{\"code\":\"du-x\",\"name\":\"Đảng ủy X\",\"kind\":\"BASE_COMMITTEE\",\"parentCode\":\"khong-co\"}");
    assertThat(noParent.body()).contains("PARENT_UNIT_NOT_FOUND");
    HttpResponse<String> badKind = admin.postJson("/api/org/units", "{\"code\":\"du-y\",\"name\":\"Y\",\"kind\":\"NOPE\"}");
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(badKind.body()).contains("MALFORMED_REQUEST");
    assertThat(admin.get("/api/org/units/khong-co").body()).contains("UNIT_NOT_FOUND");
  }

  @Test
  void membershipChangesApplyWithoutRestart() {
    UnitTasks.deploy(repositoryService);
    String pi = runtimeService.startProcessInstanceByKey(UnitTasks.PROCESS_KEY, Map.of("unit", "du-ct-namninh")).getId();
    Browser rest = Browser.basic(port, "cv-du-ct-tienhoang", "demo");
    assertThat(rest.get("/engine-rest/task?maxResults=10&processInstanceId=" + pi).body()).isEqualTo("[]");
    identityService.createMembership("cv-du-ct-tienhoang", "du-ct-namninh");
    try {
      assertThat(rest.get("/engine-rest/task?maxResults=10&processInstanceId=" + pi).body()).contains(pi);
    } finally {
      identityService.deleteMembership("cv-du-ct-tienhoang", "du-ct-namninh");
    }
  }
}

package vn.dondoc.monitoring;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.dondoc.support.DonDocSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

@DonDocSpringTest
class MonitoringApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired DataSource dataSource;

  DemoMonitoringData data;

  @BeforeEach
  void data() {
    data = new DemoMonitoringData(dataSource);
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> grid(String user, String groupBy) {
    ResponseEntity<Map> r = as(user).getForEntity("/api/monitoring/grid?groupBy=" + groupBy + "&conclusionId="
        + data.conclusionId, Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  @Test
  @SuppressWarnings("unchecked")
  void supervisorSeesEveryUnitWithTotalsThatAddUp() {
    Map<String, Object> grid = grid("tb-hu-ct-btc", "UNIT");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) grid.get("rows");
    assertThat(rows).extracting(r -> r.get("key")).containsExactlyInAnyOrder("du-ct-ducpho", "du-ct-giavien",
        "hu-ct-btc");
    Map<String, Object> totals = (Map<String, Object>) grid.get("totals");
    // 8 current assignments: the one ended by the merge is not counted.
    assertThat(((Number) totals.get("total")).intValue()).isEqualTo(8);
    Map<String, Number> c = (Map<String, Number>) totals.get("counts");
    assertThat(c.get("OVERDUE").intValue()).isEqualTo(1);
    assertThat(c.get("DUE_SOON").intValue()).isEqualTo(1);
    assertThat(c.get("COMPLETED_ON_TIME").intValue()).isEqualTo(1);
    assertThat(c.get("COMPLETED_LATE").intValue()).isEqualTo(1);
    assertThat(c.get("NO_DEADLINE").intValue()).isEqualTo(1);
    assertThat(c.get("RECURRING").intValue()).isEqualTo(1);
    assertThat(c.get("IN_PROGRESS").intValue()).isEqualTo(2); // merged successor + awaiting review in time
    int sum = rows.stream().mapToInt(r -> ((Number) r.get("total")).intValue()).sum();
    assertThat(sum).isEqualTo(8);
    Map<String, Object> ducpho = rows.stream().filter(r -> r.get("key").equals("du-ct-ducpho")).findFirst().get();
    assertThat(((Number) ducpho.get("total")).intValue()).isEqualTo(4);
  }

  @Test
  @SuppressWarnings("unchecked")
  void unitUserSeesOnlyTheirOwnSlice() {
    Map<String, Object> grid = grid("cv-du-ct-ducpho", "UNIT");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) grid.get("rows");
    assertThat(rows).extracting(r -> r.get("key")).containsExactly("du-ct-ducpho");
    ResponseEntity<Map> page = as("cv-du-ct-ducpho").getForEntity("/api/monitoring/assignments?conclusionId="
        + data.conclusionId + "&size=100", Map.class);
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.getBody().get("items");
    assertThat(items).hasSize(4).allSatisfy(i -> assertThat(i.get("unitCode")).isEqualTo("du-ct-ducpho"));
    ResponseEntity<Map> other = as("cv-du-ct-ducpho").getForEntity("/api/monitoring/assignments/"
        + data.ids.get("late-giavien"), Map.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getBody().get("code")).isEqualTo("ASSIGNMENT_NOT_VISIBLE");
  }

  @Test
  void anonymousGets401AndOpenApiStaysBehindTheLogin() {
    assertThat(rest.getForEntity("/api/monitoring/grid", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> docs = rest.getForEntity("/v3/api-docs", String.class);
    assertThat(docs.getStatusCode().is2xxSuccessful() && docs.getBody().contains("/api/monitoring")).isFalse();
    ResponseEntity<String> signedIn = as("tb-hu-ct-btc").getForEntity("/api/monitoring/grid", String.class);
    assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @SuppressWarnings("unchecked")
  void drillDownListsExactlyTheCellsAssignmentsWithStatusLabels() {
    ResponseEntity<Map> page = as("tb-hu-ct-btc").getForEntity("/api/monitoring/assignments?column=OVERDUE"
        + "&conclusionId=" + data.conclusionId, Map.class);
    assertThat(((Number) page.getBody().get("total")).intValue()).isEqualTo(1);
    Map<String, Object> item = ((List<Map<String, Object>>) page.getBody().get("items")).get(0);
    assertThat(((Number) item.get("id")).longValue()).isEqualTo(data.ids.get("overdue-ducpho"));
    assertThat((String) ((Map<String, Object>) item.get("status")).get("label")).startsWith("Quá hạn");
    ResponseEntity<Map> bad = as("tb-hu-ct-btc").getForEntity("/api/monitoring/assignments?size=100000", Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("code")).isEqualTo("INVALID_PAGE_SIZE");
  }

  @Test
  @SuppressWarnings("unchecked")
  void historyShowsTheReassignmentAndTheEvents() {
    ResponseEntity<Map> r = as("tb-hu-ct-btc").getForEntity("/api/monitoring/assignments/"
        + data.ids.get("merged-ducpho"), Map.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> chain = (List<Map<String, Object>>) r.getBody().get("assignmentsOfTask");
    assertThat(chain).extracting(a -> a.get("unitCode")).containsExactly("du-ct-namninh", "du-ct-ducpho");
    List<Map<String, Object>> history = (List<Map<String, Object>>) r.getBody().get("history");
    assertThat(history).extracting(h -> h.get("kind")).contains("Giao nhiệm vụ", "Kết thúc giao");
  }

  @Test
  @SuppressWarnings("unchecked")
  void interventionsPutOverdueFirstAndIncludePendingExtensions() {
    ResponseEntity<List> r = as("cv-du-ct-ducpho").getForEntity("/api/monitoring/interventions", List.class);
    List<Map<String, Object>> items = r.getBody();
    assertThat(items).isNotEmpty();
    assertThat(items.get(0).get("kind")).isEqualTo("OVERDUE");
    assertThat(items).extracting(i -> i.get("kind")).contains("EXTENSION_PENDING");
    assertThat(items).allSatisfy(i -> assertThat(((Map<String, Object>) i.get("assignment")).get("unitCode"))
        .isEqualTo("du-ct-ducpho"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void directivesNeedLeadershipAndARunningProcess() {
    long id = data.ids.get("overdue-ducpho");
    ResponseEntity<Map> supervisor = as("tb-hu-ct-btc").postForEntity("/api/monitoring/assignments/" + id
        + "/directives", Map.of("content", "Đề nghị hoàn thành trong tuần"), Map.class);
    assertThat(supervisor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(supervisor.getBody().get("code")).isEqualTo("DIRECTIVE_NOT_ALLOWED");
    ResponseEntity<Map> leader = as("cv-hu-ct-tt").postForEntity("/api/monitoring/assignments/" + id
        + "/directives", Map.of("content", "Đề nghị hoàn thành trong tuần"), Map.class);
    // The fixture's assignment has no task-execution instance: a clear code, and nothing recorded.
    assertThat(leader.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(leader.getBody().get("code")).isEqualTo("DIRECTIVE_NO_PROCESS");
    Integer rows = data.fx.jdbc().queryForObject("SELECT COUNT(*) FROM directive WHERE assignment_id = :a",
        Map.of("a", id), Integer.class);
    assertThat(rows).isZero();
    ResponseEntity<Map> empty = as("cv-hu-ct-tt").postForEntity("/api/monitoring/assignments/" + id
        + "/directives", Map.of("content", "  "), Map.class);
    assertThat(empty.getBody().get("code")).isEqualTo("DIRECTIVE_CONTENT_REQUIRED");
  }
}

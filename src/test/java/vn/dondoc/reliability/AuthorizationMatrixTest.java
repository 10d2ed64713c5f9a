package vn.dondoc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dondoc.monitoring.MonitoringFixture;
import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;
import vn.dondoc.support.UnitTasks;

/**
 * Who may do what, from ONE table: every role × every surface, each cell checked by a real HTTP request.
 * "Y" means allowed, "-" denied, "pending" a surface whose feature is not on this branch (skipped).
 *
 * <p>Allowed means the request passed authentication and authorization: 2xx, or for surfaces probed with a
 * harmless invalid payload the business answer (404 / 409) that only an authorized caller can reach. For
 * list surfaces whose answer is filtered rather than refused (task list, process definitions, authorizations)
 * allowed means the caller actually sees the item. Denied means 401/403/404, or an empty filtered list.
 */
@DonDocSpringTest
class AuthorizationMatrixTest {

  enum Role {
    ANONYMOUS(null), UNIT_A("cv-du-ct-ducpho"), UNIT_B("cv-du-ct-giavien"), MONITORING("cv-hu-ct-btc"),
    LEADERSHIP("cv-hu-ct-tt"), ADMIN("demo");

    final String user;

    Role(String user) {
      this.user = user;
    }
  }

  /** THE table. Columns in the order of {@link Role}. */
  static final String MATRIX = """
      surface                                   | anon | unitA | unitB | monitor | leader | admin
      Tasklist (authorizedApps)                 |  -   |  Y    |  Y    |  Y      |  Y     |  Y
      Cockpit (authorizedApps)                  |  -   |  -    |  -    |  Y      |  Y     |  Y
      Admin (authorizedApps)                    |  -   |  -    |  -    |  -      |  -     |  Y
      REST GET /task/count                      |  -   |  Y    |  Y    |  Y      |  Y     |  Y
      REST GET /task lists unit A's task        |  -   |  Y    |  -    |  Y      |  Y     |  Y
      REST GET /task/{id} of unit A             |  -   |  Y    |  -    |  Y      |  Y     |  Y
      REST POST /task/{id}/complete of unit A   |  -   |  Y    |  -    |  -      |  -     |  Y
      REST POST /task/{id}/claim of unit A      |  -   |  Y    |  -    |  -      |  -     |  Y
      REST GET /process-definition sees models  |  -   |  -    |  -    |  Y      |  Y     |  Y
      REST POST /deployment/create              |  -   |  -    |  -    |  -      |  -     |  Y
      REST POST /user/create                    |  -   |  -    |  -    |  -      |  -     |  Y
      REST GET /authorization sees grants       |  -   |  -    |  -    |  -      |  -     |  Y
      API GET /api/org/units                    |  -   |  Y    |  Y    |  Y      |  Y     |  Y
      API POST /api/org/units                   |  -   |  -    |  -    |  -      |  -     |  Y
      API GET /api/calendar/2026                |  -   |  Y    |  Y    |  Y      |  Y     |  Y
      API GET /api/admin/calendar/overrides     |  -   |  -    |  -    |  -      |  -     |  Y
      API GET /api/admin/deployments/audit      |  -   |  -    |  -    |  -      |  -     |  Y
      page GET /admin/deployments               |  -   |  -    |  -    |  -      |  -     |  Y
      page GET /dashboard                       |  -   |  Y    |  Y    |  Y      |  Y     |  Y
      API GET /api/monitoring/grid              |  -   |  Y    |  Y    |  Y      |  Y     |  Y
      API monitoring sees unit B's assignment   |  -   |  -    |  Y    |  Y      |  Y     |  Y
      API POST /api/monitoring/.../directives   |  -   |  -    |  -    |  -      |  Y     |  Y
      API POST /api/intake                      |  -   |  -    |  -    |  Y      |  -     |  Y
      """;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQ = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired javax.sql.DataSource dataSource;

  private final Map<Role, Browser> sessions = new EnumMap<>(Role.class);

  record Outcome(boolean allowed, String evidence) {}

  record Row(String surface, Map<Role, String> expected) {}

  static List<Row> table() {
    List<Row> rows = new ArrayList<>();
    String[] lines = MATRIX.strip().split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split("\\|");
      Map<Role, String> expected = new EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        expected.put(role, cells[role.ordinal() + 1].strip());
      }
      rows.add(new Row(cells[0].strip(), expected));
    }
    return rows;
  }

  /** How each surface is probed for a role. Every row of the table must have exactly one probe. */
  Map<String, BiFunction<Role, Browser, Outcome>> probes() {
    Map<String, BiFunction<Role, Browser, Outcome>> p = new LinkedHashMap<>();
    p.put("Tasklist (authorizedApps)", (r, b) -> app(r, "tasklist"));
    p.put("Cockpit (authorizedApps)", (r, b) -> app(r, "cockpit"));
    p.put("Admin (authorizedApps)", (r, b) -> app(r, "admin"));
    p.put("REST GET /task/count", (r, b) -> status(b.get("/engine-rest/task/count")));
    p.put("REST GET /task lists unit A's task", (r, b) -> {
      String id = unitTask("du-ct-ducpho");
      HttpResponse<String> res = b.get("/engine-rest/task?processDefinitionKey=platform-unit-task&maxResults=2000");
      return new Outcome(res.statusCode() == 200 && res.body().contains(id), res.statusCode() + " contains=" + res.body().contains(id));
    });
    p.put("REST GET /task/{id} of unit A", (r, b) -> status(b.get("/engine-rest/task/" + unitTask("du-ct-ducpho"))));
    p.put("REST POST /task/{id}/complete of unit A", (r, b) -> {
      String id = unitTask("du-ct-ducpho");
      Outcome o = status(b.postJson("/engine-rest/task/" + id + "/complete", "{}"));
      boolean gone = taskService.createTaskQuery().taskId(id).count() == 0;
      assertThat(gone).as("task completed iff allowed: " + o).isEqualTo(o.allowed());
      return o;
    });
    p.put("REST POST /task/{id}/claim of unit A", (r, b) -> {
      String id = unitTask("du-ct-ducpho");
      Outcome o = status(b.postJson("/engine-rest/task/" + id + "/claim",
          "{\"userId\":\"" + (r.user == null ? "x" : r.user) + "\"}"));
      String assignee = taskService.createTaskQuery().taskId(id).singleResult().getAssignee();
      assertThat(assignee != null).as("claimed iff allowed: " + o).isEqualTo(o.allowed());
      return o;
    });
    p.put("REST GET /process-definition sees models", (r, b) -> {
      HttpResponse<String> res = b.get("/engine-rest/process-definition?key=task-execution&maxResults=100");
      return new Outcome(res.statusCode() == 200 && res.body().contains("\"key\":\"task-execution\""),
          res.statusCode() + " " + abbreviate(res.body()));
    });
    p.put("REST POST /deployment/create", (r, b) -> {
      String id = "matrix-" + SEQ.incrementAndGet();
      String bpmn = """
          <?xml version="1.0" encoding="UTF-8"?>
          <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://dondoc.vn/test">
            <bpmn:process id="%s" name="Kiểm thử" isExecutable="true" camunda:historyTimeToLive="P1D">
              <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/><bpmn:endEvent id="e"/>
            </bpmn:process>
          </bpmn:definitions>
          """.formatted(id);
      Outcome o = status(multipart(b, "/engine-rest/deployment/create",
          Map.of("deployment-name", id), "data", id + ".bpmn", bpmn.getBytes(StandardCharsets.UTF_8)));
      long deployed = repositoryService.createProcessDefinitionQuery().processDefinitionKey(id).count();
      assertThat(deployed == 1).as("deployed iff allowed: " + o).isEqualTo(o.allowed());
      return o;
    });
    p.put("REST POST /user/create", (r, b) -> {
      String id = "matrix-user-" + SEQ.incrementAndGet();
      return status(b.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id
          + "\",\"firstName\":\"Thử\",\"lastName\":\"Nghiệm\",\"email\":\"t@example.org\"},"
          + "\"credentials\":{\"password\":\"Matrix-Pass-2026!\"}}"));
    });
    p.put("REST GET /authorization sees grants", (r, b) -> {
      HttpResponse<String> res = b.get("/engine-rest/authorization/count");
      return new Outcome(res.statusCode() == 200 && count(res.body()) > 0, res.statusCode() + " " + res.body());
    });
    p.put("API GET /api/org/units", (r, b) -> status(b.get("/api/org/units")));
    // A taken code: an authorized caller reaches the service (409 UNIT_CODE_TAKEN), nothing is created.
    p.put("API POST /api/org/units", (r, b) -> reached(b.postJson("/api/org/units",
        "{\"code\":\"hu-ct-btc\",\"name\":\"x\",\"kind\":\"ADVISORY_BODY\"}"), 409));
    p.put("API GET /api/calendar/2026", (r, b) -> status(b.get("/api/calendar/2026")));
    p.put("API GET /api/admin/calendar/overrides", (r, b) -> status(b.get("/api/admin/calendar/overrides?year=2026")));
    p.put("API GET /api/admin/deployments/audit", (r, b) -> status(b.get("/api/admin/deployments/audit")));
    p.put("page GET /admin/deployments", (r, b) -> status(session(r).get("/admin/deployments")));
    p.put("page GET /dashboard", (r, b) -> status(session(r).get("/dashboard")));
    p.put("API GET /api/monitoring/grid", (r, b) -> status(b.get("/api/monitoring/grid")));
    p.put("API monitoring sees unit B's assignment", (r, b) -> {
      long id = assignmentOf("du-ct-giavien");
      return status(b.get("/api/monitoring/assignments/" + id));
    });
    // No such assignment: an authorized caller gets the business 404, others 403 before any lookup.
    p.put("API POST /api/monitoring/.../directives", (r, b) -> reached(b.postJson(
        "/api/monitoring/assignments/987654321/directives", "{\"content\":\"Khẩn trương thực hiện\"}"), 404));
    p.put("API POST /api/intake", (r, b) -> status(multipart(b, "/api/intake", Map.of(), "file",
        "ket-luan.txt", intakeSample())));
    return p;
  }

  @TestFactory
  Stream<DynamicTest> everyRoleOnEverySurface() {
    deployUnitProcess();
    Map<String, BiFunction<Role, Browser, Outcome>> probes = probes();
    List<Row> rows = table();
    assertThat(rows).extracting(Row::surface).containsExactlyInAnyOrderElementsOf(probes.keySet());
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : rows) {
      for (Role role : Role.values()) {
        String expected = row.expected().get(role);
        tests.add(DynamicTest.dynamicTest(row.surface() + " × " + role + " → " + expected, () -> {
          Assumptions.assumeFalse(expected.equals("pending"), "feature not merged on this branch");
          Outcome outcome = probes.get(row.surface()).apply(role, client(role));
          assertThat(outcome.allowed()).as(row.surface() + " as " + role + ": " + outcome.evidence())
              .isEqualTo(expected.equals("Y"));
        }));
      }
    }
    return tests.stream();
  }

  // ---- probes' helpers

  private Browser client(Role role) {
    return role == Role.ANONYMOUS ? new Browser(port) : Browser.basic(port, role.user, "demo");
  }

  /** A browser session signed in once per role (anonymous: never signed in). */
  private Browser session(Role role) {
    return sessions.computeIfAbsent(role, r -> {
      Browser b = new Browser(port);
      if (r.user != null) {
        assertThat(b.login(r.user, "demo").headers().firstValue("Location").orElse(""))
            .doesNotContain("error");
      }
      return b;
    });
  }

  /** Whether the webapps' "who am I" lists the app, after loading the app page as a browser does. */
  private Outcome app(Role role, String app) {
    Browser b = session(role);
    HttpResponse<String> page = b.get("/camunda/app/" + app + "/default/");
    HttpResponse<String> me = b.get("/camunda/api/admin/auth/user/default");
    if (me.statusCode() != 200) {
      return new Outcome(false, "page " + page.statusCode() + ", who-am-i " + me.statusCode());
    }
    try {
      JsonNode apps = JSON.readTree(me.body()).path("authorizedApps");
      boolean listed = false;
      for (JsonNode a : apps) {
        listed |= a.asText().equals(app);
      }
      return new Outcome(listed && page.statusCode() == 200, "page " + page.statusCode() + ", apps " + apps);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Outcome status(HttpResponse<String> res) {
    int s = res.statusCode();
    boolean refused = s == 401 || s == 403 || s == 404
        || s == 302 && res.headers().firstValue("Location").orElse("").endsWith("/login");
    if (!refused && (s < 200 || s >= 300)) {
      throw new AssertionError("neither allowed nor denied: " + s + " " + abbreviate(res.body()));
    }
    return new Outcome(s >= 200 && s < 300, s + " " + abbreviate(res.body()));
  }

  /** Allowed when the request reached the business check that answers {@code businessStatus}. */
  private static Outcome reached(HttpResponse<String> res, int businessStatus) {
    int s = res.statusCode();
    if (s != businessStatus && s != 401 && s != 403) {
      throw new AssertionError("unexpected " + s + " " + abbreviate(res.body()));
    }
    return new Outcome(s == businessStatus, s + " " + abbreviate(res.body()));
  }

  private static long count(String json) {
    try {
      return JSON.readTree(json).path("count").asLong();
    } catch (IOException e) {
      return -1;
    }
  }

  static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  private void deployUnitProcess() {
    UnitTasks.deploy(repositoryService);
  }

  /** A fresh task for a unit's staff (candidate group = unit). */
  private String unitTask(String unit) {
    return UnitTasks.start(runtimeService, taskService, unit).getId();
  }

  private Long unitBAssignment;

  /** An assignment of a unit for the monitoring scope check (test rows written as the monitoring tests do). */
  private long assignmentOf(String unit) {
    if (unitBAssignment == null) {
      MonitoringFixture fixture = new MonitoringFixture(dataSource);
      long conclusion = fixture.conclusion("9", "hu-ct", java.time.LocalDate.of(2026, 1, 5), "Kiểm thử phân quyền");
      long task = fixture.task(conclusion, "1", "Việc kiểm thử", null, "FIXED",
          java.time.LocalDate.of(2026, 6, 30), null);
      unitBAssignment = fixture.assignment(task, unit, Map.of());
    }
    return unitBAssignment;
  }

  private byte[] intakeSample() {
    try (InputStream in = getClass().getResourceAsStream("/intake/kl-du-ducpho.txt")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> multipart(Browser b, String path, Map<String, String> fields, String fileField,
      String fileName, byte[] content) {
    String boundary = "----dondoc" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    try {
      for (var f : fields.entrySet()) {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
            + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return b.send(b.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
  }
}

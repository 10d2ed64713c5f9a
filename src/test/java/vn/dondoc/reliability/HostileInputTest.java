package vn.dondoc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dondoc.monitoring.MonitoringFixture;
import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;
import vn.dondoc.support.UnitTasks;

/**
 * Hostile input not covered by the platform's security tests: markup and SQL in text fields (stored as typed,
 * shown escaped), Java-serialized variables, expressions in filters and variables, path traversal in upload file
 * names, oversize and malformed uploads.
 */
@DonDocSpringTest
class HostileInputTest {

  static final String SCRIPT = "<script>alert('dondoc')</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String SQL = "'); DROP TABLE progress_report; --";
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void deployUnitProcess() {
    identityService.clearAuthentication();
    UnitTasks.deploy(repositoryService);
  }

  private String unitTask(String unit) {
    return UnitTasks.start(runtimeService, taskService, unit).getId();
  }

  @Test
  void markupAndSqlInAUnitNameAreStoredAsTypedAndServedAsJson() {
    Browser admin = Browser.basic(port, "demo", "demo");
    String name = "Ban " + SCRIPT + SQL.replace("progress_report", "org_unit");
    HttpResponse<String> created = admin.postJson("/api/org/units", "{\"code\":\"hostile-unit\",\"name\":"
        + json(name) + ",\"shortName\":" + json(IMG) + ",\"kind\":\"ADVISORY_BODY\",\"levelCode\":\"HU\","
        + "\"parentCode\":\"hu-ct\"}");
    assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    assertThat(jdbc.sql("SELECT name FROM org_unit WHERE code = 'hostile-unit'").query(String.class).single())
        .isEqualTo(name);
    HttpResponse<String> read = admin.get("/api/org/units/hostile-unit");
    assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(read.body()).contains("<script>alert('dondoc')</script>"); // JSON carries the text as typed
    assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Integer.class).single()).isGreaterThan(20);
  }

  @Test
  void markupInAConclusionTitleIsEscapedOnTheDashboard() {
    MonitoringFixture fixture = new MonitoringFixture(dataSource);
    long conclusion = fixture.conclusion("66", "hu-ct", LocalDate.of(2026, 2, 2), "Kết luận " + SCRIPT + IMG);
    long task = fixture.task(conclusion, "1", "Nhiệm vụ " + SCRIPT, null, "FIXED", LocalDate.of(2026, 6, 30), null);
    long assignment = fixture.assignment(task, "du-ct-ducpho", Map.of());
    fixture.event(assignment, conclusion, "PROGRESS_REPORTED", IMG + SQL);
    Browser admin = session("demo");
    for (String page : List.of("/dashboard", "/dashboard/tasks?conclusionId=" + conclusion,
        "/dashboard/assignments/" + assignment)) {
      HttpResponse<String> r = admin.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.body()).as(page).doesNotContain(SCRIPT).doesNotContain(IMG);
    }
    String detail = admin.get("/dashboard/assignments/" + assignment).body();
    assertThat(detail).contains("&lt;script&gt;alert(&#39;dondoc&#39;)&lt;/script&gt;").contains("&lt;img src=x");
  }

  @Test
  void markupAndSqlInATaskVariableAreStoredAsTypedNeverEvaluated() {
    String id = unitTask("du-ct-ducpho");
    String pi = taskService.createTaskQuery().taskId(id).singleResult().getProcessInstanceId();
    String value = SCRIPT + SQL + " ${''.getClass().forName('java.lang.Runtime')} #{1+1}";
    HttpResponse<String> r = Browser.basic(port, "cv-du-ct-ducpho", "demo").postJson("/engine-rest/task/" + id
        + "/complete", "{\"variables\":{\"note\":{\"value\":" + json(value) + "}}}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("note")
        .singleResult().getValue()).isEqualTo(value);
    // the statement in the text did nothing: the table is still there
    assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_report").query(Integer.class).single()).isNotNull();
  }

  @Test
  void anExpressionAsAVariableValueIsNotEvaluatedWhereTheModelUsesTheVariable() {
    // ${unit} is the candidate group: a variable holding an expression stays a literal group name.
    String pi = runtimeService.startProcessInstanceByKey("platform-unit-task",
        Map.of("unit", "${'camunda-admin'}")).getId();
    var task = taskService.createTaskQuery().processInstanceId(pi).singleResult();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
        .containsExactly("${'camunda-admin'}");
  }

  @Test
  void javaSerializedVariablesAreRefusedOverRest() {
    String id = unitTask("du-ct-ducpho");
    // A serialized java.util.ArrayList (empty), base64: the engine must never deserialize client bytes.
    String body = "{\"variables\":{\"payload\":{\"value\":\"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==\","
        + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
    Browser unit = Browser.basic(port, "cv-du-ct-ducpho", "demo");
    HttpResponse<String> complete = unit.postJson("/engine-rest/task/" + id + "/complete", body);
    assertThat(complete.statusCode()).as(complete.body()).isBetween(400, 599);
    assertThat(complete.body()).containsIgnoringCase("serializ");
    assertThat(taskService.createTaskQuery().taskId(id).count()).as("task not completed").isOne();
    HttpResponse<String> put = unit.send(unit.request("/engine-rest/task/" + id + "/variables/payload")
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
            body.substring("{\"variables\":{\"payload\":".length(), body.length() - 2))));
    assertThat(put.statusCode()).as(put.body()).isBetween(400, 599);
    assertThat(taskService.getVariable(id, "payload")).isNull();
  }

  @Test
  void expressionsInFiltersAndAdHocQueriesAreRefusedToNonAdmins() {
    Browser unit = Browser.basic(port, "cv-du-ct-ducpho", "demo");
    String expr = "${''.getClass().forName('java.lang.Runtime')}";
    HttpResponse<String> filter = unit.postJson("/engine-rest/filter/create", "{\"resourceType\":\"Task\","
        + "\"name\":\"Của tôi\",\"owner\":\"cv-du-ct-ducpho\",\"query\":{\"assigneeExpression\":" + json(expr) + "}}");
    assertThat(filter.statusCode()).as(filter.body()).isEqualTo(403);
    HttpResponse<String> adHoc = unit.postJson("/engine-rest/task?maxResults=5",
        "{\"candidateGroupExpression\":" + json(expr) + "}");
    assertThat(adHoc.statusCode()).as(adHoc.body()).isIn(400, 403);
    assertThat(adHoc.body()).doesNotContain("java.lang.Runtime@");
    HttpResponse<String> adHocGet = unit.get("/engine-rest/task?assigneeExpression="
        + java.net.URLEncoder.encode(expr, StandardCharsets.UTF_8));
    assertThat(adHocGet.statusCode()).as(adHocGet.body()).isIn(400, 403);
    // An existing filter executed with an expression in its extending query, by a non-admin.
    String filterId = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getFilterService()
        .createTaskFilterQuery().list().stream().findFirst().map(f -> f.getId()).orElse(null);
    if (filterId != null) {
      HttpResponse<String> run = unit.postJson("/engine-rest/filter/" + filterId + "/list",
          "{\"assigneeExpression\":" + json(expr) + "}");
      assertThat(run.statusCode()).as(run.body()).isIn(400, 403, 404);
    }
  }

  @Test
  void pathTraversalInAnUploadedFileNameIsCutToTheBaseName() {
    Browser admin = session("demo");
    String token = csrf(admin, "/admin/deployments");
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://dondoc.vn/test">
          <bpmn:process id="hostile-traversal" name="Kiểm thử" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/><bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;
    HttpResponse<String> r = AuthorizationMatrixTest.multipart(admin, "/admin/deployments?_csrf=" + token,
        Map.of("name", "Tên " + SCRIPT), "files", "../../../../tmp/dondoc-evil.bpmn",
        bpmn.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isIn(200, 302);
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("hostile-traversal")
        .latestVersion().singleResult();
    assertThat(definition.getResourceName()).isEqualTo("dondoc-evil.bpmn");
    assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/dondoc-evil.bpmn"))).isFalse();
    String page = admin.get("/admin/deployments").body();
    assertThat(page).doesNotContain(SCRIPT).contains("Tên &lt;script&gt;");
  }

  @Test
  void intakeReadsOnlyBytesWhateverTheFileNameSays() {
    Browser supervisor = Browser.basic(port, "cv-hu-ct-btc", "demo");
    HttpResponse<String> r = AuthorizationMatrixTest.multipart(supervisor, "/api/intake", Map.of(), "file",
        "../../../../../tmp/dondoc-intake-evil.txt", "KẾT LUẬN\n".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isIn(200, 422);
    assertThat(r.body()).doesNotContain("Exception");
    assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/dondoc-intake-evil.txt"))).isFalse();
  }

  @Test
  void oversizeAndMalformedUploadsGetAClearAnswerNotA500() {
    Browser supervisor = Browser.basic(port, "cv-hu-ct-btc", "demo");
    byte[] big = new byte[11 * 1024 * 1024]; // over intake's 10 MB, under the 20 MB multipart limit
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> tooBig = AuthorizationMatrixTest.multipart(supervisor, "/api/intake", Map.of(), "file",
        "lon.txt", big);
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(tooBig.body()).contains("FILE_TOO_LARGE").contains("dung lượng");
    byte[] huge = new byte[21 * 1024 * 1024]; // over the multipart limit itself
    HttpResponse<String> overLimit = AuthorizationMatrixTest.multipart(supervisor, "/api/intake", Map.of(), "file",
        "rat-lon.txt", huge);
    assertThat(overLimit.statusCode()).isEqualTo(413);

    // A multipart body cut off in the middle (no closing boundary).
    HttpResponse<String> cut = supervisor.send(supervisor.request("/api/intake")
        .header("Content-Type", "multipart/form-data; boundary=XYZ").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; "
            + "filename=\"a.txt\"\r\n\r\nKẾT LUẬN")));
    assertThat(cut.statusCode()).as(cut.body()).isEqualTo(400);
    assertThat(cut.body()).contains(vn.dondoc.reliability.MalformedUploadAdvice.CODE).contains("bị cắt giữa chừng");
    // Not a document at all, named .docx.
    HttpResponse<String> fake = AuthorizationMatrixTest.multipart(supervisor, "/api/intake", Map.of(), "file",
        "ket-luan.docx", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
    assertThat(fake.statusCode()).as(fake.body()).isBetween(400, 499);
    assertThat(fake.body()).contains("\"code\"").doesNotContain("Exception");

    // The admin page: a file over the multipart limit, and a .bpmn that is not XML.
    Browser admin = session("demo");
    String token = csrf(admin, "/admin/deployments");
    HttpResponse<String> adminHuge = AuthorizationMatrixTest.multipart(admin, "/admin/deployments?_csrf=" + token,
        Map.of("name", "lớn"), "files", "lon.bpmn", huge);
    assertThat(adminHuge.statusCode()).isEqualTo(413);
    HttpResponse<String> notXml = AuthorizationMatrixTest.multipart(admin, "/admin/deployments?_csrf="
        + csrf(admin, "/admin/deployments"), Map.of("name", "hỏng"), "files", "hong.bpmn",
        "not xml at all <<<".getBytes(StandardCharsets.UTF_8));
    assertThat(notXml.statusCode()).isEqualTo(200);
    assertThat(notXml.body()).contains("BPMN_PARSE_ERROR");
  }

  // ---- helpers

  private Browser session(String user) {
    Browser b = new Browser(port);
    b.login(user, "demo");
    return b;
  }

  private static String csrf(Browser b, String page) {
    Matcher m = CSRF.matcher(b.get(page).body());
    assertThat(m.find()).as("CSRF token on " + page).isTrue();
    return m.group(1);
  }

  static String json(String s) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

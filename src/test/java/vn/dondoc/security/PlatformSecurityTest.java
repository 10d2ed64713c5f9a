package vn.dondoc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;
import vn.dondoc.support.UnitTasks;

@DonDocSpringTest
class PlatformSecurityTest {

  static final String DUC_PHO = "du-ct-ducpho";
  static final String GIA_VIEN = "du-ct-giavien";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  @BeforeEach
  void deployUnitProcess() {
    UnitTasks.deploy(repositoryService);
  }

  Task taskOf(String unit) {
    return UnitTasks.start(runtimeService, taskService, unit);
  }

  @ParameterizedTest(name = "anonymous {0} {1} -> {2}")
  @CsvSource({
      "GET, /, 302",
      "GET, /camunda/app/tasklist/default/, 302",
      "GET, /camunda/app/cockpit/default/, 302",
      "GET, /camunda/app/admin/default/, 302",
      "GET, /camunda/api/engine/engine/default/task, 401",
      "GET, /camunda/api/admin/auth/user/default, 401",
      "POST, /camunda/api/admin/setup/default/user/create, 401",
      "GET, /engine-rest/task, 401",
      "GET, /engine-rest/process-definition, 401",
      "POST, /engine-rest/deployment/create, 401",
      "GET, /api/org/units, 401",
      "POST, /api/org/units, 403", // refused by the CSRF check before authentication
  })
  void anonymousIsRefusedEverywhere(String method, String path, int expected) {
    Browser anonymous = new Browser(port);
    HttpRequest.Builder request = anonymous.request(path).header("Accept", "text/html");
    if (method.equals("POST")) {
      request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
    }
    HttpResponse<String> response = anonymous.send(request);
    assertThat(response.statusCode()).isEqualTo(expected);
    if (expected == 302) {
      assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
  }

  @Test
  void unitUserLoginLandsInTasklistAndTheWebappKnowsThem() {
    Browser browser = new Browser(port);
    HttpResponse<String> login = browser.login("cv-du-ct-ducpho", "demo");
    assertThat(login.statusCode()).isEqualTo(302);
    HttpResponse<String> home = browser.get("/");
    assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
        l -> assertThat(l).endsWith("/camunda/app/tasklist/default/"));
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> me = browser.get("/camunda/api/admin/auth/user/default");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"cv-du-ct-ducpho\"").contains("tasklist").doesNotContain("cockpit");
  }

  @Test
  void camundasOwnLoginFormAndLogoutUseTheSameSession() {
    Browser browser = new Browser(port);
    browser.get("/login"); // a session exists, as in a browser that was signed out
    HttpResponse<String> login = browser.send(browser.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=cv-du-ct-namninh&password=demo")));
    assertThat(login.statusCode()).isEqualTo(200);
    HttpResponse<String> me = browser.get("/camunda/api/admin/auth/user/default");
    assertThat(me.body()).as(me.statusCode() + " " + me.headers().map() + " login:" + login.body() + login.headers().map()).contains("cv-du-ct-namninh");
    assertThat(browser.get("/api/org/units").statusCode()).isEqualTo(200);

    HttpResponse<String> logout = browser.postCamundaWebapp("/camunda/api/admin/auth/user/default/logout", "");
    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(browser.get("/api/org/units").statusCode()).isEqualTo(401);

    HttpResponse<String> wrong = new Browser(port).send(new Browser(port)
        .request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=cv-du-ct-tienhoang&password=sai")));
    assertThat(wrong.statusCode()).isEqualTo(401);
  }

  @Test
  void errorPagesAreVietnamese() {
    Browser browser = new Browser(port);
    browser.login("cv-du-ct-namninh", "demo");
    HttpResponse<String> missing = browser.send(browser.request("/khong-co-trang-nay")
        .header("Accept", "text/html").GET());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Không tìm thấy trang").doesNotContain("Whitelabel");
  }

  @Test
  void supervisorsAndLeadersLandOnTheDashboard() {
    for (String user : List.of("cv-hu-ct-btc", "cv-hu-ct-tt")) {
      Browser browser = new Browser(port);
      browser.login(user, "demo");
      assertThat(browser.get("/").headers().firstValue("Location")).as(user)
          .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
      assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void loginPageIsVietnameseAndWrongPasswordIsRefused() {
    Browser browser = new Browser(port);
    assertThat(browser.get("/login").body()).contains("Đăng nhập").contains("Mật khẩu");
    // a user of its own: failed logins slow down further logins of that user (Camunda's throttling)
    HttpResponse<String> login = browser.login("cv-du-ct-quangngai", "wrong-password");
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
  }

  @Test
  void supervisorsGetCockpitAdminsGetAdmin() {
    Browser supervisor = new Browser(port);
    supervisor.login("cv-hu-ct-btc", "demo");
    assertThat(supervisor.get("/camunda/api/admin/auth/user/default").body()).contains("cockpit").doesNotContain("\"admin\"");
    Browser admin = new Browser(port);
    admin.login("demo", "demo");
    assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("cockpit").contains("admin");
  }

  @Test
  void restWithBasicAuthentication() {
    assertThat(Browser.basic(port, "cv-du-ct-ducpho", "demo").get("/engine-rest/task/count").statusCode()).isEqualTo(200);
    assertThat(Browser.basic(port, "cv-du-ct-ttphuoccat", "nope").get("/engine-rest/task/count").statusCode())
        .isEqualTo(401);
    HttpResponse<String> api = Browser.basic(port, "cv-du-ct-ducpho", "demo").get("/api/org/units");
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(api.body()).contains("Đảng ủy xã Đức Phổ");
    assertThat(api.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
  }

  @Test
  void aUnitSeesAndWorksOnlyItsOwnTasks() {
    Task own = taskOf(DUC_PHO);
    Task other = taskOf(GIA_VIEN);
    Browser rest = Browser.basic(port, "cv-du-ct-ducpho", "demo");

    String list = rest.get("/engine-rest/task?processDefinitionKey=platform-unit-task&maxResults=100").body();
    assertThat(list).contains(own.getId()).doesNotContain(other.getId());
    assertThat(rest.get("/engine-rest/task/" + other.getId()).statusCode()).isIn(403, 404);
    assertThat(rest.get("/engine-rest/task/" + other.getId() + "/variables").statusCode()).isIn(403, 404);
    assertThat(rest.postJson("/engine-rest/task/" + other.getId() + "/complete", "{}").statusCode()).isIn(403, 404);
    assertThat(rest.postJson("/engine-rest/task/" + other.getId() + "/claim", "{\"userId\":\"cv-du-ct-ducpho\"}")
        .statusCode()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(other.getId()).count()).isEqualTo(1);

    // Through Tasklist's own API (session login) the same.
    Browser tasklist = new Browser(port);
    tasklist.login("cv-du-ct-ducpho", "demo");
    String webList = tasklist.postCamundaWebapp("/camunda/api/engine/engine/default/task?maxResults=200",
        "{\"processDefinitionKey\":\"platform-unit-task\"}").body();
    assertThat(webList).contains(own.getId()).doesNotContain(other.getId());
    assertThat(tasklist.postCamundaWebapp("/camunda/api/engine/engine/default/task/" + other.getId() + "/complete",
        "{}").statusCode()).isIn(403, 404);

    // The own task can be worked.
    assertThat(rest.postJson("/engine-rest/task/" + own.getId() + "/complete", "{}").statusCode()).isEqualTo(204);
  }

  @Test
  void expressionsInOrQueriesAreRejectedOnEveryPath() {
    String attack = "{\"orQueries\":[{\"assigneeExpression\":\"${''.getClass().forName('java.lang.Runtime')}\"}]}";
    Browser rest = Browser.basic(port, "cv-du-ct-ducpho", "demo");
    HttpResponse<String> viaRest = rest.postJson("/engine-rest/task?maxResults=10", attack);
    assertThat(viaRest.statusCode()).isEqualTo(400);
    assertThat(viaRest.body()).contains(OrQueryExpressionGuard.ERROR_CODE);
    assertThat(rest.postJson("/engine-rest/task/count", attack).body()).contains(OrQueryExpressionGuard.ERROR_CODE);
    // candidate group expressions too, and from an admin as well: nobody may evaluate them
    assertThat(Browser.basic(port, "demo", "demo").postJson("/engine-rest/task?maxResults=10",
        "{\"orQueries\":[{\"candidateGroupExpression\":\"${currentUserGroups()}\"}]}").body())
        .contains(OrQueryExpressionGuard.ERROR_CODE);

    Browser webapp = new Browser(port);
    webapp.login("cv-du-ct-ducpho", "demo");
    HttpResponse<String> viaWebapp = webapp.postCamundaWebapp("/camunda/api/engine/engine/default/task?maxResults=10",
        attack);
    assertThat(viaWebapp.statusCode()).isEqualTo(400);
    assertThat(viaWebapp.body()).contains(OrQueryExpressionGuard.ERROR_CODE);

    // A filter executed with an extending query carrying the attack.
    String filterId = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getFilterService()
        .createTaskFilterQuery().list().stream().findFirst().map(f -> f.getId()).orElseGet(() -> {
          var fs = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getFilterService();
          var filter = fs.newTaskFilter("Kiểm thử").setOwner("demo");
          filter.setQuery(org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getTaskService()
              .createTaskQuery());
          return fs.saveFilter(filter).getId();
        });
    HttpResponse<String> viaFilter = Browser.basic(port, "demo", "demo")
        .postJson("/engine-rest/filter/" + filterId + "/list?maxResults=10", attack);
    assertThat(viaFilter.statusCode()).as(viaFilter.body()).isEqualTo(400);
    assertThat(viaFilter.body()).contains(OrQueryExpressionGuard.ERROR_CODE);

    // Ordinary or-queries still work.
    HttpResponse<String> plain = rest.postJson("/engine-rest/task?maxResults=50",
        "{\"orQueries\":[{\"candidateGroups\":[\"du-ct-ducpho\"],\"assignee\":\"cv-du-ct-ducpho\"}]}");
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
  }

  @Test
  void theEngineItselfRejectsOrQueryExpressionsWhateverThePath() {
    org.camunda.bpm.engine.impl.TaskQueryImpl query = (org.camunda.bpm.engine.impl.TaskQueryImpl) taskService
        .createTaskQuery().or().taskAssigneeExpression("${'x'}").endOr();
    org.assertj.core.api.Assertions.assertThatThrownBy(query::list)
        .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessageContaining(OrQueryExpressionGuard.ERROR_CODE);
    org.assertj.core.api.Assertions.assertThatThrownBy(query::count)
        .hasMessageContaining(OrQueryExpressionGuard.ERROR_CODE);
    // an expression in the main query is governed by Camunda's own ad-hoc switch, not by this guard
    assertThat(taskService.createTaskQuery().or().taskAssignee("x").endOr().count()).isZero();
  }

  @Test
  void adminFirstRunSetupIsClosed() {
    Browser user = new Browser(port);
    user.login("cv-du-ct-ducpho", "demo");
    HttpResponse<String> response = user.postCamundaWebapp("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@y.z\"},"
            + "\"credentials\":{\"password\":\"Intruder-Passw0rd!\"}}");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains(AdminSetupGuard.ERROR_CODE);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void tasksOutsideAFollowUpProcessCannotBeCreatedEvenByAnAdmin() {
    // standalone tasks are off in the engine: every task a unit sees belongs to a follow-up process
    HttpResponse<String> created = Browser.basic(port, "demo", "demo").postJson("/engine-rest/task/create",
        "{\"id\":\"free-standing-task\",\"name\":\"Việc tự tạo\"}");
    assertThat(created.statusCode()).isBetween(400, 599);
    assertThat(taskService.createTaskQuery().taskId("free-standing-task").count()).isZero();
  }

  @Test
  void onlyAdministratorsDeploy() {
    String boundary = "----dondoc";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nx\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"evil.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "targetNamespace=\"x\"><process id=\"evil\" isExecutable=\"true\"><startEvent id=\"s\"/></process>"
        + "</definitions>\r\n--" + boundary + "--\r\n";
    for (String user : List.of("cv-hu-ct-vp", "cv-hu-ct-btc", "cv-hu-ct-tt")) {
      Browser rest = Browser.basic(port, user, "demo");
      HttpResponse<String> response = rest.send(rest.request("/engine-rest/deployment/create")
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body)));
      assertThat(response.statusCode()).as(user).isEqualTo(403);
    }
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("evil").count()).isZero();
  }

  @Test
  void onlyAdministratorsChangeTheOrganisation() {
    String unit = "{\"code\":\"du-ct-thu\",\"name\":\"Đảng ủy xã Thử\",\"kind\":\"BASE_COMMITTEE\",\"levelCode\":\"ĐU\","
        + "\"parentCode\":\"hu-ct\",\"validFrom\":\"2025-07-01\"}";
    assertThat(Browser.basic(port, "cv-hu-ct-btc", "demo").postJson("/api/org/units", unit).statusCode()).isEqualTo(403);
    Browser browser = new Browser(port);
    browser.login("cv-hu-ct-btc", "demo");
    assertThat(browser.postJson("/api/org/units", unit).statusCode()).isEqualTo(403);
  }

  @Test
  void sessionCookieIsSecureBehindHttps() {
    Browser browser = new Browser(port);
    HttpResponse<String> page = browser.send(browser.request("/login").header("X-Forwarded-Proto", "https").GET());
    assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c ->
        assertThat(c).startsWith("JSESSIONID").contains("Secure").contains("HttpOnly"));
  }
}

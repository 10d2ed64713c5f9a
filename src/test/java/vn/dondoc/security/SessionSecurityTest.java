package vn.dondoc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;

@DonDocSpringTest
class SessionSecurityTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private String newUser(String id) {
    User user = identityService.newUser(id);
    user.setFirstName("Người");
    user.setLastName("Thử");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(id, "du-ct-giavien");
    return id;
  }

  @Test
  void theSessionIdChangesAtLogin() {
    Browser browser = new Browser(port);
    browser.get("/login");
    String before = browser.cookie("JSESSIONID");
    browser.login("cv-du-ct-giavien", "demo");
    String after = browser.cookie("JSESSIONID");
    assertThat(before).isNotNull();
    assertThat(after).isNotNull().isNotEqualTo(before);
  }

  @Test
  void aDeletedUsersSessionStopsWorking() {
    String id = newUser("nguoi-bi-xoa");
    Browser browser = new Browser(port);
    browser.login(id, "demo");
    assertThat(browser.get("/api/org/units").statusCode()).isEqualTo(200);
    identityService.deleteUser(id);
    assertThat(browser.get("/api/org/units").statusCode()).isEqualTo(401);
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
  }

  @Test
  void repeatedWrongPasswordsThrottleTheAccount() {
    String id = newUser("nguoi-bi-do-mat-khau");
    for (int i = 0; i < 3; i++) {
      new Browser(port).login(id, "doan-mo-" + i);
    }
    // Right after the failures even the right password is refused for a while (Camunda's login delay).
    assertThat(Browser.basic(port, id, "demo").get("/api/org/units").statusCode()).isEqualTo(401);
    HttpResponse<String> form = new Browser(port).login(id, "demo");
    assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    identityService.unlockUser(id);
    assertThat(Browser.basic(port, id, "demo").get("/api/org/units").statusCode()).isEqualTo(200);
  }

  @Test
  void aForgedPostWithoutTheCsrfTokenIsRefused() {
    Browser browser = new Browser(port);
    browser.login("demo", "demo");
    HttpResponse<String> forged = browser.postJson("/api/org/units",
        "{\"code\":\"du-gia\",\"name\":\"Giả mạo\",\"kind\":\"BASE_COMMITTEE\"}");
    assertThat(forged.statusCode()).isEqualTo(403);
    // Camunda's webapp API refuses a modifying request without its X-XSRF-TOKEN as well.
    HttpResponse<String> camunda = browser.send(browser.request("/camunda/api/engine/engine/default/task/x/complete")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(camunda.statusCode()).isEqualTo(403);
    assertThat(identityService.createGroupQuery().groupId("du-gia").count()).isZero();
  }
}

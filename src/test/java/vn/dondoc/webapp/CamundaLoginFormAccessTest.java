package vn.dondoc.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;

/**
 * Camunda's own login form (shown after its "Đăng xuất") first asks for the engine names, signed out; without
 * them it reports a failed login before posting anything. Only that list is open: the engine's data is not.
 */
@DonDocSpringTest
class CamundaLoginFormAccessTest {

  @LocalServerPort int port;

  @Test
  void engineNamesAreOpenToTheSignedOutLoginFormAndNothingElse() {
    Browser signedOut = new Browser(port);
    HttpResponse<String> engines = signedOut.get("/camunda/api/engine/engine/");
    assertThat(engines.statusCode()).isEqualTo(200);
    assertThat(engines.body()).isEqualTo("[{\"name\":\"default\"}]");
    assertThat(signedOut.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
    assertThat(signedOut.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(401);
    assertThat(signedOut.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
  }
}

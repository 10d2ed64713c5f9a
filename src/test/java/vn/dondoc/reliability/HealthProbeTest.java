package vn.dondoc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;

/**
 * The health probes for load balancers: anonymous, status only, and the only part of the actuator anyone can
 * reach. That readiness turns UP only after the start-up runners is checked on the packaged app by
 * {@link AppProcess#start} at every start of the process tests.
 */
@DonDocSpringTest
class HealthProbeTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> PROBES = List.of("/actuator/health/liveness", "/actuator/health/readiness");

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void probesAnswerAnyoneWithTheStatusAlone() throws Exception {
    for (String probe : PROBES) {
      HttpResponse<String> r = new Browser(port).get(probe);
      assertThat(r.statusCode()).as(probe).isEqualTo(200);
      JsonNode body = JSON.readTree(r.body());
      List<String> fields = new ArrayList<>();
      body.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(probe + " shows nothing but the status").containsExactly("status");
      assertThat(body.get("status").asText()).isEqualTo("UP");
      assertThat(r.headers().firstValue("Set-Cookie")).as(probe + " opens no session").isEmpty();
    }
  }

  @Test
  void nothingElseOfTheActuatorAnswers() {
    List<String> refused = new ArrayList<>();
    List<String> paths = List.of("/actuator", "/actuator/health", "/actuator/health/db",
        "/actuator/health/processEngine", "/actuator/health/readiness/extra", "/actuator/info", "/actuator/env",
        "/actuator/env/spring.datasource.password", "/actuator/beans", "/actuator/configprops",
        "/actuator/metrics", "/actuator/loggers", "/actuator/mappings", "/actuator/heapdump",
        "/actuator/threaddump", "/actuator/scheduledtasks", "/actuator/caches", "/actuator/sessions");
    for (Browser who : List.of(new Browser(port), Browser.basic(port, "demo", "demo"))) {
      for (String path : paths) {
        HttpResponse<String> r = who.get(path);
        assertThat(r.statusCode()).as(path).isIn(401, 403, 404);
        assertThat(r.body()).as(path).doesNotContain("\"status\"", "components", "jdbc", "password");
        refused.add(path);
      }
      HttpResponse<String> shutdown = who.send(HttpRequest.newBuilder(who.uri("/actuator/shutdown"))
          .POST(HttpRequest.BodyPublishers.noBody()));
      assertThat(shutdown.statusCode()).isIn(401, 403, 404);
      HttpResponse<String> writeLogger = who.postJson("/actuator/loggers/ROOT", "{\"configuredLevel\":\"TRACE\"}");
      assertThat(writeLogger.statusCode()).isIn(401, 403, 404);
    }
    assertThat(refused).hasSize(paths.size() * 2);
  }

  @Test
  void readinessFollowsTheApplicationsAvailability() throws Exception {
    Browser lb = new Browser(port);
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      HttpResponse<String> refusing = lb.get("/actuator/health/readiness");
      assertThat(refusing.statusCode()).isEqualTo(503);
      assertThat(JSON.readTree(refusing.body()).get("status").asText()).isEqualTo("OUT_OF_SERVICE");
      assertThat(lb.get("/actuator/health/liveness").statusCode()).as("alive while not ready").isEqualTo(200);
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(lb.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }
}

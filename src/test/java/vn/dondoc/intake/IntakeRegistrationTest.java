package vn.dondoc.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dondoc.followup.ConclusionDraft;
import vn.dondoc.followup.FollowupIds;
import vn.dondoc.platform.ApiException;
import vn.dondoc.support.Browser;
import vn.dondoc.support.DonDocSpringTest;

@DonDocSpringTest
class IntakeRegistrationTest {

  static final String SAMPLE = FixtureDocuments.resource("kl-hu-ct-table.txt");

  @LocalServerPort int port;
  @Autowired IntakeService intake;
  @Autowired IntakeRegistration registration;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;

  static Authentication user(String name, String... roles) {
    return UsernamePasswordAuthenticationToken.authenticated(name, null,
        java.util.Arrays.stream(roles).map(SimpleGrantedAuthority::new).toList());
  }

  IntakeResult read(String text) {
    return intake.read(new MockMultipartFile("file", "kl.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)),
        user("cv-hu-ct-vp", "ROLE_ISSUING_OFFICE"));
  }

  @Test
  void aReadDocumentBecomesTheProposalOfTheLifecycle() {
    IntakeResult result = read(SAMPLE);
    ConclusionDraft draft = registration.toDraft(result);
    assertThat(draft.businessKey()).isEqualTo("1125-KL/HU@2024-10-02");
    assertThat(draft.issuerUnitCode()).isEqualTo("hu-ct");
    assertThat(draft.monitoringUnit()).isEqualTo(result.monitoring().leadUnit().unitCode());
    // the monitoring clause is the follow-up duty itself, not a task of its own
    long clauses = result.tasks().stream().filter(ExtractedTask::monitoringClause).count();
    assertThat(draft.tasks()).hasSize(result.tasks().size() - (int) clauses);
    ConclusionDraft.TaskDraft first = draft.tasks().get(0);
    assertThat(first.leadUnits()).containsExactly("hu-ct-btg");
    assertThat(first.deadlineDate()).isEqualTo(java.time.LocalDate.of(2024, 10, 30));
    // an unmatched lead phrase is not turned into a code: the office resolves it while listing the tasks
    ExtractedTask unmatched = result.tasks().get(3);
    assertThat(unmatched.leadUnits().get(0).unitCode()).isNull();
    assertThat(draft.tasks().get(3).leadUnits()).doesNotContainNull();
  }

  @Test
  void theIssuingOfficeRegistersFromThePageAndConfirmsInTasklist() throws Exception {
    String text = SAMPLE.replace("1125-KL/HU", "1126-KL/HU");
    String resultJson = json.writeValueAsString(read(text));
    Browser browser = new Browser(port);
    browser.login("cv-hu-ct-vp", "demo");
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.get("/intake").body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> response = browser.send(browser.request("/intake/register")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("result=" + URLEncoder.encode(resultJson, StandardCharsets.UTF_8)
            + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("tasklist"));

    String key = "1126-KL/HU@2024-10-02";
    assertThat(jdbc.sql("SELECT lifecycle_state FROM conclusion WHERE business_key = ?").param(key)
        .query(String.class).single()).isEqualTo("DRAFT");
    Task listing = taskService.createTaskQuery().processInstanceBusinessKey(key).singleResult();
    assertThat(listing.getTaskDefinitionKey()).isEqualTo(FollowupIds.Lifecycle.LIST_TASKS);
    assertThat(taskService.createTaskQuery().taskId(listing.getId()).taskCandidateGroup("hu-ct-vp").count()).isOne();

    // the same document twice: a clear error, nothing registered again
    HttpResponse<String> again = browser.send(browser.request("/intake/register")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("result=" + URLEncoder.encode(resultJson, StandardCharsets.UTF_8)
            + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("CONCLUSION_NUMBER_TAKEN");
  }

  @Test
  void onlyTheIssuingOfficeAndAdminsRegister() {
    IntakeResult result = read(SAMPLE.replace("1125-KL/HU", "1127-KL/HU"));
    assertThatThrownBy(() -> registration.register(result, user("tb-hu-ct-btc", "ROLE_SUPERVISOR")))
        .isInstanceOf(ApiException.class).hasMessageContaining("văn phòng");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM conclusion WHERE business_key LIKE '1127-%'").query(Integer.class)
        .single()).isZero();
  }

  @Test
  void aDocumentOfAnUnknownIssuerIsNotRegistered() {
    IntakeResult result = read(SAMPLE);
    IntakeResult unknown = new IntakeResult(result.sourceFormat(), result.partyHeader(), result.documentNumber(),
        result.number(), result.typeCode(), result.issuerCode(), result.parentBody(), "Huyện ủy Không Có",
        result.issuerAsWritten(), null, result.place(), result.issuedDate(), result.title(), result.subject(),
        result.signer(), result.references(), result.tasks(), result.monitoring(), result.recipients(),
        List.of(), result.warnings());
    assertThatThrownBy(() -> registration.toDraft(unknown)).isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).getCode()).isEqualTo("INTAKE_ISSUER_UNKNOWN");
  }
}

package vn.dondoc.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.dondoc.support.DonDocSpringTest;

/**
 * The deployment path Camunda Modeler uses: {@code POST /engine-rest/deployment/create} with HTTP Basic. Only
 * admins get through; the validator's refusal is a 400 with the Vietnamese message; every deployment and
 * deletion lands in the audit log.
 */
@DonDocSpringTest
class DeploymentRestTest {

  static final String ADMIN = "demo";
  static final String STAFF = "cv-hu-ct-btc";
  static final String PASSWORD = "demo";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired DeploymentAudit audit;

  @Test
  void nonAdminCannotDeployOverRest() {
    ResponseEntity<String> response = deploy(STAFF, "staff-attempt", "valid.bpmn", "valid.form");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repositoryService.createDeploymentQuery().deploymentName("staff-attempt").count()).isZero();
  }

  @Test
  void unauthenticatedCannotDeploy() {
    ResponseEntity<String> response = rest.postForEntity("/engine-rest/deployment/create",
        multipart("anonymous-attempt", "valid.bpmn"), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void camundaAuthorizationAlsoDeniesDeploymentCreateToNonAdmins() {
    // Second line of defence, for any way in that Spring Security's URL rules do not cover (e.g. Cockpit).
    List<String> groups = identityService.createGroupQuery().groupMember(STAFF).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(STAFF, groups);
    try {
      assertThatThrownBy(() -> repositoryService.createDeployment().name("staff-java")
          .addString("x.bpmn", new String(DeploymentValidatorTest.read("valid.bpmn"))).deploy())
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void adminDeploysAValidModelAndTheDeploymentIsAudited() {
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(ADMIN, PASSWORD).exchange(
        "/engine-rest/deployment/create", HttpMethod.POST, multipart("modeler-valid", "valid.bpmn", "valid.form"),
        new ParameterizedTypeReference<>() {});

    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    String deploymentId = (String) response.getBody().get("id");
    DeploymentAudit.Entry entry = auditRow(DeploymentAudit.DEPLOYED, deploymentId);
    assertThat(entry.actor()).isEqualTo(ADMIN);
    assertThat(entry.source()).isEqualTo("Camunda Modeler");
    assertThat(entry.deploymentName()).isEqualTo("modeler-valid");
    assertThat(entry.resourceNames()).contains("valid.bpmn").contains("valid.form");
    assertThat(entry.occurredAt()).isNotNull();
  }

  @Test
  void refusedModelGets400WithTheVietnameseMessageAndNoAuditRow() {
    int before = audit.recent(2000).size();

    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(ADMIN, PASSWORD).exchange(
        "/engine-rest/deployment/create", HttpMethod.POST,
        multipart("modeler-bad", "bad-candidate-group.bpmn", "bad-script-task.bpmn"),
        new ParameterizedTypeReference<>() {});

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = (String) response.getBody().get("message");
    assertThat(message).startsWith("Không triển khai được: mô hình có 2 lỗi.")
        .contains("[UNKNOWN_CANDIDATE_GROUP]").contains("Thẩm định báo cáo").contains("mã review")
        .contains("[SCRIPT_NOT_ALLOWED]").contains("mã calc");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("modeler-bad").count()).isZero();
    assertThat(audit.recent(2000)).hasSize(before);
  }

  @Test
  void everyDeploymentPathIsValidatedIncludingTheJavaApi() {
    assertThatThrownBy(() -> repositoryService.createDeployment().name("java-bad")
        .addString("bad-java-class.bpmn", new String(DeploymentValidatorTest.read("bad-java-class.bpmn"),
            java.nio.charset.StandardCharsets.UTF_8)).deploy())
        .isInstanceOf(DeploymentRejectedException.class)
        .hasMessageContaining("JAVA_CLASS_NOT_ALLOWED")
        .hasMessageContaining("Gửi thông báo");
  }

  @Test
  void candidateGroupsAreCheckedAgainstTheRealOrganisation() {
    String bpmn = new String(DeploymentValidatorTest.read("bad-candidate-group.bpmn"),
        java.nio.charset.StandardCharsets.UTF_8).replace("ban-khong-ton-tai", "du-ct-ducpho");
    String id = repositoryService.createDeployment().name("java-units").addString("units.bpmn", bpmn).deploy().getId();
    assertThat(auditRow(DeploymentAudit.DEPLOYED, id).actor()).isEqualTo(DeploymentAudit.SYSTEM);
  }

  @Test
  void onlyAdminsDeleteDeploymentsAndDeletionsAreAudited() {
    ResponseEntity<Map<String, Object>> created = rest.withBasicAuth(ADMIN, PASSWORD).exchange(
        "/engine-rest/deployment/create", HttpMethod.POST, multipart("to-delete", "valid.bpmn", "valid.form"),
        new ParameterizedTypeReference<>() {});
    String id = (String) created.getBody().get("id");

    ResponseEntity<String> staff = rest.withBasicAuth(STAFF, PASSWORD)
        .exchange("/engine-rest/deployment/" + id, HttpMethod.DELETE, null, String.class);
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> admin = rest.withBasicAuth(ADMIN, PASSWORD)
        .exchange("/engine-rest/deployment/" + id + "?cascade=true", HttpMethod.DELETE, null, String.class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    DeploymentAudit.Entry entry = auditRow(DeploymentAudit.DELETED, id);
    assertThat(entry.actor()).isEqualTo(ADMIN);
    assertThat(entry.deploymentName()).isEqualTo("to-delete");
    assertThat(entry.resourceNames()).isEqualTo("valid.bpmn, valid.form");
  }

  @Test
  void auditLogIsServedToAdminsOnly() {
    deploy(ADMIN, "audit-visible", "valid.bpmn", "valid.form");

    ResponseEntity<List<Map<String, Object>>> admin = rest.withBasicAuth(ADMIN, PASSWORD).exchange(
        "/api/admin/deployments/audit", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody()).anySatisfy(row -> {
      assertThat(row.get("action")).isEqualTo("DEPLOYED");
      assertThat(row.get("deploymentName")).isEqualTo("audit-visible");
      assertThat(row.get("actor")).isEqualTo(ADMIN);
    });

    ResponseEntity<String> staff = rest.withBasicAuth(STAFF, PASSWORD)
        .getForEntity("/api/admin/deployments/audit", String.class);
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private DeploymentAudit.Entry auditRow(String action, String deploymentId) {
    return audit.recent(2000).stream()
        .filter(e -> action.equals(e.action()) && deploymentId.equals(e.deploymentId()))
        .findFirst().orElseThrow(() -> new AssertionError("No " + action + " audit row for " + deploymentId));
  }

  private ResponseEntity<String> deploy(String user, String name, String... files) {
    return rest.withBasicAuth(user, PASSWORD)
        .postForEntity("/engine-rest/deployment/create", multipart(name, files), String.class);
  }

  /** The form Camunda Modeler sends. */
  static HttpEntity<MultiValueMap<String, Object>> multipart(String name, String... files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", name);
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "false");
    for (String file : files) {
      byte[] content = DeploymentValidatorTest.read(file);
      body.add(file, new ByteArrayResource(content) {
        @Override
        public String getFilename() {
          return file;
        }
      });
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }
}

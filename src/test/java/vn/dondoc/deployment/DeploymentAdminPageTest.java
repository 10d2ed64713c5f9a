package vn.dondoc.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.dondoc.support.DonDocSpringTest;

/** The admin page: admins only, CSRF-protected, shows the validator's refusals and the audit log. */
@DonDocSpringTest
class DeploymentAdminPageTest {

  @Autowired WebApplicationContext context;
  @Autowired RepositoryService repositoryService;
  @Autowired DeploymentAudit audit;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    // Built by hand (not @AutoConfigureMockMvc) so that all tests share one application context.
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  @Test
  void nonAdminsCannotOpenThePage() throws Exception {
    mvc.perform(get("/admin/deployments").with(user("cv-hu-ct-btc").roles("USER", "SUPERVISOR")))
        .andExpect(status().isForbidden());
  }

  @Test
  void adminSeesThePageInVietnamese() throws Exception {
    mvc.perform(get("/admin/deployments").with(user("demo").roles("USER", "ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Triển khai mô hình quy trình")))
        .andExpect(content().string(containsString("Nhật ký triển khai, xóa và chuyển phiên bản")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("/css/dondoc.css")));
  }

  @Test
  void uploadWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(multipart("/admin/deployments").file(file("valid.bpmn"))
            .with(user("demo").roles("USER", "ADMIN")))
        .andExpect(status().isForbidden());
  }

  @Test
  void refusedUploadShowsTheProblemsAndKeepsTheFileNames() throws Exception {
    mvc.perform(multipart("/admin/deployments").file(file("bad-timer-cycle.bpmn")).file(file("valid.form"))
            .param("name", "Thử chu kỳ sai").with(user("demo").roles("USER", "ADMIN")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Không triển khai được:")))
        .andExpect(content().string(containsString("Nhắc báo cáo hằng tháng")))
        .andExpect(content().string(containsString("mã remind")))
        .andExpect(content().string(containsString("INVALID_TIMER")))
        .andExpect(content().string(containsString("<li>bad-timer-cycle.bpmn</li>")))
        .andExpect(content().string(containsString("<li>valid.form</li>")))
        .andExpect(content().string(containsString("value=\"Thử chu kỳ sai\"")));
    assertThat(repositoryService.createDeploymentQuery().deploymentName("Thử chu kỳ sai").count()).isZero();
  }

  @Test
  void unsupportedFileIsExplained() throws Exception {
    mvc.perform(multipart("/admin/deployments")
            .file(new MockMultipartFile("files", "script.groovy", "text/plain", "println 1".getBytes()))
            .with(user("demo").roles("USER", "ADMIN")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("UNSUPPORTED_RESOURCE")))
        .andExpect(content().string(containsString("script.groovy")));
  }

  @Test
  void adminUploadsSeveralFilesAsOneDeploymentAndItIsAudited() throws Exception {
    mvc.perform(multipart("/admin/deployments").file(file("valid.bpmn")).file(file("valid.form"))
            .file(file("valid.dmn")).param("name", "Tải lên từ trang quản trị")
            .with(user("demo").roles("USER", "ADMIN")).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/deployments"))
        .andExpect(flash().attributeExists("deployed"));

    var deployment = repositoryService.createDeploymentQuery().deploymentName("Tải lên từ trang quản trị")
        .singleResult();
    assertThat(deployment.getSource()).isEqualTo(AdminDeployments.SOURCE);
    assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
        .containsExactlyInAnyOrder("valid.bpmn", "valid.form", "valid.dmn");
    assertThat(audit.recent(2000)).anySatisfy(entry -> {
      assertThat(entry.deploymentId()).isEqualTo(deployment.getId());
      assertThat(entry.action()).isEqualTo(DeploymentAudit.DEPLOYED);
      assertThat(entry.actor()).isEqualTo("demo");
      assertThat(entry.source()).isEqualTo(AdminDeployments.SOURCE);
    });

    mvc.perform(get("/admin/deployments").with(user("demo").roles("USER", "ADMIN")))
        .andExpect(content().string(containsString("Tải lên từ trang quản trị")))
        .andExpect(content().string(containsString("valid.bpmn, valid.dmn, valid.form")))
        .andExpect(content().string(not(containsString("Chưa có mục nào."))));
  }

  private static MockMultipartFile file(String name) {
    return new MockMultipartFile("files", name, "application/octet-stream", DeploymentValidatorTest.read(name));
  }
}

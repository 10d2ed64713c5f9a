package vn.dondoc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.dondoc.DonDocApplication;
import vn.dondoc.org.DemoOrganisation;
import vn.dondoc.org.OrgService;
import vn.dondoc.org.Roles;

/**
 * Starts the whole application the way operators do (own database, profiles, environment), several times.
 * Each start gets its own process engine name so that it never disturbs the shared test context.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

  static ConfigurableApplicationContext start(String engineName, String profiles, String... properties) {
    List<String> args = new ArrayList<>(List.of(
        "--camunda.bpm.process-engine-name=" + engineName,
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.profiles.active=" + profiles,
        "--logging.level.root=WARN",
        "--server.port=0"));
    for (String p : properties) {
      args.add("--" + p);
    }
    return new SpringApplicationBuilder(DonDocApplication.class)
        .run(args.toArray(String[]::new));
  }

  static long deployments(ConfigurableApplicationContext context) {
    return context.getBean(RepositoryService.class).createDeploymentQuery().count();
  }

  @Test
  void h2FileDatabaseKeepsDataAcrossRestartsAndDeploysNothingNew(@TempDir Path dataDir) {
    String dir = "dondoc.data-dir=" + dataDir.toAbsolutePath();
    long deployments;
    int units;
    try (ConfigurableApplicationContext first = start("h2restart", "demo", dir)) {
      deployments = deployments(first);
      units = first.getBean(OrgService.class).allUnits().size();
      assertThat(units).isGreaterThan(20);
      // An administrator changes a demo user; the demo loader must never overwrite it.
      IdentityService identity = first.getBean(IdentityService.class);
      User user = identity.createUserQuery().userId("cv-hu-ct-btc").singleResult();
      user.setLastName("Đã đổi");
      identity.saveUser(user);
      identity.deleteMembership("cv-tu-ld-bdv", "tu-ld-bdv");
    }
    assertThat(Files.exists(dataDir.resolve("dondoc.mv.db"))).isTrue();
    try (ConfigurableApplicationContext second = start("h2restart", "demo", dir)) {
      assertThat(deployments(second)).isEqualTo(deployments);
      assertThat(second.getBean(OrgService.class).allUnits()).hasSize(units);
      IdentityService identity = second.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().userId("cv-hu-ct-btc").singleResult().getLastName()).isEqualTo("Đã đổi");
      assertThat(identity.createUserQuery().memberOfGroup("tu-ld-bdv").userId("cv-tu-ld-bdv").count()).isZero();
      assertThat(identity.createUserQuery().userId("demo").memberOfGroup(Roles.ADMIN).count()).isOne();
    }
  }

  @Test
  void postgresProfileRunsOnARealPostgresAndRestartsCleanly() throws IOException {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String[] db = {
          "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
          "spring.datasource.username=postgres", "spring.datasource.password="};
      long deployments;
      try (ConfigurableApplicationContext first = start("pgrestart", "postgres,demo", db)) {
        assertThat(first.getEnvironment().getProperty("spring.datasource.driver-class-name"))
            .isEqualTo("org.postgresql.Driver");
        assertThat(first.getBean(IdentityService.class).checkPassword("cv-hu-ct-vp", DemoOrganisation.PASSWORD)).isTrue();
        assertThat(first.getBean(OrgService.class).allUnits()).extracting(u -> u.code()).contains("hu-ct-btc");
        deployments = deployments(first);
      }
      try (ConfigurableApplicationContext second = start("pgrestart", "postgres,demo", db)) {
        assertThat(deployments(second)).isEqualTo(deployments);
        assertThat(second.getBean(IdentityService.class).createUserQuery().count())
            .isEqualTo(DemoOrganisation.users().size());
      }
    }
  }

  @Test
  void refusesToStartWithoutAnAdministratorPasswordOutsideTheDemo() {
    assertThatThrownBy(() -> start("noadmin", "default", "spring.datasource.url=jdbc:h2:mem:noadmin",
        "dondoc.admin.password="))
        .hasStackTraceContaining("DONDOC_ADMIN_PASSWORD");
  }

  @Test
  void refusesAWeakAdministratorPassword() {
    assertThatThrownBy(() -> start("weakadmin", "default", "spring.datasource.url=jdbc:h2:mem:weakadmin",
        "dondoc.admin.password=admin"))
        .hasStackTraceContaining("DONDOC_ADMIN_PASSWORD does not satisfy the password policy");
  }

  @Test
  void createsTheAdministratorFromTheEnvironmentAndNeverLogsThePassword(CapturedOutput output) {
    String secret = "Kh0ng-Ai-Biet!2026";
    try (ConfigurableApplicationContext app = start("envadmin", "default",
        "spring.datasource.url=jdbc:h2:mem:envadmin", "dondoc.admin.password=" + secret,
        "logging.level.vn.dondoc=DEBUG")) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", secret)).isTrue();
      assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Roles.ADMIN).count()).isOne();
      assertThat(identity.createUserQuery().userId("demo").count()).as("no demo users outside the demo").isZero();
    }
    assertThat(output.getAll()).doesNotContain(secret);
  }
}

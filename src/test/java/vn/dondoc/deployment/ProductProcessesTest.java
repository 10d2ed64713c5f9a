package vn.dondoc.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dondoc.platform.ProcessResourceDeployer;
import vn.dondoc.support.DonDocSpringTest;

/** The product's own processes/, forms/ pass the validator with the real organisation and beans. */
@DonDocSpringTest
class ProductProcessesTest {

  @Autowired ProcessEngine engine;
  @Autowired DeploymentEnginePlugin plugin;
  @Autowired DeploymentAudit audit;

  @Test
  void productProcessesPassTheValidator() {
    Map<String, byte[]> resources = ProcessResourceDeployer.packagedResources();
    Assumptions.assumeFalse(resources.isEmpty(), "No processes/ packaged on this branch");

    List<Violation> violations = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> plugin.deployer().check(resources));

    assertThat(violations).isEmpty();
    assertThat(resources.keySet()).contains("processes/task-execution.bpmn", "processes/conclusion-lifecycle.bpmn");
  }

  @Test
  void startupDeploymentIsAuditedAsTheSystem() {
    Assumptions.assumeFalse(ProcessResourceDeployer.packagedResources().isEmpty(), "No processes/ packaged");
    assertThat(audit.recent(2000)).anySatisfy(entry -> {
      assertThat(entry.action()).isEqualTo(DeploymentAudit.DEPLOYED);
      assertThat(entry.source()).isEqualTo(ProcessResourceDeployer.DEPLOYMENT_SOURCE);
      assertThat(entry.actor()).isEqualTo(DeploymentAudit.SYSTEM);
      assertThat(entry.resourceNames()).contains("processes/task-execution.bpmn");
    });
  }

  @Test
  void defaultAllowListHoldsTheProductsDelegatesAndNothingElse() {
    assertThat(plugin.allowedBeans())
        // @Bean methods returning lambdas in vn.dondoc.followup.FollowupDelegates
        .contains("sendReminderDigestDelegate", "followupTaskListener", "registerConclusionDelegate")
        // a @Component delegate in vn.dondoc (test sources)
        .contains("fixtureDelegate")
        // configured in dondoc.deployment.allowed-beans
        .contains("followupDates", "followupVars", "workingDays")
        .doesNotContain("runtimeService", "processEngine", "dataSource", "environment", "jdbcClient");
  }
}

package vn.dondoc.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the deployment checks and the audit into the engine itself (a pre-deployer and a command interceptor),
 * so no way of deploying, deleting or migrating goes around them. The Camunda Spring Boot starter applies
 * every ProcessEnginePlugin bean.
 */
@Component
@EnableConfigurationProperties(DeploymentProperties.class)
public class DeploymentEnginePlugin extends AbstractProcessEnginePlugin
    implements org.springframework.beans.factory.DisposableBean {

  private final DeploymentAudit audit;
  private final ListableBeanFactory beans;
  private final DeploymentProperties properties;
  private final ValidatingDeployer deployer;
  private volatile Set<String> allowedBeans;

  public DeploymentEnginePlugin(JdbcClient jdbc, DeploymentAudit audit, ListableBeanFactory beans,
      DeploymentProperties properties) {
    this.audit = audit;
    this.beans = beans;
    this.properties = properties;
    this.deployer = new ValidatingDeployer(jdbc, audit, this::allowedBeans, beans::containsBean);
  }

  /** The validating pre-deployer (to check resources without deploying, inside an engine command). */
  public ValidatingDeployer deployer() {
    return deployer;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreDeployers());
    deployers.add(deployer);
    configuration.setCustomPreDeployers(deployers);

    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new AuditingCommandInterceptor(audit));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    this.engine = processEngine;
    ApplicationEngineProvider.use(processEngine);
  }

  private ProcessEngine engine;

  /** A closed application context must not leave REST pointing at its closed engine (another context's stays). */
  @Override
  public void destroy() {
    if (engine != null) {
      ApplicationEngineProvider.release(engine);
    }
  }

  /** Computed on first use, when every bean is defined (the engine is built before some of them). */
  public Set<String> allowedBeans() {
    if (allowedBeans == null) {
      allowedBeans = DelegateAllowList.compute(beans, properties.allowedBeans());
    }
    return allowedBeans;
  }
}

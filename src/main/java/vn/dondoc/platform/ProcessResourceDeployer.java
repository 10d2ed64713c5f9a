package vn.dondoc.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the product's BPMN, DMN and forms (top-level {@code processes/} and {@code forms/}, packaged on
 * the classpath) as one deployment named {@value #DEPLOYMENT_NAME}.
 *
 * <p>Resources are named by their path below the classpath root ({@code processes/task-execution.bpmn},
 * {@code forms/accept-task.form}), the same whether the app runs from {@code target/classes}, an IDE or the
 * fat jar, so duplicate filtering recognises an unchanged set and a restart deploys nothing. When any file
 * changed, the whole set is deployed again, so {@code formRefBinding="deployment"} always finds its forms.
 */
@Component
@Order(30)
public class ProcessResourceDeployer implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "dondoc";
  public static final String DEPLOYMENT_SOURCE = "dondoc-startup";

  private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);
  private static final String[] PATTERNS = {
      "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form"};

  private final RepositoryService repositoryService;

  public ProcessResourceDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void run(ApplicationArguments args) {
    deploy();
  }

  /** Deploys the packaged resources; returns the new deployment's id, or null when nothing changed. */
  public String deploy() {
    Map<String, byte[]> resources = packagedResources();
    if (resources.isEmpty()) {
      log.warn("No process resources found on the classpath");
      return null;
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(false);
    resources.forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    boolean fresh = deployment.getDeployedProcessDefinitions() != null
        && !deployment.getDeployedProcessDefinitions().isEmpty()
        || deployment.getDeployedDecisionDefinitions() != null && !deployment.getDeployedDecisionDefinitions().isEmpty();
    log.info("Process resources {}: {} files, deployment {}", fresh ? "deployed" : "unchanged", resources.size(),
        deployment.getId());
    return fresh ? deployment.getId() : null;
  }

  /** The packaged resources by stable name, sorted for a deterministic deployment. */
  public static Map<String, byte[]> packagedResources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, byte[]> result = new TreeMap<>();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          String name = stableName(resource);
          try (InputStream in = resource.getInputStream()) {
            result.put(name, in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read packaged process resources", e);
    }
    return result;
  }

  static String stableName(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int best = -1;
    for (String root : List.of("/processes/", "/forms/")) {
      best = Math.max(best, url.lastIndexOf(root));
    }
    if (best < 0) {
      throw new IllegalStateException("Unexpected process resource location: " + url);
    }
    return url.substring(best + 1);
  }
}

package vn.dondoc.deployment;

import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/**
 * Makes Camunda's REST API and webapps always talk to the application's engine, the one with the deployment
 * validator and audit. The starter's provider asks the static {@link ProcessEngines} registry for "default",
 * which any other engine named "default" in the same JVM replaces: an engine-only test's engine, or one built
 * from a {@code camunda.cfg.xml} that the registry finds on the classpath at the first REST call. Then
 * {@code /engine-rest/deployment/create} would deploy to an engine without the checks.
 *
 * <p>Registered in {@code META-INF/services}; the application's own classes come first on the classpath, so
 * this provider is the one Camunda's ServiceLoader picks.
 */
public class ApplicationEngineProvider implements ProcessEngineProvider {

  /**
   * The application engines of this JVM, latest last. Usually one; tests may start further applications in the
   * same JVM, and when one closes, REST must go back to the engine of the application still running.
   */
  private static final java.util.Deque<ProcessEngine> ENGINES = new java.util.concurrent.ConcurrentLinkedDeque<>();

  static void use(ProcessEngine engine) {
    ENGINES.remove(engine);
    ENGINES.addLast(engine);
  }

  static void release(ProcessEngine engine) {
    ENGINES.remove(engine);
  }

  @Override
  public ProcessEngine getDefaultProcessEngine() {
    ProcessEngine engine = ENGINES.peekLast();
    return engine != null ? engine : ProcessEngines.getDefaultProcessEngine();
  }

  @Override
  public ProcessEngine getProcessEngine(String name) {
    ProcessEngine engine = ENGINES.peekLast();
    return engine != null && engine.getName().equals(name) ? engine : ProcessEngines.getProcessEngine(name);
  }

  @Override
  public Set<String> getProcessEngineNames() {
    Set<String> names = new TreeSet<>();
    ProcessEngine engine = ENGINES.peekLast();
    if (engine != null) {
      names.add(engine.getName());
    } else {
      names.addAll(ProcessEngines.getProcessEngines().keySet());
    }
    return names;
  }
}

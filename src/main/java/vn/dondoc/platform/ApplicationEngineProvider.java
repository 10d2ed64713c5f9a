package vn.dondoc.platform;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/**
 * Makes Camunda's REST API and webapps always talk to the application's engine, the one with the deployment
 * validator, the audit and the CVE guards. The starter's provider asks the static {@link ProcessEngines}
 * registry, where any other engine of the same name in the JVM (an engine-only test's engine, one built from a
 * {@code camunda.cfg.xml} found on the classpath) replaces it; {@code /engine-rest/deployment/create} would then
 * deploy to an engine without the checks.
 *
 * <p>Application engines register here by name while their Spring context lives ({@link #register},
 * {@link #release}). Registered in {@code META-INF/services}; the application's own classes come first on the
 * classpath, so this provider is the one Camunda's ServiceLoader picks.
 */
public class ApplicationEngineProvider implements ProcessEngineProvider {

  private static final Map<String, ProcessEngine> ENGINES = new ConcurrentHashMap<>();

  public static void register(ProcessEngine engine) {
    ENGINES.put(engine.getName(), engine);
  }

  public static void release(ProcessEngine engine) {
    ENGINES.remove(engine.getName(), engine);
  }

  @Override
  public ProcessEngine getDefaultProcessEngine() {
    ProcessEngine engine = ENGINES.get(ProcessEngines.NAME_DEFAULT);
    return engine != null ? engine : ProcessEngines.getDefaultProcessEngine();
  }

  @Override
  public ProcessEngine getProcessEngine(String name) {
    ProcessEngine engine = ENGINES.get(name);
    return engine != null ? engine : ProcessEngines.getProcessEngine(name);
  }

  @Override
  public Set<String> getProcessEngineNames() {
    Set<String> names = new TreeSet<>(ENGINES.keySet());
    names.addAll(ProcessEngines.getProcessEngines().keySet());
    return names;
  }
}

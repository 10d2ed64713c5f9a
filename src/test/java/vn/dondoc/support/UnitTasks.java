package vn.dondoc.support;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The platform tests' one-user-task process ({@code platform/unit-task.bpmn}): its task's candidate group is the
 * unit given as variable {@code unit}, so it stands for "a task of that unit's staff".
 */
public final class UnitTasks {

  public static final String PROCESS_KEY = "platform-unit-task";

  private UnitTasks() {}

  /** Deploys the process once into the shared test engine. */
  public static void deploy(RepositoryService repositoryService) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
      repositoryService.createDeployment().name("platform-test").addClasspathResource("platform/unit-task.bpmn")
          .deploy();
    }
  }

  /** Starts an instance for {@code unit} and returns its (only) task. */
  public static Task start(RuntimeService runtimeService, TaskService taskService, String unit) {
    String pi = runtimeService.startProcessInstanceByKey(PROCESS_KEY, Map.of("unit", unit)).getId();
    return taskService.createTaskQuery().processInstanceId(pi).singleResult();
  }
}

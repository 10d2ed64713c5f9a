package vn.dondoc.deployment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A product-package delegate (test sources only) standing in for the follow-up processes' beans: it must be on
 * the default allow-list because its class is in vn.dondoc and implements JavaDelegate/TaskListener.
 */
@Component("fixtureDelegate")
public class FixtureDelegate implements JavaDelegate, TaskListener {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("recordedBy", "fixtureDelegate");
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal("seenByListener", true);
  }
}

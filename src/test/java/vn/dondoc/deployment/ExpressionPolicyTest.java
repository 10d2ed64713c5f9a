package vn.dondoc.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JUEL tricks that reach Java must be refused; plain variable expressions and allowed beans pass. */
class ExpressionPolicyTest {

  private final ExpressionPolicy policy = new ExpressionPolicy(FixedModelContext.demo());

  @ParameterizedTest
  @ValueSource(strings = {
      "${approved}",
      "${!approved}",
      "${a == 'x' && n > 3 || empty note}",
      "${decision eq 'rework' ? 'REWORK' : 'DONE'}",
      "${leadUnit}",
      "${report.status == 'done'}",
      "${report['status']}",
      "${fixtureDelegate}",
      "${reminders.send(execution, leadUnit)}",
      "${dateTime().plusDays(3).toDate()}",
      "${now()}",
      "Hạn: ${deadline}",
      "#{approved}",
  })
  void allows(String expression) {
    assertThat(policy.check(expression)).as(expression).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${''.getClass().forName('java.lang.Runtime')}",
      "${''.class.forName('java.lang.Runtime')}",
      "${''.class}",
      "${x.class.classLoader}",
      "${x['class']}",
      "${execution.getProcessEngineServices().getRuntimeService()}",
      "${execution.processEngineServices.runtimeService}",
      "${execution.getVariable('x')}",
      "${task.execution}",
      "${runtimeService.createProcessInstanceQuery().list()}",
      "${runtimeService}",
      "${environment.getProperty('spring.datasource.password')}",
      "${dataSource.connection}",
      "${reminders.getClass()}",
      "${reminders.send(execution.getProcessEngine())}",
      "${reminders['send'](x)}",
      "${a.b.c}",
      "${x[y]}",
      "${report.toString()}",
      "${S(json).prop('a')}",
      "${fn:exec('id')}",
      "${dateTime().getClass()}",
      "${dateTime(x).plusDays(1)}",
      "${(1).getClass()}",
      "${broken(}",
  })
  void refuses(String expression) {
    assertThat(policy.check(expression)).as(expression).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${dataSource}", "${fixtureDelegate.x}", "${fixtureDelegate} ", " ${fixtureDelegate}", "fixtureDelegate",
      "${a == b}", "${runtimeService}"})
  void delegateExpressionMustNameOneAllowedBean(String expression) {
    assertThat(policy.checkDelegateExpression(expression)).as(expression).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${fixtureDelegate}", "#{reminders}", "${ fixtureDelegate }"})
  void delegateExpressionOnAnAllowedBeanPasses(String expression) {
    assertThat(policy.checkDelegateExpression(expression)).as(expression).isEmpty();
  }
}

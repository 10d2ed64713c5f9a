package vn.dondoc.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Closes CVE-2026-109432 of Camunda 7.24.0 CE: expressions ({@code assigneeExpression},
 * {@code candidateGroupsExpression}, ...) inside a task query's {@code orQueries} are evaluated even though
 * ad-hoc expressions are disabled, which lets any signed-in user run code on the server.
 *
 * <p>The check sits in the engine's command chain, so every path that reaches a task query is covered: REST
 * {@code /task} and {@code /task/count}, the webapps' engine API, filter execution with an extending query,
 * and stored filters.
 */
@Component
public class OrQueryExpressionGuard extends AbstractProcessEnginePlugin {

  public static final String ERROR_CODE = "OR_QUERY_EXPRESSION_REJECTED";
  public static final String MESSAGE = ERROR_CODE
      + ": Truy vấn công việc không được chứa biểu thức (Expression) trong orQueries.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing) {
    List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    list.add(0, new Interceptor());
    return list;
  }

  /** Rejects the query when any of its or-branches carries an expression. */
  public static void check(TaskQueryImpl query) {
    List<TaskQueryImpl> queries = query.getQueries();
    for (TaskQueryImpl branch : queries) {
      if (branch != query && branch.getExpressions() != null && !branch.getExpressions().isEmpty()) {
        throw new BadUserRequestException(MESSAGE);
      }
    }
  }

  static class Interceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof TaskQueryImpl query) {
        check(query);
      }
      return next.execute(command);
    }
  }
}

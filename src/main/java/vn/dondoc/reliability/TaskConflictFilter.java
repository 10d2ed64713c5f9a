package vn.dondoc.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * When two people act on the same task at once, Camunda's REST API (and the webapps' engine API that Tasklist
 * uses) answers the loser with English engine internals: 500 OptimisticLockingException ("ENGINE-03005 ...
 * updated by another transaction concurrently"), sometimes a database constraint message with SQL in it, or 403/404
 * because the task vanished between the check and the action. This filter turns those answers for task actions into
 * one clear answer: 409 with code {@value #CODE} and a Vietnamese message (Tasklist shows the message), and nothing
 * of the internals. The engine's behaviour is unchanged: the loser's transaction was rolled back either way.
 */
public class TaskConflictFilter extends OncePerRequestFilter {

  public static final String CODE = "TASK_CONFLICT";
  public static final String MESSAGE = "Công việc này vừa được người khác xử lý hoặc nhận trước bạn; thao tác của bạn "
      + "chưa được ghi nhận. Vui lòng tải lại danh sách công việc để xem tình trạng mới nhất.";

  static final Pattern TASK_ACTION = Pattern.compile(
      "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(complete|submit-form|claim|unclaim|resolve|assignee|delegate)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TaskService taskService;
  private final HistoryService historyService;

  public TaskConflictFilter(TaskService taskService, HistoryService historyService) {
    this.taskService = taskService;
    this.historyService = historyService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !TASK_ACTION.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    int status = wrapper.getStatus();
    if (status >= 400 && status != 401) {
      Matcher m = TASK_ACTION.matcher(path(request));
      String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
      if (m.matches() && isConflict(status, body, m.group(1))) {
        wrapper.resetBuffer();
        wrapper.setStatus(HttpServletResponse.SC_CONFLICT);
        wrapper.setContentType("application/json");
        wrapper.setCharacterEncoding("UTF-8");
        wrapper.getOutputStream().write(JSON.writeValueAsBytes(Map.of("type", "TaskConflictException",
            "code", CODE, "message", MESSAGE)));
      }
    }
    wrapper.copyBodyToResponse();
  }

  boolean isConflict(int status, String body, String taskId) {
    if (status >= 500 && (body.contains("OptimisticLockingException") || body.contains("ENGINE-03005")
        || body.contains("TaskAlreadyClaimedException") || body.contains("is already claimed")
        || body.contains("23505") || body.contains("duplicate key") || CONCURRENCY_CODES.contains(code(body)))) {
      return true;
    }
    // The task was there when the person saw it and is gone now: someone else finished it first. Runs after the
    // REST layer cleared the engine's authentication, so it sees the task whoever asked.
    return (status == 403 || status == 404 || status >= 500)
        && taskService.createTaskQuery().taskId(taskId).count() == 0
        && historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
  }

  /**
   * Camunda's built-in error codes in the REST body: 1 optimistic locking, 10000 deadlock, 10001 foreign-key
   * violation. On a task action the last two come from a concurrent change of the same process instance, e.g. a
   * periodic-report timer starting its event subprocess while the review's completion deletes the instance's
   * executions (seen in TasklistLoadIT: "An exception occurred in the persistence layer", code 10001).
   */
  static final java.util.Set<Integer> CONCURRENCY_CODES = java.util.Set.of(1, 10_000, 10_001);

  /** The numeric {@code code} of a Camunda REST error body, or -1. */
  static int code(String body) {
    try {
      com.fasterxml.jackson.databind.JsonNode code = JSON.readTree(body).path("code");
      return code.isInt() ? code.asInt() : -1;
    } catch (IOException | RuntimeException notJson) {
      return -1;
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}

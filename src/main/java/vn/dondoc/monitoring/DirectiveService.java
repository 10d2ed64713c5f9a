package vn.dondoc.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.calendar.VietnamTime;
import vn.dondoc.platform.ApiException;

/**
 * A leader's directive (chỉ đạo) on a task from the dashboard: a {@code directive} row and a task_event, then the
 * message to the task's process. All in one transaction: if the process cannot take it, nothing is recorded and
 * the caller gets DIRECTIVE_NO_PROCESS, so no directive sits in the history that nobody was asked to answer.
 */
@Service
public class DirectiveService {

  public static final int MAX_LENGTH = 4000;

  private final NamedParameterJdbcTemplate jdbc;
  private final MonitoringService monitoring;
  private final DirectiveCorrelator correlator;

  public DirectiveService(NamedParameterJdbcTemplate jdbc, MonitoringService monitoring,
      DirectiveCorrelator correlator) {
    this.jdbc = jdbc;
    this.monitoring = monitoring;
    this.correlator = correlator;
  }

  public record Issued(long directiveId, long assignmentId) {}

  @Transactional
  public Issued issue(long assignmentId, String content, LocalDate dueDate, MonitoringScope scope) {
    Issued issued = record(assignmentId, content, dueDate, scope);
    correlator.correlate(monitoring.assignment(assignmentId, scope).businessKey(), issued.directiveId());
    return issued;
  }

  /** The database part of {@link #issue}: checks and writes the directive and its event. */
  @Transactional
  public Issued record(long assignmentId, String content, LocalDate dueDate, MonitoringScope scope) {
    if (!scope.canDirect()) {
      throw ApiException.forbidden("DIRECTIVE_NOT_ALLOWED",
          "Chỉ Thường trực, Ban Thường vụ (lãnh đạo) mới được gửi ý kiến chỉ đạo.");
    }
    String text = content == null ? "" : content.strip();
    if (text.isEmpty()) {
      throw ApiException.badRequest("DIRECTIVE_CONTENT_REQUIRED", "Vui lòng nhập nội dung chỉ đạo.");
    }
    if (text.length() > MAX_LENGTH) {
      throw ApiException.badRequest("DIRECTIVE_TOO_LONG",
          "Nội dung chỉ đạo không quá " + MAX_LENGTH + " ký tự.");
    }
    LocalDate today = monitoring.today();
    if (dueDate != null && dueDate.isBefore(today)) {
      throw ApiException.badRequest("DIRECTIVE_DUE_IN_PAST", "Hạn trả lời chỉ đạo không được trước hôm nay.");
    }
    AssignmentRow a = monitoring.assignment(assignmentId, scope);
    if (!a.status().counted() || MonitoringService.done(a.status().status())) {
      throw ApiException.conflict("DIRECTIVE_TASK_CLOSED",
          "Nhiệm vụ này đã hoàn thành hoặc đã chuyển cho đơn vị khác; không thể gửi chỉ đạo.");
    }
    OffsetDateTime now = OffsetDateTime.now(VietnamTime.ZONE);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO directive (conclusion_id, assignment_id, unit_code, content, due_date, issued_at, "
        + "issued_by) VALUES (:c, :a, :u, :content, :due, :now, :by)", new MapSqlParameterSource()
        .addValue("c", a.conclusionId()).addValue("a", a.id()).addValue("u", a.unitCode()).addValue("content", text)
        .addValue("due", dueDate).addValue("now", now).addValue("by", scope.userId()), key, new String[] {"id"});
    long id = key.getKey().longValue();
    jdbc.update("INSERT INTO task_event (assignment_id, conclusion_id, event_type, occurred_at, actor, detail) "
        + "VALUES (:a, :c, 'DIRECTIVE_ISSUED', :now, :by, :d)", Map.of("a", a.id(), "c", a.conclusionId(), "now", now,
        "by", scope.userId(), "d", "Chỉ đạo số " + id + ": " + (text.length() > 200 ? text.substring(0, 200) + "…"
            : text)));
    return new Issued(id, a.id());
  }
}

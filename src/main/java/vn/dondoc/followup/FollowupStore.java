package vn.dondoc.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.dondoc.platform.ApiException;

/**
 * Writes the follow-up cycle into the business tables (V2) as the processes move. History is appended:
 * reassignments, extensions, reviews and directives add rows; an assignment row is only ended, never deleted.
 * Times come from the engine clock so that tests which move it see consistent rows.
 */
@Repository
public class FollowupStore {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final JdbcClient jdbc;
  /** For JDBC batches (JdbcClient has none); set by Spring, absent when a test builds the store by hand. */
  private org.springframework.jdbc.core.JdbcTemplate batch;
  /** Keeps data derived from task_assignment (the monitoring tally) exact: one call per assignment write. */
  private final AssignmentWriteListener assignmentWrites;

  public FollowupStore(JdbcClient jdbc) {
    this(jdbc, AssignmentWriteListener.NONE);
  }

  @org.springframework.beans.factory.annotation.Autowired
  public FollowupStore(JdbcClient jdbc, AssignmentWriteListener assignmentWrites) {
    this.jdbc = jdbc;
    this.assignmentWrites = assignmentWrites;
  }

  @org.springframework.beans.factory.annotation.Autowired
  void setDataSource(javax.sql.DataSource dataSource) {
    this.batch = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
  }

  public static OffsetDateTime now() {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
  }

  public static LocalDate today() {
    return now().toLocalDate();
  }

  /** An assignment with what the processes need to know about it. */
  public record Assignment(long id, long taskId, long conclusionId, String unitCode, String businessKey,
      String state, boolean recurring, LocalDate originalDeadline, LocalDate currentDeadline, int extensionCount,
      String processInstanceId) {

    public boolean isOpen() {
      return !List.of("COMPLETED", "REASSIGNED", "CLOSED", "RETURNED_AS_WRONG").contains(state);
    }
  }

  // ---- conclusions --------------------------------------------------------------------------------------

  public boolean identityTaken(String issuerCode, String typeCode, String docNumber, LocalDate issuedDate) {
    return jdbc.sql("SELECT COUNT(*) FROM conclusion WHERE issuer_code = ? AND type_code = ? AND doc_number = ?"
            + " AND issued_date = ?")
        .params(issuerCode, typeCode, docNumber, issuedDate).query(Integer.class).single() > 0;
  }

  public long insertConclusion(ConclusionDraft d, String businessKey, Long predecessorId, String actor) {
    KeyHolder keys = new GeneratedKeyHolder();
    try {
      jdbc.sql("""
          INSERT INTO conclusion (business_key, doc_number, type_code, issuer_code, issuer_unit_code, issued_date,
            place, title, signer_authority, signer_title, signer_name, lifecycle_state, monitoring_unit_code,
            report_cadence, review_date, predecessor_id, created_at, created_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?)""")
          .params(businessKey, d.docNumber(), d.typeCode(), d.issuerCode(), d.issuerUnitCode(), d.issuedDate(),
              d.place(), d.title(), d.signerAuthority(), d.signerTitle(), d.signerName(), d.monitoringUnit(),
              d.reportCadence(), d.reviewDate(), predecessorId, now(), actor)
          .update(keys, "id");
    } catch (DuplicateKeyException e) {
      throw numberTaken(d);
    }
    return keys.getKey().longValue();
  }

  static ApiException numberTaken(ConclusionDraft d) {
    return ApiException.conflict("CONCLUSION_NUMBER_TAKEN", "Đã có văn bản số " + d.label() + " ngày "
        + Dates.format(d.issuedDate()) + " trong hệ thống. Số, loại, cơ quan ban hành và ngày ban hành phải khác nhau.");
  }

  public Optional<Long> conclusionId(String businessKey) {
    return jdbc.sql("SELECT id FROM conclusion WHERE business_key = ?").param(businessKey).query(Long.class).optional();
  }

  public void setProcessInstance(long conclusionId, String processInstanceId) {
    jdbc.sql("UPDATE conclusion SET process_instance_id = ? WHERE id = ?").params(processInstanceId, conclusionId)
        .update();
  }

  public void setLifecycleState(long conclusionId, String state) {
    jdbc.sql("UPDATE conclusion SET lifecycle_state = ? WHERE id = ?").params(state, conclusionId).update();
  }

  /** Issue: the header as confirmed in the task list, and the state ISSUED. */
  public void markIssued(long conclusionId, String monitoringUnit, String cadence, LocalDate reviewDate) {
    jdbc.sql("UPDATE conclusion SET lifecycle_state = 'ISSUED', issued_at = ?, monitoring_unit_code = ?,"
            + " report_cadence = ?, review_date = ? WHERE id = ?")
        .params(now(), monitoringUnit, cadence, reviewDate, conclusionId).update();
  }

  public void markClosed(long conclusionId, String state) {
    jdbc.sql("UPDATE conclusion SET lifecycle_state = ?, closed_at = ? WHERE id = ?")
        .params(state, now(), conclusionId).update();
  }

  public void addReportTo(long conclusionId, String unitCode) {
    int already = jdbc.sql("SELECT COUNT(*) FROM conclusion_report_to WHERE conclusion_id = ? AND unit_code = ?")
        .params(conclusionId, unitCode).query(Integer.class).single();
    if (already == 0) {
      jdbc.sql("INSERT INTO conclusion_report_to (conclusion_id, unit_code) VALUES (?, ?)")
          .params(conclusionId, unitCode).update();
    }
  }

  public void addReference(long conclusionId, ConclusionDraft.Reference r) {
    jdbc.sql("INSERT INTO conclusion_reference (conclusion_id, document_number, document_date, issuing_body, cited_as)"
            + " VALUES (?, ?, ?, ?, ?)")
        .params(conclusionId, r.documentNumber(), r.documentDate(), r.issuingBody(), r.citedAs()).update();
  }

  /** What a task-execution needs from its conclusion. */
  public record ConclusionHeader(long id, String businessKey, String label, String title, String issuerUnitCode,
      String monitoringUnit, String cadence, LocalDate issuedDate, String state) {}

  public ConclusionHeader conclusion(long id) {
    return jdbc.sql("SELECT * FROM conclusion WHERE id = ?").param(id)
        .query((rs, n) -> new ConclusionHeader(rs.getLong("id"), rs.getString("business_key"),
            rs.getString("doc_number") + "-" + rs.getString("type_code") + "/" + rs.getString("issuer_code"),
            rs.getString("title"), rs.getString("issuer_unit_code"), rs.getString("monitoring_unit_code"),
            rs.getString("report_cadence"), rs.getObject("issued_date", LocalDate.class),
            rs.getString("lifecycle_state")))
        .single();
  }

  public List<String> reportToOf(long conclusionId) {
    return jdbc.sql("SELECT unit_code FROM conclusion_report_to WHERE conclusion_id = ? ORDER BY unit_code")
        .param(conclusionId).query(String.class).list();
  }

  public record TaskRow(long id, String ordinal, String text, String product, String deadlineType,
      LocalDate deadlineDate, String deadlineText, String cadence, String monitoringUnit) {}

  public TaskRow task(long taskId) {
    return jdbc.sql("SELECT * FROM conclusion_task WHERE id = ?").param(taskId)
        .query((rs, n) -> new TaskRow(rs.getLong("id"), rs.getString("ordinal"), rs.getString("task_text"),
            rs.getString("product"), rs.getString("deadline_type"), rs.getObject("deadline_date", LocalDate.class),
            rs.getString("deadline_text"), rs.getString("cadence"), rs.getString("monitoring_unit_code")))
        .single();
  }

  // ---- tasks and assignments ----------------------------------------------------------------------------

  public long insertTask(long conclusionId, ConclusionDraft.TaskDraft t, String monitoringUnit) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO conclusion_task (conclusion_id, ordinal, task_text, product, deadline_type, deadline_date,
          deadline_text, no_deadline_reason, cadence, lead_unit_class, monitoring_unit_code, carried_over_from_id,
          created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(conclusionId, t.ordinal(), t.text(), t.product(), t.deadlineType(), t.deadlineDate(),
            t.deadlineText(), t.noDeadlineReason(), t.cadence(), t.leadUnitClass(), monitoringUnit,
            t.carriedOverFromId(), now())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    for (String unit : t.coordinatingUnits()) {
      jdbc.sql("INSERT INTO conclusion_task_coordinator (task_id, unit_code) VALUES (?, ?)").params(id, unit).update();
    }
    return id;
  }

  public long insertAssignment(long taskId, long conclusionId, String unitCode, String businessKey, boolean recurring,
      LocalDate deadline) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO task_assignment (task_id, conclusion_id, unit_code, business_key, state, recurring,
          original_deadline, current_deadline, assigned_at)
        VALUES (?, ?, ?, ?, 'ASSIGNED', ?, ?, ?, ?)""")
        .params(taskId, conclusionId, unitCode, businessKey, recurring, deadline, deadline, now())
        .update(keys, "id");
    assignmentWrites.afterInsert(keys.getKey().longValue());
    return keys.getKey().longValue();
  }

  public Assignment assignment(long id) {
    return jdbc.sql("SELECT * FROM task_assignment WHERE id = ?").param(id)
        .query((rs, n) -> new Assignment(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("conclusion_id"),
            rs.getString("unit_code"), rs.getString("business_key"), rs.getString("state"),
            rs.getBoolean("recurring"), rs.getObject("original_deadline", LocalDate.class),
            rs.getObject("current_deadline", LocalDate.class), rs.getInt("extension_count"),
            rs.getString("process_instance_id")))
        .single();
  }

  public List<Assignment> assignmentsOf(long conclusionId) {
    return jdbc.sql("SELECT id FROM task_assignment WHERE conclusion_id = ? ORDER BY id").param(conclusionId)
        .query(Long.class).list().stream().map(this::assignment).toList();
  }

  public boolean assignmentKeyTaken(String businessKey) {
    return jdbc.sql("SELECT COUNT(*) FROM task_assignment WHERE business_key = ?").param(businessKey)
        .query(Integer.class).single() > 0;
  }

  public void setAssignmentProcess(long assignmentId, String processInstanceId) {
    jdbc.sql("UPDATE task_assignment SET process_instance_id = ? WHERE id = ?").params(processInstanceId, assignmentId)
        .update();
  }

  public void setState(long assignmentId, String state) {
    assignmentWrites.beforeUpdate(assignmentId);
    jdbc.sql("UPDATE task_assignment SET state = ?, version = version + 1 WHERE id = ?").params(state, assignmentId)
        .update();
  }

  public void markAccepted(long assignmentId) {
    assignmentWrites.beforeUpdate(assignmentId);
    jdbc.sql("UPDATE task_assignment SET state = 'IN_PROGRESS', accepted_at = ?, version = version + 1 WHERE id = ?")
        .params(now(), assignmentId).update();
  }

  public void markCompletionReported(long assignmentId) {
    assignmentWrites.beforeUpdate(assignmentId);
    jdbc.sql("UPDATE task_assignment SET state = 'AWAITING_REVIEW', completion_reported_at = ?, last_report_at = ?,"
            + " version = version + 1 WHERE id = ?")
        .params(now(), now(), assignmentId).update();
  }

  /** Accepted by review: completed_on is the day the completion report was submitted. */
  public void markCompleted(long assignmentId, String grade) {
    assignmentWrites.beforeUpdate(assignmentId);
    // The day in Vietnam, not the database session's zone: a report at 06:00 +07 is that day, not the one before.
    OffsetDateTime reported = jdbc.sql("SELECT completion_reported_at FROM task_assignment WHERE id = ?")
        .param(assignmentId).query(OffsetDateTime.class).optional().orElse(null);
    LocalDate completedOn = reported == null ? today() : reported.atZoneSameInstant(ZONE).toLocalDate();
    jdbc.sql("UPDATE task_assignment SET state = 'COMPLETED', completed_at = ?, quality_grade = ?,"
            + " completed_on = ?, version = version + 1 WHERE id = ?")
        .params(now(), grade, completedOn, assignmentId).update();
  }

  public void markReportReceived(long assignmentId) {
    jdbc.sql("UPDATE task_assignment SET last_report_at = ? WHERE id = ?").params(now(), assignmentId).update();
  }

  public void end(long assignmentId, String state, Long replacedBy) {
    assignmentWrites.beforeUpdate(assignmentId);
    jdbc.sql("UPDATE task_assignment SET state = ?, ended_at = ?, replaced_by_id = ?, version = version + 1"
            + " WHERE id = ?")
        .params(state, now(), replacedBy, assignmentId).update();
  }

  public void extendDeadline(long assignmentId, LocalDate newDeadline) {
    assignmentWrites.beforeUpdate(assignmentId);
    jdbc.sql("UPDATE task_assignment SET current_deadline = ?, extension_count = extension_count + 1,"
            + " version = version + 1 WHERE id = ?")
        .params(newDeadline, assignmentId).update();
  }

  /** Open assignments that can still close: recurring ones only close with the review of the conclusion. */
  public int openNonRecurring(long conclusionId) {
    return jdbc.sql("SELECT COUNT(*) FROM task_assignment WHERE conclusion_id = ? AND recurring = FALSE"
            + " AND state IN ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'REWORK', 'RETURNED_AS_WRONG')")
        .param(conclusionId).query(Integer.class).single();
  }

  public ConclusionDraft.TaskDraft taskOf(long taskId, String unit) {
    return jdbc.sql("SELECT * FROM conclusion_task WHERE id = ?").param(taskId)
        .query((rs, n) -> new ConclusionDraft.TaskDraft(rs.getString("ordinal"), rs.getString("task_text"),
            unit == null ? List.of() : List.of(unit), null, coordinatorsOf(taskId), rs.getString("deadline_type"),
            rs.getObject("deadline_date", LocalDate.class), rs.getString("deadline_text"),
            rs.getString("no_deadline_reason"), rs.getString("cadence"), rs.getString("product"),
            rs.getString("monitoring_unit_code"), taskId))
        .single();
  }

  public List<String> coordinatorsOf(long taskId) {
    return jdbc.sql("SELECT unit_code FROM conclusion_task_coordinator WHERE task_id = ? ORDER BY unit_code")
        .param(taskId).query(String.class).list();
  }

  // ---- reports, evidence, reviews -----------------------------------------------------------------------

  /** Inserts a report once per Camunda task: a repeated completion of the same task adds nothing. */
  public long insertReport(long assignmentId, String kind, String unit, String periodLabel, LocalDate periodEnd,
      String content, Integer percent, String actor, String camundaTaskId) {
    Optional<Long> existing = jdbc.sql("SELECT id FROM progress_report WHERE task_id_camunda = ?").param(camundaTaskId)
        .query(Long.class).optional();
    if (existing.isPresent()) {
      return existing.get();
    }
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
        INSERT INTO progress_report (assignment_id, kind, unit_code, period_label, period_end, content, percent_done,
          submitted_at, submitted_by, task_id_camunda)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(assignmentId, kind, unit, periodLabel, periodEnd, content, percent, now(), actor, camundaTaskId)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void insertEvidence(long assignmentId, long reportId, String number, LocalDate date, String description,
      String actor) {
    int already = jdbc.sql("SELECT COUNT(*) FROM evidence WHERE report_id = ?").param(reportId).query(Integer.class)
        .single();
    if (already == 0) {
      jdbc.sql("INSERT INTO evidence (assignment_id, report_id, document_number, document_date, description,"
              + " submitted_at, submitted_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(assignmentId, reportId, number, date, description, now(), actor).update();
    }
  }

  public List<String> reportDigest(long assignmentId, int max) {
    return jdbc.sql("SELECT submitted_at, kind, unit_code, content FROM progress_report WHERE assignment_id = ?"
            + " ORDER BY submitted_at DESC, id DESC")
        .param(assignmentId)
        .query((rs, n) -> Dates.format(rs.getObject("submitted_at", OffsetDateTime.class).atZoneSameInstant(ZONE)
            .toLocalDate()) + " – " + kindLabel(rs.getString("kind")) + " (" + rs.getString("unit_code") + "): "
            + rs.getString("content"))
        .list().stream().limit(max).toList();
  }

  /** The latest reports of every assignment of a conclusion, for the monitoring unit's periodic summary. */
  public List<String> conclusionDigest(long conclusionId) {
    return jdbc.sql("SELECT a.unit_code, t.ordinal, r.content, r.submitted_at FROM progress_report r"
            + " JOIN task_assignment a ON a.id = r.assignment_id JOIN conclusion_task t ON t.id = a.task_id"
            + " WHERE a.conclusion_id = ? ORDER BY t.ordinal, a.unit_code, r.submitted_at")
        .param(conclusionId)
        .query((rs, n) -> "Nhiệm vụ " + rs.getString("ordinal") + " – " + rs.getString("unit_code") + ": "
            + rs.getString("content"))
        .list();
  }

  private static String kindLabel(String kind) {
    return switch (kind) {
      case "PROGRESS" -> "Báo cáo tiến độ";
      case "COMPLETION" -> "Báo cáo hoàn thành";
      case "CONTRIBUTION" -> "Ý kiến phối hợp";
      case "DIRECTIVE_ANSWER" -> "Trả lời chỉ đạo";
      default -> kind;
    };
  }

  public void insertReview(long assignmentId, String decision, String grade, String note, String actor) {
    jdbc.sql("INSERT INTO task_review (assignment_id, decision, quality_grade, note, reviewed_at, reviewed_by)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(assignmentId, decision, grade, note, now(), actor).update();
  }

  // ---- extensions -----------------------------------------------------------------------------------------

  public long insertExtensionRequest(long assignmentId, String reason, LocalDate current, LocalDate proposed,
      String actor) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO extension_request (assignment_id, reason, current_deadline, proposed_date, requested_at,"
            + " requested_by, decision) VALUES (?, ?, ?, ?, ?, ?, 'PENDING')")
        .params(assignmentId, reason, current, proposed, now(), actor).update(keys, "id");
    return keys.getKey().longValue();
  }

  public void setExtensionDecider(long requestId, String group) {
    jdbc.sql("UPDATE extension_request SET deciding_group = ? WHERE id = ?").params(group, requestId).update();
  }

  public void decideExtension(long requestId, String decision, LocalDate granted, String note, String actor) {
    jdbc.sql("UPDATE extension_request SET decision = ?, granted_date = ?, decision_note = ?, decided_at = ?,"
            + " decided_by = ? WHERE id = ? AND decision = 'PENDING'")
        .params(decision, granted, note, now(), actor, requestId).update();
  }

  // ---- directives -----------------------------------------------------------------------------------------

  public long insertDirective(long conclusionId, Long assignmentId, String unit, String content, LocalDate due,
      String actor) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO directive (conclusion_id, assignment_id, unit_code, content, due_date, issued_at, issued_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(conclusionId, assignmentId, unit, content, due, now(), actor).update(keys, "id");
    return keys.getKey().longValue();
  }

  public record Directive(long id, String content, LocalDate dueDate, String issuedBy) {}

  public Directive directive(long id) {
    return jdbc.sql("SELECT id, content, due_date, issued_by FROM directive WHERE id = ?").param(id)
        .query((rs, n) -> new Directive(rs.getLong("id"), rs.getString("content"),
            rs.getObject("due_date", LocalDate.class), rs.getString("issued_by")))
        .single();
  }

  public void answerDirective(long directiveId, String answer) {
    jdbc.sql("UPDATE directive SET answer = ?, answered_at = ? WHERE id = ? AND answered_at IS NULL")
        .params(answer, now(), directiveId).update();
  }

  // ---- timeline and reminders -------------------------------------------------------------------------------

  public void event(Long assignmentId, long conclusionId, String type, String actor, String detail) {
    jdbc.sql("INSERT INTO task_event (assignment_id, conclusion_id, event_type, occurred_at, actor, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(assignmentId, conclusionId, type, now(), actor, detail == null ? null : truncate(detail, 4000))
        .update();
  }

  /** Records that a reminder went out; false when it already had (a retried job must not send twice). */
  public boolean logReminder(long assignmentId, String level, LocalDate dueOn, String recipient, String channel) {
    int already = jdbc.sql("SELECT COUNT(*) FROM reminder_log WHERE assignment_id = ? AND level_code = ?"
            + " AND due_on = ? AND recipient = ? AND channel = ?")
        .params(assignmentId, level, dueOn, recipient, channel).query(Integer.class).single();
    if (already > 0) {
      return false;
    }
    try {
      jdbc.sql("INSERT INTO reminder_log (assignment_id, level_code, due_on, recipient, channel, sent_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)")
          .params(assignmentId, level, dueOn, recipient, channel, now()).update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  public boolean reminderSent(long assignmentId, String level, LocalDate dueOn) {
    return jdbc.sql("SELECT COUNT(*) FROM reminder_log WHERE assignment_id = ? AND level_code = ? AND due_on = ?")
        .params(assignmentId, level, dueOn).query(Integer.class).single() > 0;
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
  // ---- what a task's form and a reminder show (read-only) ----------------------------------------------------

  /** One assignment with its task and conclusion, as a form or a reminder e-mail shows it. */
  public record AssignmentView(long id, long conclusionId, String businessKey, String state, String unitCode,
      String conclusionLabel, LocalDate issuedDate, String title, String ordinal, String taskText, String product,
      String deadlineType, String deadlineText, LocalDate currentDeadline, int extensionCount, String monitoringUnit,
      String issuerUnitCode, boolean recurring, String processInstanceId, OffsetDateTime followUpAt) {

    public boolean isOpen() {
      return !List.of("COMPLETED", "REASSIGNED", "CLOSED", "RETURNED_AS_WRONG").contains(state);
    }
  }

  private static final String VIEW_SELECT = """
      SELECT a.id, a.conclusion_id, a.business_key, a.state, a.unit_code, a.current_deadline, a.extension_count,
        a.recurring, a.process_instance_id, c.doc_number, c.type_code, c.issuer_code, c.issued_date, c.title,
        c.issuer_unit_code, t.ordinal, t.task_text, t.product, t.deadline_type, t.deadline_text,
        COALESCE(t.monitoring_unit_code, c.monitoring_unit_code) AS monitoring,
        (SELECT MIN(r.due_at) FROM reminder_due r WHERE r.assignment_id = a.id AND r.recipient_unit = a.unit_code
          AND r.deadline_on = a.current_deadline AND r.state IN ('PLANNED', 'SENT')) AS follow_up_at
      FROM task_assignment a JOIN conclusion_task t ON t.id = a.task_id JOIN conclusion c ON c.id = a.conclusion_id
      """;

  public AssignmentView assignmentView(long assignmentId) {
    return jdbc.sql(VIEW_SELECT + " WHERE a.id = ?").param(assignmentId).query(FollowupStore::view).single();
  }

  /** Views of several assignments (one query, any number of ids), in no particular order. */
  public List<AssignmentView> assignmentViews(java.util.Collection<Long> ids) {
    List<AssignmentView> out = new java.util.ArrayList<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += 500) {
      List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
      out.addAll(jdbc.sql(VIEW_SELECT + " WHERE a.id IN (" + marks(chunk.size()) + ")").params(chunk)
          .query(FollowupStore::view).list());
    }
    return out;
  }

  private static AssignmentView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new AssignmentView(rs.getLong("id"), rs.getLong("conclusion_id"), rs.getString("business_key"),
        rs.getString("state"), rs.getString("unit_code"),
        rs.getString("doc_number") + "-" + rs.getString("type_code") + "/" + rs.getString("issuer_code"),
        rs.getObject("issued_date", LocalDate.class), rs.getString("title"), rs.getString("ordinal"),
        rs.getString("task_text"), rs.getString("product"), rs.getString("deadline_type"),
        rs.getString("deadline_text"), rs.getObject("current_deadline", LocalDate.class), rs.getInt("extension_count"),
        rs.getString("monitoring"), rs.getString("issuer_unit_code"), rs.getBoolean("recurring"),
        rs.getString("process_instance_id"), rs.getObject("follow_up_at", OffsetDateTime.class));
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  // ---- the reminder ladder's planned reminders (reminder_due) -----------------------------------------------

  /** A planned reminder: one level of the ladder for one assignment and one recipient unit (or group list). */
  public record PlannedReminder(long assignmentId, String level, String recipientKind, String recipientUnit,
      LocalDate deadline, OffsetDateTime dueAt, String digestKey) {}

  /** A planned reminder as the digest reads it. */
  public record DueReminder(long id, long assignmentId, String level, String recipientKind, String recipientUnit,
      LocalDate deadline, OffsetDateTime dueAt) {}

  /** Levels already sent or skipped per assignment for its current deadline: "level" strings. */
  public java.util.Map<Long, java.util.Set<String>> remindedLevels(java.util.Collection<Long> assignmentIds) {
    java.util.Map<Long, java.util.Set<String>> done = new java.util.HashMap<>();
    if (assignmentIds.isEmpty()) {
      return done;
    }
    List<Long> ids = List.copyOf(assignmentIds);
    jdbc.sql("SELECT r.assignment_id, r.level_code FROM reminder_due r JOIN task_assignment a ON a.id = r.assignment_id"
            + " WHERE r.assignment_id IN (" + marks(ids.size()) + ") AND r.state IN ('SENT', 'SKIPPED')"
            + " AND r.deadline_on = a.current_deadline")
        .params(ids).query((rs, n) -> done.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
            .add(rs.getString(2)))
        .list();
    return done;
  }

  /** Replaces the assignment's planned (not yet sent) reminders by the given ones. */
  public void replacePlannedReminders(long assignmentId, List<PlannedReminder> rows) {
    jdbc.sql("UPDATE reminder_due SET state = 'CANCELLED' WHERE assignment_id = ? AND state = 'PLANNED'")
        .param(assignmentId).update();
    insertPlannedReminders(rows);
  }

  void insertPlannedReminders(List<PlannedReminder> rows) {
    if (rows.isEmpty()) {
      return;
    }
    OffsetDateTime now = now();
    List<Object[]> args = rows.stream().map(r -> new Object[] {r.assignmentId(), r.level(), r.recipientKind(),
        r.recipientUnit(), r.deadline(), r.dueAt(), r.digestKey(), now}).toList();
    jdbcTemplate().batchUpdate("INSERT INTO reminder_due (assignment_id, level_code, recipient_kind, recipient_unit,"
        + " deadline_on, due_at, digest_key, state, planned_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?)", args);
  }

  /**
   * The planned reminders of a recipient unit that are due, locked for this transaction: a second digest of the
   * same unit running at the same time waits, then finds them sent.
   */
  public List<DueReminder> dueReminders(String recipientUnit, OffsetDateTime upTo) {
    return jdbc.sql("SELECT id, assignment_id, level_code, recipient_kind, recipient_unit, deadline_on, due_at"
            + " FROM reminder_due WHERE recipient_unit = ? AND state = 'PLANNED' AND due_at <= ? ORDER BY id FOR UPDATE")
        .params(recipientUnit, upTo)
        .query((rs, n) -> new DueReminder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, OffsetDateTime.class)))
        .list();
  }

  public void markReminders(java.util.Collection<Long> ids, String state) {
    if (ids.isEmpty()) {
      return;
    }
    OffsetDateTime now = now();
    jdbcTemplate().batchUpdate("UPDATE reminder_due SET state = ?, sent_at = ? WHERE id = ?",
        ids.stream().map(id -> new Object[] {state, now, id}).toList());
  }

  /** A reminder_log row: (assignment, level, deadline, recipient, channel) is logged once. */
  public record ReminderLogRow(long assignmentId, String level, LocalDate dueOn, String recipient, String channel) {}

  /**
   * Logs the rows not logged yet and returns them (in the caller's order); rows logged before (a retried job) are
   * left out, so they are not sent again.
   */
  public List<ReminderLogRow> logReminders(List<ReminderLogRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    java.util.Set<ReminderLogRow> already = new java.util.HashSet<>();
    List<Long> ids = rows.stream().map(ReminderLogRow::assignmentId).distinct().toList();
    for (int i = 0; i < ids.size(); i += 500) {
      List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
      already.addAll(jdbc.sql("SELECT assignment_id, level_code, due_on, recipient, channel FROM reminder_log"
              + " WHERE assignment_id IN (" + marks(chunk.size()) + ")").params(chunk)
          .query((rs, n) -> new ReminderLogRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
              rs.getString(4), rs.getString(5)))
          .list());
    }
    List<ReminderLogRow> fresh = rows.stream().distinct().filter(r -> !already.contains(r)).toList();
    OffsetDateTime now = now();
    jdbcTemplate().batchUpdate("INSERT INTO reminder_log (assignment_id, level_code, due_on, recipient, channel,"
        + " sent_at) VALUES (?, ?, ?, ?, ?, ?)", fresh.stream().map(r -> new Object[] {r.assignmentId(), r.level(),
        r.dueOn(), r.recipient(), r.channel(), now}).toList());
    return fresh;
  }

  /** Several timeline events in one batch (the reminder digest writes one per assignment). */
  public void events(List<Object[]> assignmentConclusionTypeDetail, String actor) {
    if (assignmentConclusionTypeDetail.isEmpty()) {
      return;
    }
    OffsetDateTime now = now();
    jdbcTemplate().batchUpdate("INSERT INTO task_event (assignment_id, conclusion_id, event_type, occurred_at, actor,"
        + " detail) VALUES (?, ?, ?, ?, ?, ?)", assignmentConclusionTypeDetail.stream().map(e -> new Object[] {e[0],
        e[1], e[2], now, actor, e[3] == null ? null : truncate((String) e[3], 4000)}).toList());
  }

  private Batch jdbcTemplate() {
    return (sql, args) -> {
      if (args.isEmpty()) {
        return;
      }
      if (batch != null) {
        batch.batchUpdate(sql, args);
      } else {
        args.forEach(a -> jdbc.sql(sql).params(a).update());
      }
    };
  }

  private interface Batch {
    void batchUpdate(String sql, List<Object[]> args);
  }
}

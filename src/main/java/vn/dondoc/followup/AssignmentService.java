package vn.dondoc.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dondoc.followup.FollowupIds.Decisions;
import vn.dondoc.followup.FollowupIds.Lifecycle;
import vn.dondoc.followup.FollowupIds.Messages;
import vn.dondoc.followup.FollowupIds.TaskExecution;
import vn.dondoc.followup.FollowupIds.Vars;
import vn.dondoc.followup.FollowupStore.Assignment;
import vn.dondoc.org.OrgService;
import vn.dondoc.org.Unit;
import vn.dondoc.org.UnitKind;
import vn.dondoc.platform.ApiException;

/**
 * What happens to one assignment as its task-execution moves: acceptance, return and reassignment, reports,
 * evidence, review, extensions, directives and closing. Each user task's form is recorded when the task is
 * completed, in the same transaction, so a rejected form keeps the task open with what was typed.
 */
@Service
public class AssignmentService {

  private final FollowupStore store;
  private final OrgService org;
  private final ConclusionService conclusions;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final DecisionService decisionService;
  private final FollowupCalendar calendar;
  private final ReminderService reminders;

  public AssignmentService(FollowupStore store, OrgService org, ConclusionService conclusions,
      RuntimeService runtimeService, TaskService taskService, DecisionService decisionService,
      FollowupCalendar calendar, ReminderService reminders) {
    this.store = store;
    this.org = org;
    this.conclusions = conclusions;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.decisionService = decisionService;
    this.calendar = calendar;
    this.reminders = reminders;
  }

  // ---- task listener: create ------------------------------------------------------------------------------------

  /** Puts the context a person needs on the task (days left, previous reports, choices). */
  public void onCreate(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    if (Lifecycle.COMPILE_SUMMARY.equals(key)) {
      // a new period starts empty: last period's summary and directive are not offered again
      forget(task, "summaryText", Vars.ISSUE_DIRECTIVE, "directiveAssignmentKey", "directiveContent", "directiveDueDate");
      task.setVariableLocal("unitReportsDigest", conclusions.summaryDigest(conclusionId(task)));
      return;
    }
    if (Lifecycle.READ_SUMMARY.equals(key)) {
      task.setVariableLocal("openAssignmentOptions",
          TaskListJson.options(conclusions.openAssignmentOptions(conclusionId(task))));
      return;
    }
    if (task.getVariable(Vars.ASSIGNMENT_ID) == null) {
      return;
    }
    // What the form shows, read from the business tables, as one task-local JSON variable ({{view.title}} ...):
    // the process itself only carries what it routes on.
    FollowupStore.AssignmentView a = store.assignmentView(assignmentId(task));
    ObjectNode view = JSON.createObjectNode();
    view.put("conclusionLabel", "Số " + a.conclusionLabel() + " ngày " + Dates.format(a.issuedDate()));
    view.put("title", a.title());
    view.put("taskOrdinal", a.ordinal());
    view.put("taskText", a.taskText());
    view.put("product", a.product());
    view.put("leadUnitName", org.unit(a.unitCode()).name());
    view.put("monitoringUnitName", a.monitoringUnit() == null ? null : org.unit(a.monitoringUnit()).name());
    view.put("deadlineLabel", ConclusionService.deadlineLabel(a.currentDeadline(), a.deadlineText(), a.deadlineType())
        + (a.extensionCount() > 0 ? " (đã gia hạn)" : ""));
    view.put("daysLeftText", daysLeftText(a.currentDeadline()));
    if (SHOWS_REPORT_HISTORY.contains(key)) {
      List<String> history = store.reportDigest(a.id(), 10);
      // an empty heading in the form reads as a rendering fault: say there is nothing yet
      view.put("reportHistory", history.isEmpty() ? "Chưa có báo cáo nào." : String.join("\n", history));
    }
    if (TaskExecution.REASSIGN.equals(key)) {
      Map<String, String> units = new LinkedHashMap<>();
      for (UnitKind kind : UnitKind.values()) {
        for (Unit u : org.currentUnits(kind, null, FollowupStore.today())) {
          if (!u.code().equals(a.unitCode())) {
            units.put(u.code(), u.name());
          }
        }
      }
      task.setVariableLocal("unitOptions", TaskListJson.options(units));
    }
    if (TaskExecution.PROGRESS_REPORT.equals(key)) {
      view.put("periodLabel", periodLabel(task));
    }
    if (TaskExecution.ANSWER_DIRECTIVE.equals(key)) {
      FollowupStore.Directive d = store.directive(((Number) task.getVariable(Vars.DIRECTIVE_ID)).longValue());
      view.put("directiveContent", d.content());
      view.put("directiveDue", Dates.format(d.dueDate()));
      if (d.dueDate() != null) {
        task.setDueDate(Dates.endOf(d.dueDate()));
      }
    }
    task.setVariableLocal(Vars.VIEW, SpinValues.jsonValue(view.toString()).create());
    // Tasklist shows the task as "follow-up" from the lead unit's first planned reminder on (the ladder is
    // planned on acceptance), so sending a reminder does not have to touch the unit's tasks.
    if (task.getFollowUpDate() == null && a.followUpAt() != null) {
      task.setFollowUpDate(java.util.Date.from(a.followUpAt().toInstant()));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The forms that list the reports so far ({{view.reportHistory}}); the others do not read them. */
  static final java.util.Set<String> SHOWS_REPORT_HISTORY = java.util.Set.of(TaskExecution.PROGRESS_REPORT,
      TaskExecution.REPORT_COMPLETION, TaskExecution.REVIEW_RESULT);

  /** The period a progress report task asks about: up to the day the task was created. */
  static String periodLabel(DelegateTask task) {
    return "Kỳ báo cáo đến " + Dates.format(task.getCreateTime().toInstant().atZone(FollowupStore.ZONE).toLocalDate());
  }

  String daysLeftText(LocalDate deadline) {
    if (deadline == null) {
      return "Không có hạn cố định.";
    }
    int days = calendar.calendar().workingDaysBetween(FollowupStore.today(), deadline);
    if (days > 0) {
      return "Còn " + days + " ngày làm việc đến hạn " + Dates.format(deadline) + ".";
    }
    if (days == 0) {
      return "Đến hạn hôm nay (" + Dates.format(deadline) + ").";
    }
    return "Đã quá hạn " + (-days) + " ngày làm việc (hạn " + Dates.format(deadline) + ").";
  }

  // ---- task listener: complete ------------------------------------------------------------------------------------

  public void onComplete(DelegateTask task) {
    String actor = actor(task);
    switch (task.getTaskDefinitionKey()) {
      case Lifecycle.LIST_TASKS -> {
        conclusions.validateTaskList(task.getVariable(Vars.TASKS), str(task, Vars.MONITORING_UNIT),
            task.getVariable("reviewDate"), str(task, "reportCadence"));
        store.setLifecycleState(conclusionId(task), "AWAITING_APPROVAL");
        forget(task, Vars.APPROVED);
        store.event(null, conclusionId(task), "TASK_LIST_CONFIRMED", actor, null);
      }
      case Lifecycle.APPROVE -> {
        boolean approved = bool(task, Vars.APPROVED);
        if (!approved) {
          require(task, Vars.RETURN_REASON, "Vui lòng nêu lý do trả lại.");
          store.setLifecycleState(conclusionId(task), "DRAFT");
        }
        store.event(null, conclusionId(task), approved ? "APPROVED" : "RETURNED_FOR_CHANGES", actor,
            approved ? null : str(task, Vars.RETURN_REASON));
      }
      case Lifecycle.COMPILE_SUMMARY -> {
        String summary = require(task, "summaryText", "Vui lòng nhập nội dung báo cáo tổng hợp.");
        store.event(null, conclusionId(task), "SUMMARY_REPORTED", actor, summary);
      }
      case Lifecycle.READ_SUMMARY -> {
        if (bool(task, Vars.ISSUE_DIRECTIVE)) {
          require(task, "directiveAssignmentKey", "Vui lòng chọn nhiệm vụ, đơn vị nhận chỉ đạo.");
          require(task, "directiveContent", "Vui lòng nhập nội dung chỉ đạo.");
        }
      }
      case Lifecycle.REVIEW -> {
        if (bool(task, Vars.START_SUCCESSOR)) {
          require(task, "successorNumber", "Vui lòng nhập số của kết luận mới.");
          require(task, "successorTitle", "Vui lòng nhập trích yếu của kết luận mới.");
          if (Dates.parse(task.getVariable("successorDate"), "Ngày ban hành kết luận mới") == null) {
            throw ApiException.badRequest("FIELD_REQUIRED", "Vui lòng nhập ngày ban hành kết luận mới.");
          }
        }
      }
      case TaskExecution.ACCEPT -> accept(task, actor);
      case TaskExecution.CONTRIBUTE -> {
        String text = require(task, "contribution", "Vui lòng nhập nội dung phối hợp.");
        long id = store.insertReport(assignmentId(task), "CONTRIBUTION", str(task, "coordinatingUnit"), null, null,
            text, null, actor, task.getId());
        store.event(assignmentId(task), conclusionId(task), "CONTRIBUTION", actor, "Báo cáo phối hợp #" + id);
        forget(task, "contribution");
      }
      case TaskExecution.PROGRESS_REPORT -> {
        String text = require(task, "progressContent", "Vui lòng nhập nội dung báo cáo tiến độ.");
        Integer percent = task.getVariable("percentDone") == null ? null
            : ((Number) task.getVariable("percentDone")).intValue();
        store.insertReport(assignmentId(task), "PROGRESS", str(task, Vars.LEAD_UNIT), periodLabel(task),
            FollowupStore.today(), text, percent, actor, task.getId());
        store.markReportReceived(assignmentId(task));
        store.event(assignmentId(task), conclusionId(task), "PROGRESS_REPORTED", actor, text);
        // each period is reported afresh, not pre-filled with the last one
        forget(task, "progressContent", "percentDone");
      }
      case TaskExecution.REPORT_COMPLETION -> reportCompletion(task, actor);
      case TaskExecution.REVIEW_RESULT -> review(task, actor);
      case TaskExecution.REQUEST_EXTENSION -> requestExtension(task, actor);
      case TaskExecution.DECIDE_EXTENSION -> decideExtension(task, actor);
      case TaskExecution.ANSWER_DIRECTIVE -> {
        String answer = require(task, "directiveAnswer", "Vui lòng nhập nội dung trả lời chỉ đạo.");
        long directiveId = ((Number) task.getVariable(Vars.DIRECTIVE_ID)).longValue();
        store.answerDirective(directiveId, answer);
        store.insertReport(assignmentId(task), "DIRECTIVE_ANSWER", str(task, Vars.LEAD_UNIT), null, null, answer,
            null, actor, task.getId());
        store.event(assignmentId(task), conclusionId(task), "DIRECTIVE_ANSWERED", actor, answer);
        forget(task, "directiveAnswer");
      }
      default -> { }
    }
  }

  private void accept(DelegateTask task, String actor) {
    long id = assignmentId(task);
    if (bool(task, Vars.ACCEPTED)) {
      store.markAccepted(id);
      store.event(id, conclusionId(task), "ACCEPTED", actor, null);
      reminders.plan(id);
    } else {
      String reason = require(task, Vars.RETURN_REASON, "Vui lòng nêu lý do trả lại vì giao không đúng.");
      store.setState(id, "RETURNED_AS_WRONG");
      store.event(id, conclusionId(task), "RETURNED_AS_WRONG", actor, reason);
    }
  }

  private void reportCompletion(DelegateTask task, String actor) {
    long id = assignmentId(task);
    String text = require(task, "completionContent", "Vui lòng nhập nội dung báo cáo hoàn thành.");
    String number = require(task, "evidenceNumber", "Minh chứng: vui lòng nhập số văn bản.");
    LocalDate date = Dates.parse(task.getVariable("evidenceDate"), "Minh chứng – ngày văn bản");
    if (date == null) {
      throw ApiException.badRequest("EVIDENCE_REQUIRED", "Minh chứng: vui lòng nhập ngày văn bản.");
    }
    if (date.isAfter(FollowupStore.today())) {
      throw ApiException.badRequest("EVIDENCE_DATE_IN_FUTURE", "Minh chứng: ngày văn bản không được sau hôm nay.");
    }
    long reportId = store.insertReport(id, "COMPLETION", str(task, Vars.LEAD_UNIT), null, FollowupStore.today(), text,
        100, actor, task.getId());
    store.insertEvidence(id, reportId, number, date, str(task, "evidenceDescription"), actor);
    store.markCompletionReported(id);
    store.event(id, conclusionId(task), "COMPLETION_REPORTED", actor, "Minh chứng " + number + " ngày " + Dates.format(date));
    forget(task, Vars.RESULT_ACCEPTED, "reviewNote", "qualityGrade");
  }

  private void review(DelegateTask task, String actor) {
    long id = assignmentId(task);
    if (bool(task, Vars.RESULT_ACCEPTED)) {
      String grade = require(task, "qualityGrade", "Vui lòng chọn mức đánh giá chất lượng.");
      store.insertReview(id, "ACCEPTED", grade, str(task, "reviewNote"), actor);
      store.markCompleted(id, grade);
      store.event(id, conclusionId(task), "RESULT_ACCEPTED", actor, grade);
    } else {
      String note = require(task, "reviewNote", "Vui lòng nêu yêu cầu bổ sung, hoàn thiện.");
      store.insertReview(id, "RETURNED", null, note, actor);
      store.setState(id, "REWORK");
      store.event(id, conclusionId(task), "RETURNED_FOR_REWORK", actor, note);
    }
  }

  private void requestExtension(DelegateTask task, String actor) {
    Assignment a = store.assignment(assignmentId(task));
    String reason = require(task, "extensionReason", "Vui lòng nêu lý do đề nghị gia hạn.");
    LocalDate proposed = Dates.parse(task.getVariable("proposedDate"), "Ngày đề nghị gia hạn đến");
    if (proposed == null) {
      throw ApiException.badRequest("FIELD_REQUIRED", "Vui lòng nhập ngày đề nghị gia hạn đến.");
    }
    if (a.currentDeadline() != null && !proposed.isAfter(a.currentDeadline())) {
      throw ApiException.badRequest("EXTENSION_NOT_LATER",
          "Ngày đề nghị gia hạn phải sau hạn hiện tại (" + Dates.format(a.currentDeadline()) + ").");
    }
    long requestId = store.insertExtensionRequest(a.id(), reason, a.currentDeadline(), proposed, actor);
    int daysAsked = a.currentDeadline() == null ? 0
        : calendar.calendar().workingDaysBetween(a.currentDeadline(), proposed);
    task.getExecution().setVariable("extensionRequestId", requestId);
    task.getExecution().setVariable("extensionDaysAsked", daysAsked);
    task.getExecution().setVariable("extensionCount", a.extensionCount());
    task.getExecution().setVariable("proposedDateLabel", Dates.format(proposed));
    store.event(a.id(), a.conclusionId(), "EXTENSION_REQUESTED", actor,
        "Đề nghị gia hạn đến " + Dates.format(proposed) + ": " + reason);
  }

  /** DMN extension-decider: who decides, by issuer level, working days asked and extensions so far. */
  public void findExtensionDecider(DelegateExecution ex) {
    FollowupStore.AssignmentView a = store.assignmentView(((Number) ex.getVariable(Vars.ASSIGNMENT_ID)).longValue());
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("issuerLevel", a.issuerUnitCode() == null ? null : org.unit(a.issuerUnitCode()).levelCode());
    in.put("daysAsked", ex.getVariable("extensionDaysAsked"));
    in.put("extensionCount", ex.getVariable("extensionCount"));
    String decider = decisionService.evaluateDecisionTableByKey(Decisions.EXTENSION_DECIDER, Variables.fromMap(in))
        .getSingleResult().getSingleEntry();
    String group = "LEADERSHIP".equals(decider) ? conclusions.leadershipGroups(a.issuerUnitCode())
        : (String) ex.getVariable(Vars.MONITORING_UNIT);
    ex.setVariable(Vars.EXTENSION_DECIDER_GROUP, group);
    store.setExtensionDecider(((Number) ex.getVariable("extensionRequestId")).longValue(), group);
  }

  private void decideExtension(DelegateTask task, String actor) {
    Assignment a = store.assignment(assignmentId(task));
    long requestId = ((Number) task.getVariable("extensionRequestId")).longValue();
    if (bool(task, "extensionApproved")) {
      LocalDate granted = Dates.parse(task.getVariable("grantedDate"), "Ngày gia hạn đến");
      if (granted == null) {
        granted = Dates.parse(task.getVariable("proposedDate"), "Ngày đề nghị");
      }
      if (a.currentDeadline() != null && !granted.isAfter(a.currentDeadline())) {
        throw ApiException.badRequest("EXTENSION_NOT_LATER",
            "Ngày gia hạn phải sau hạn hiện tại (" + Dates.format(a.currentDeadline()) + ").");
      }
      store.decideExtension(requestId, "APPROVED", granted, str(task, "decisionNote"), actor);
      store.extendDeadline(a.id(), granted);
      var ex = task.getExecution();
      // due dates of tasks created from now on
      ex.setVariable("currentDeadline", granted.toString());
      // the reminder ladder starts again from the new deadline, and the open tasks follow up from its first level
      reminders.plan(a.id());
      java.time.OffsetDateTime followUp = store.assignmentView(a.id()).followUpAt();
      for (Task open : taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
          .taskDefinitionKey(TaskExecution.REPORT_COMPLETION).list()) {
        taskService.setDueDate(open.getId(), Dates.endOf(granted));
        taskService.setFollowUpDate(open.getId(), followUp == null ? null : java.util.Date.from(followUp.toInstant()));
      }
      store.event(a.id(), a.conclusionId(), "EXTENSION_APPROVED", actor, "Gia hạn đến " + Dates.format(granted));
    } else {
      String note = require(task, "decisionNote", "Vui lòng nêu lý do không đồng ý gia hạn.");
      store.decideExtension(requestId, "REFUSED", null, note, actor);
      store.event(a.id(), a.conclusionId(), "EXTENSION_REFUSED", actor, note);
    }
    // the next request starts from an empty form
    forget(task, "extensionReason", "proposedDate", "extensionApproved", "grantedDate", "decisionNote");
  }

  // ---- service tasks --------------------------------------------------------------------------------------------------

  /** The monitoring unit picked another unit: the old row ends REASSIGNED, a new row and process start. */
  public void applyReassignment(DelegateExecution ex) {
    Assignment old = store.assignment(((Number) ex.getVariable(Vars.ASSIGNMENT_ID)).longValue());
    String newUnit = str(ex, "newUnit");
    if (newUnit == null) {
      throw ApiException.badRequest("FIELD_REQUIRED", "Vui lòng chọn đơn vị được giao lại.");
    }
    org.unit(newUnit);
    if (newUnit.equals(old.unitCode())) {
      throw ApiException.badRequest("SAME_UNIT", "Vui lòng chọn một đơn vị khác đơn vị đã trả lại.");
    }
    String key = old.businessKey().substring(0, old.businessKey().lastIndexOf('@') + 1) + newUnit;
    if (store.assignmentKeyTaken(key)) {
      throw ApiException.conflict("ALREADY_ASSIGNED", "Đơn vị này đã từng được giao nhiệm vụ này.");
    }
    long newId = store.insertAssignment(old.taskId(), old.conclusionId(), newUnit, key, old.recurring(),
        old.currentDeadline());
    store.end(old.id(), "REASSIGNED", newId);
    store.event(old.id(), old.conclusionId(), "REASSIGNED", actor(ex), "Giao lại cho " + newUnit);
    store.event(newId, old.conclusionId(), "ASSIGNED", actor(ex), "Nhận giao lại từ " + old.unitCode());
    conclusions.startTaskExecution(newId);
  }

  /** Work accepted: tell the conclusion when this was its last open non-recurring assignment. */
  public void completeAssignment(DelegateExecution ex) {
    Assignment a = store.assignment(((Number) ex.getVariable(Vars.ASSIGNMENT_ID)).longValue());
    store.event(a.id(), a.conclusionId(), "CLOSED", actor(ex), "Nhiệm vụ hoàn thành");
    if (store.openNonRecurring(a.conclusionId()) == 0) {
      runtimeService.createMessageCorrelation(Messages.ALL_ASSIGNMENTS_CLOSED)
          .processInstanceBusinessKey((String) ex.getVariable(Vars.CONCLUSION_KEY)).correlateAllWithResult();
    }
  }

  public void closeByReview(DelegateExecution ex) {
    Assignment a = store.assignment(((Number) ex.getVariable(Vars.ASSIGNMENT_ID)).longValue());
    if (a.isOpen()) {
      store.end(a.id(), "CLOSED", null);
      store.event(a.id(), a.conclusionId(), "CLOSED_BY_REVIEW", actor(ex), "Đóng khi sơ kết / tổng kết kết luận");
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------------------------

  /** Drops form values that must not pre-fill the next round of the same form (Tasklist fills by name). */
  static void forget(DelegateTask task, String... names) {
    for (String name : names) {
      task.getExecution().removeVariable(name);
    }
  }

  static long assignmentId(DelegateTask task) {
    return ((Number) task.getVariable(Vars.ASSIGNMENT_ID)).longValue();
  }

  static long conclusionId(DelegateTask task) {
    return ((Number) task.getVariable(Vars.CONCLUSION_ID)).longValue();
  }

  static String str(DelegateTask task, String name) {
    Object v = task.getVariable(name);
    if (v == null) {
      return null;
    }
    String s = v.toString().trim();
    return s.isEmpty() ? null : s;
  }

  static String str(DelegateExecution ex, String name) {
    return ConclusionService.str(ex, name);
  }

  static boolean bool(DelegateTask task, String name) {
    Object v = task.getVariable(name);
    if (v == null) {
      throw ApiException.badRequest("DECISION_REQUIRED", "Vui lòng chọn một quyết định.");
    }
    return v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString());
  }

  static String require(DelegateTask task, String name, String message) {
    String s = str(task, name);
    if (s == null) {
      throw ApiException.badRequest("FIELD_REQUIRED", message);
    }
    return s;
  }

  static String actor(DelegateTask task) {
    var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : "system";
  }

  static String actor(DelegateExecution ex) {
    return ConclusionService.actor(ex);
  }
}

package vn.dondoc.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import vn.dondoc.followup.FollowupIds.Messages;
import vn.dondoc.followup.FollowupIds.TaskExecution;
import vn.dondoc.followup.FollowupIds.Vars;
import vn.dondoc.followup.FollowupStore.Assignment;
import vn.dondoc.followup.FollowupStore.ConclusionHeader;
import vn.dondoc.org.OrgService;
import vn.dondoc.org.Roles;
import vn.dondoc.org.Unit;
import vn.dondoc.org.UnitKind;
import vn.dondoc.platform.ApiException;

/** What the conclusion-lifecycle's service tasks do, one method per task. */
@Service
public class ConclusionService {

  static final Set<String> DEADLINE_TYPES = Set.of("FIXED", "RELATIVE", "PERIOD", "RECURRING", "PENDING", "NONE");
  static final Set<String> DATED_TYPES = Set.of("FIXED", "RELATIVE", "PERIOD");
  static final Set<String> CADENCES = Set.of("MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY");

  private final FollowupStore store;
  private final OrgService org;
  private final RuntimeService runtimeService;
  private final ConclusionRegistration registration;

  public ConclusionService(FollowupStore store, OrgService org, RuntimeService runtimeService,
      @Lazy ConclusionRegistration registration) {
    this.store = store;
    this.org = org;
    this.runtimeService = runtimeService;
    this.registration = registration;
  }

  // ---- registerConclusion ---------------------------------------------------------------------------------

  public void register(DelegateExecution ex) {
    ConclusionDraft d = headerFrom(ex);
    validateHeader(d);
    if (d.issuerUnitCode() != null) {
      org.unit(d.issuerUnitCode());
    }
    String key = d.businessKey();
    Long predecessorId = null;
    String predecessorKey = (String) ex.getVariable("predecessorKey");
    if (predecessorKey != null && !predecessorKey.isBlank()) {
      predecessorId = store.conclusionId(predecessorKey).orElseThrow(() -> ApiException.badRequest(
          "PREDECESSOR_NOT_FOUND", "Không tìm thấy kết luận trước " + predecessorKey + "."));
    }
    long id = store.insertConclusion(d, key, predecessorId, actor(ex));
    store.setProcessInstance(id, ex.getProcessInstanceId());
    if (!key.equals(ex.getProcessBusinessKey())) {
      ex.setProcessBusinessKey(key);
    }
    ex.setVariable(Vars.CONCLUSION_KEY, key);
    ex.setVariable(Vars.CONCLUSION_ID, id);
    ex.setVariable(Vars.CONCLUSION_LABEL, "Số " + d.label() + " ngày " + Dates.format(d.issuedDate()));
    ex.setVariable(Vars.OFFICE_GROUP, officeGroup(d.issuerUnitCode()));
    ex.setVariable(Vars.LEADERSHIP_GROUPS, leadershipGroups(d.issuerUnitCode()));
    if (ex.getVariable(Vars.TASKS) == null) {
      ex.setVariable(Vars.TASKS, TaskListJson.toVariable(List.of()));
    }
    store.event(null, id, "CONCLUSION_REGISTERED", actor(ex), "Vào sổ kết luận " + d.label());
  }

  static void validateHeader(ConclusionDraft d) {
    Map<String, String> missing = new LinkedHashMap<>();
    if (blank(d.docNumber())) missing.put("docNumber", "số văn bản");
    if (blank(d.typeCode())) missing.put("typeCode", "loại văn bản");
    if (blank(d.issuerCode())) missing.put("issuerCode", "cơ quan ban hành (ký hiệu)");
    if (d.issuedDate() == null) missing.put("issuedDate", "ngày ban hành");
    if (blank(d.title())) missing.put("title", "trích yếu");
    if (!missing.isEmpty()) {
      throw ApiException.badRequest("CONCLUSION_HEADER_INCOMPLETE",
          "Vui lòng nhập " + String.join(", ", missing.values()) + ".");
    }
    if (d.issuedDate().isAfter(FollowupStore.today())) {
      throw ApiException.badRequest("ISSUED_DATE_IN_FUTURE", "Ngày ban hành không được sau ngày hôm nay.");
    }
  }

  static ConclusionDraft headerFrom(DelegateExecution ex) {
    return new ConclusionDraft(str(ex, "docNumber"), str(ex, "typeCode"), str(ex, "issuerCode"),
        str(ex, "issuerUnitCode"), Dates.parse(ex.getVariable("issuedDate"), "Ngày ban hành"), str(ex, "place"),
        str(ex, Vars.TITLE), str(ex, "signerAuthority"), str(ex, "signerTitle"), str(ex, "signerName"),
        str(ex, Vars.MONITORING_UNIT), TaskListJson.codes(str(ex, Vars.REPORT_TO_UNITS)), str(ex, "reportCadence"),
        Dates.parse(ex.getVariable("reviewDate"), "Ngày sơ kết"), List.of(), List.of(), str(ex, "predecessorKey"));
  }

  /** The issuer's office (Văn phòng) lists the tasks; without one, anyone in the issuing-office role. */
  String officeGroup(String issuerUnit) {
    return childUnits(issuerUnit, UnitKind.ADVISORY_BODY).stream()
        .filter(u -> u.code().endsWith("-vp") || u.name().startsWith("Văn phòng")).map(Unit::code).findFirst()
        .orElse(Roles.ISSUING_OFFICE);
  }

  /** Thường trực and Ban Thường vụ of the issuer approve and review; without them, the leadership role. */
  String leadershipGroups(String issuerUnit) {
    List<String> codes = new ArrayList<>();
    childUnits(issuerUnit, UnitKind.STANDING_OFFICE).forEach(u -> codes.add(u.code()));
    childUnits(issuerUnit, UnitKind.STANDING_BOARD).forEach(u -> codes.add(u.code()));
    return codes.isEmpty() ? Roles.LEADERSHIP : String.join(",", codes);
  }

  private List<Unit> childUnits(String parent, UnitKind kind) {
    return parent == null ? List.of() : org.currentUnits(kind, parent, FollowupStore.today());
  }

  // ---- listTasks (validation on completion) ----------------------------------------------------------------

  /** Checks the confirmed task list; the office sees every problem at once and keeps what it typed. */
  public List<ConclusionDraft.TaskDraft> validateTaskList(Object tasksVariable, String monitoringUnit,
      Object reviewDate, String cadence) {
    List<ConclusionDraft.TaskDraft> tasks = TaskListJson.fromVariable(tasksVariable);
    List<String> problems = new ArrayList<>();
    if (tasks.isEmpty()) {
      problems.add("Danh mục chưa có nhiệm vụ nào.");
    }
    if (blank(monitoringUnit)) {
      problems.add("Kết luận chưa có đơn vị theo dõi, đôn đốc: vui lòng chọn (văn bản không nêu thì hỏi lãnh đạo).");
    } else {
      checkUnit(monitoringUnit, "Đơn vị theo dõi", problems);
    }
    LocalDate review = Dates.parse(reviewDate, "Ngày sơ kết");
    if (review == null) {
      problems.add("Vui lòng nhập ngày sơ kết / tổng kết.");
    } else if (!review.isAfter(FollowupStore.today())) {
      problems.add("Ngày sơ kết / tổng kết phải sau ngày hôm nay.");
    }
    if (cadence != null && !CADENCES.contains(cadence)) {
      problems.add("Kỳ báo cáo không hợp lệ.");
    }
    for (ConclusionDraft.TaskDraft t : tasks) {
      String n = "Nhiệm vụ " + t.ordinal() + ": ";
      if (blank(t.text())) problems.add(n + "chưa có nội dung.");
      if (t.leadUnits().isEmpty() && blank(t.leadUnitClass())) problems.add(n + "chưa có đơn vị chủ trì.");
      t.leadUnits().forEach(u -> checkUnit(u, n + "đơn vị chủ trì", problems));
      t.coordinatingUnits().forEach(u -> checkUnit(u, n + "đơn vị phối hợp", problems));
      if (t.leadUnitClass() != null) {
        try {
          UnitKind.valueOf(t.leadUnitClass());
        } catch (IllegalArgumentException e) {
          problems.add(n + "loại đơn vị chủ trì không hợp lệ.");
        }
      }
      if (t.deadlineType() == null || !DEADLINE_TYPES.contains(t.deadlineType())) {
        problems.add(n + "vui lòng chọn loại thời hạn.");
      } else if (DATED_TYPES.contains(t.deadlineType()) && t.deadlineDate() == null) {
        problems.add(n + "thời hạn loại này cần ngày hoàn thành.");
      } else if ("PENDING".equals(t.deadlineType()) && blank(t.noDeadlineReason())) {
        problems.add(n + "chưa có thời hạn thì phải nêu lý do.");
      }
      if (t.cadence() != null && !CADENCES.contains(t.cadence())) problems.add(n + "kỳ báo cáo không hợp lệ.");
      if (t.monitoringUnit() != null) checkUnit(t.monitoringUnit(), n + "đơn vị theo dõi", problems);
    }
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("TASK_LIST_INVALID", String.join(" ", problems));
    }
    return tasks;
  }

  private void checkUnit(String code, String label, List<String> problems) {
    try {
      org.unit(code);
    } catch (ApiException e) {
      problems.add(label + ": không có đơn vị mã \"" + code + "\".");
    }
  }

  // ---- issueConclusion ---------------------------------------------------------------------------------------

  public void issue(DelegateExecution ex) {
    long conclusionId = (Long) ex.getVariable(Vars.CONCLUSION_ID);
    String monitoring = str(ex, Vars.MONITORING_UNIT);
    String cadence = str(ex, "reportCadence");
    List<ConclusionDraft.TaskDraft> tasks = validateTaskList(ex.getVariable(Vars.TASKS), monitoring,
        ex.getVariable("reviewDate"), cadence);
    LocalDate reviewDate = Dates.parse(ex.getVariable("reviewDate"), "Ngày sơ kết");
    String key = str(ex, Vars.CONCLUSION_KEY);
    String issuerUnit = str(ex, "issuerUnitCode");
    List<Long> assignmentIds = new ArrayList<>();
    for (ConclusionDraft.TaskDraft t : tasks) {
      String taskMonitoring = t.monitoringUnit() == null ? monitoring : t.monitoringUnit();
      long taskId = store.insertTask(conclusionId, t, taskMonitoring);
      List<String> units = new ArrayList<>(t.leadUnits());
      if (t.leadUnitClass() != null) {
        List<Unit> members = org.currentUnits(UnitKind.valueOf(t.leadUnitClass()), issuerUnit, FollowupStore.today());
        if (members.isEmpty()) {
          throw ApiException.badRequest("NO_UNITS_OF_CLASS", "Nhiệm vụ " + t.ordinal()
              + ": không có đơn vị nào thuộc loại \"" + UnitKind.valueOf(t.leadUnitClass()).label() + "\".");
        }
        members.forEach(u -> units.add(u.code()));
      }
      for (String unit : units.stream().distinct().toList()) {
        String assignmentKey = key + "#" + t.ordinal() + "@" + unit;
        long aid = store.insertAssignment(taskId, conclusionId, unit, assignmentKey,
            "RECURRING".equals(t.deadlineType()), t.deadlineDate());
        store.event(aid, conclusionId, "ASSIGNED", actor(ex), "Giao " + unit + " chủ trì nhiệm vụ " + t.ordinal());
        assignmentIds.add(aid);
      }
    }
    TaskListJson.codes(str(ex, Vars.REPORT_TO_UNITS)).forEach(u -> store.addReportTo(conclusionId, u));
    store.markIssued(conclusionId, monitoring, cadence, reviewDate);
    store.event(null, conclusionId, "CONCLUSION_ISSUED", actor(ex), "Ban hành, " + assignmentIds.size() + " lượt giao");
    ex.setVariable("assignmentIds", assignmentIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
    ex.setVariable(Vars.REVIEW_AT, Dates.morningOf(reviewDate));
    ex.setVariable(Vars.SUMMARY_CYCLE, cycleOf(cadence));
    if (blank(str(ex, Vars.REPORT_TO_UNITS))) {
      ex.setVariable(Vars.REPORT_TO_UNITS, str(ex, Vars.LEADERSHIP_GROUPS));
    }
  }

  /** ISO repeating interval for a cadence; monthly when none was given. */
  static String cycleOf(String cadence) {
    if (cadence == null) {
      return "R/P1M";
    }
    return switch (cadence) {
      case "QUARTERLY" -> "R/P3M";
      case "HALF_YEARLY" -> "R/P6M";
      case "YEARLY" -> "R/P1Y";
      default -> "R/P1M";
    };
  }

  // ---- startTaskExecutions -----------------------------------------------------------------------------------

  public void startTaskExecutions(DelegateExecution ex) {
    for (String id : TaskListJson.codes(str(ex, "assignmentIds"))) {
      startTaskExecution(Long.parseLong(id));
    }
  }

  /** Starts the task-execution of an assignment unless it runs already (a retried job starts nothing twice). */
  public void startTaskExecution(long assignmentId) {
    Assignment a = store.assignment(assignmentId);
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(a.businessKey())
        .processDefinitionKey(TaskExecution.PROCESS_KEY).count() > 0) {
      return;
    }
    ConclusionHeader c = store.conclusion(a.conclusionId());
    FollowupStore.TaskRow t = store.task(a.taskId());
    String cadence = t.cadence() != null ? t.cadence() : c.cadence();
    String monitoring = t.monitoringUnit() != null ? t.monitoringUnit() : c.monitoringUnit();
    // Only what the process routes on: candidate groups, gateways, due dates and timers, and the keys the
    // conclusion correlates by. What forms and e-mails show is read from the business tables by assignmentId
    // (AssignmentService#onCreate, ReminderService): each variable here is a runtime row plus history rows.
    VariableMap v = Variables.createVariables()
        .putValue(Vars.ASSIGNMENT_ID, a.id())
        .putValue(Vars.CONCLUSION_KEY, c.businessKey())
        .putValue(Vars.CONCLUSION_ID, c.id())
        .putValue(Vars.LEAD_UNIT, a.unitCode())
        .putValue(Vars.MONITORING_UNIT, monitoring)
        .putValue(Vars.COORDINATING_UNITS, String.join(",", store.coordinatorsOf(t.id())))
        .putValue(Vars.RECURRING, a.recurring())
        .putValue(Vars.EXTENSION_ALLOWED, !a.recurring() && a.currentDeadline() != null)
        .putValue("currentDeadline", a.currentDeadline() == null ? null : a.currentDeadline().toString())
        .putValue(Vars.REPORT_CYCLE, cycleOf(cadence));
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(TaskExecution.PROCESS_KEY, a.businessKey(), v);
    store.setAssignmentProcess(a.id(), pi.getId());
  }

  static String deadlineLabel(LocalDate deadline, String text, String type) {
    if (deadline != null) {
      return Dates.format(deadline) + (text == null ? "" : " (" + text + ")");
    }
    if ("RECURRING".equals(type)) {
      return text == null ? "Thường xuyên" : text;
    }
    return text == null ? "Chưa có thời hạn" : text;
  }

  // ---- periodic summary and directives ---------------------------------------------------------------------

  public String summaryDigest(long conclusionId) {
    List<String> lines = store.conclusionDigest(conclusionId);
    return lines.isEmpty() ? "Chưa có báo cáo nào của các đơn vị." : String.join("\n", lines);
  }

  /** Options for "gửi chỉ đạo tới": the open assignments of the conclusion. */
  public Map<String, String> openAssignmentOptions(long conclusionId) {
    Map<String, String> options = new LinkedHashMap<>();
    for (Assignment a : store.assignmentsOf(conclusionId)) {
      if (a.isOpen()) {
        options.put(a.businessKey(), "Nhiệm vụ " + store.task(a.taskId()).ordinal() + " – " + org.unit(a.unitCode()).name());
      }
    }
    return options;
  }

  public void issueDirective(DelegateExecution ex) {
    long conclusionId = (Long) ex.getVariable(Vars.CONCLUSION_ID);
    String assignmentKey = str(ex, "directiveAssignmentKey");
    Assignment a = store.assignmentsOf(conclusionId).stream().filter(x -> x.businessKey().equals(assignmentKey))
        .findFirst().orElseThrow(() -> ApiException.badRequest("DIRECTIVE_TARGET_NOT_FOUND",
            "Không tìm thấy nhiệm vụ được chọn để chỉ đạo."));
    long directiveId = store.insertDirective(conclusionId, a.id(), a.unitCode(), str(ex, "directiveContent"),
        Dates.parse(ex.getVariable("directiveDueDate"), "Hạn trả lời chỉ đạo"), actor(ex));
    store.event(a.id(), conclusionId, "DIRECTIVE_ISSUED", actor(ex), str(ex, "directiveContent"));
    runtimeService.createMessageCorrelation(Messages.DIRECTIVE_ISSUED).processInstanceBusinessKey(assignmentKey)
        .setVariable(Vars.DIRECTIVE_ID, directiveId).correlate();
  }

  // ---- review: close, successor --------------------------------------------------------------------------------

  /** Closes the conclusion and every task-execution still running; open assignments end CLOSED. */
  public void close(DelegateExecution ex) {
    long conclusionId = (Long) ex.getVariable(Vars.CONCLUSION_ID);
    String key = str(ex, Vars.CONCLUSION_KEY);
    List<String> openAtReview = new ArrayList<>();
    for (Assignment a : store.assignmentsOf(conclusionId)) {
      if (a.isOpen()) {
        openAtReview.add(String.valueOf(a.id()));
      }
    }
    runtimeService.createMessageCorrelation(Messages.CONCLUSION_REVIEWED)
        .processInstanceVariableEquals(Vars.CONCLUSION_KEY, key).correlateAllWithResult();
    // Instances not yet working (waiting for acceptance or reassignment) have no message subscription.
    for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processDefinitionKey(TaskExecution.PROCESS_KEY)
        .variableValueEquals(Vars.CONCLUSION_KEY, key).list()) {
      runtimeService.deleteProcessInstance(pi.getId(), "Kết luận đã được sơ kết / tổng kết", true, true);
    }
    for (Assignment a : store.assignmentsOf(conclusionId)) {
      if (a.isOpen()) {
        store.end(a.id(), "CLOSED", null);
        store.event(a.id(), conclusionId, "CLOSED_BY_REVIEW", actor(ex), "Đóng khi sơ kết / tổng kết kết luận");
      }
    }
    store.markClosed(conclusionId, "CLOSED");
    store.event(null, conclusionId, "CONCLUSION_REVIEWED", actor(ex), str(ex, "reviewNote"));
    ex.setVariable("openAtReview", String.join(",", openAtReview));
  }

  /** Starts the successor conclusion carrying the tasks still open at review over to it. */
  public void startSuccessor(DelegateExecution ex) {
    long conclusionId = (Long) ex.getVariable(Vars.CONCLUSION_ID);
    ConclusionHeader c = store.conclusion(conclusionId);
    Map<Long, List<String>> unitsByTask = new LinkedHashMap<>();
    for (String id : TaskListJson.codes(str(ex, "openAtReview"))) {
      Assignment a = store.assignment(Long.parseLong(id));
      unitsByTask.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a.unitCode());
    }
    List<ConclusionDraft.TaskDraft> tasks = new ArrayList<>();
    unitsByTask.forEach((taskId, units) -> {
      ConclusionDraft.TaskDraft t = store.taskOf(taskId, null);
      tasks.add(new ConclusionDraft.TaskDraft(t.ordinal(), t.text(), units, null, t.coordinatingUnits(),
          t.deadlineType(), t.deadlineDate(), t.deadlineText(), t.noDeadlineReason(), t.cadence(), t.product(),
          t.monitoringUnit(), taskId));
    });
    ConclusionDraft d = headerFrom(ex);
    ConclusionDraft successor = new ConclusionDraft(str(ex, "successorNumber"),
        str(ex, "successorTypeCode") == null ? d.typeCode() : str(ex, "successorTypeCode"), d.issuerCode(),
        d.issuerUnitCode(), Dates.parse(ex.getVariable("successorDate"), "Ngày ban hành kết luận mới"), d.place(),
        str(ex, "successorTitle"), null, null, null, c.monitoringUnit(), store.reportToOf(conclusionId),
        c.cadence(), null, List.of(), tasks, c.businessKey());
    ConclusionRegistration.Registered r = registration.start(successor, actor(ex));
    store.markClosed(conclusionId, "SUPERSEDED");
    store.event(null, conclusionId, "SUCCESSOR_STARTED", actor(ex), "Kết luận kế tiếp " + r.businessKey());
    ex.setVariable("successorKey", r.businessKey());
  }

  // ---- helpers ----------------------------------------------------------------------------------------------------

  static String str(DelegateExecution ex, String name) {
    Object v = ex.getVariable(name);
    if (v == null) {
      return null;
    }
    String s = v.toString().trim();
    return s.isEmpty() ? null : s;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String actor(DelegateExecution ex) {
    var auth = ex.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : "system";
  }
}

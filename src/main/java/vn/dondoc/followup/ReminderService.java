package vn.dondoc.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import vn.dondoc.followup.FollowupIds.Decisions;
import vn.dondoc.followup.FollowupIds.Vars;
import vn.dondoc.followup.FollowupStore.Assignment;
import vn.dondoc.org.Roles;

/**
 * The reminder ladder (đôn đốc) on an assignment's current deadline, in working days. Which levels exist,
 * their offsets and their recipients come from DMN {@code reminder-ladder}, so administrators change them
 * without a release. Each reminder goes out once: reminder_log's unique key guards a retried job.
 */
@Service
public class ReminderService {

  /** One row of the ladder: a level, its offset from the deadline in working days, one recipient kind. */
  record Rung(String level, int offset, String recipient) {}

  private final FollowupStore store;
  private final DecisionService decisionService;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final FollowupCalendar calendar;
  private final ReminderMailer mailer;

  public ReminderService(FollowupStore store, DecisionService decisionService, IdentityService identityService,
      TaskService taskService, FollowupCalendar calendar, ReminderMailer mailer) {
    this.store = store;
    this.decisionService = decisionService;
    this.identityService = identityService;
    this.taskService = taskService;
    this.calendar = calendar;
    this.mailer = mailer;
  }

  List<Rung> ladder(String deadlineType) {
    List<Rung> rungs = new ArrayList<>();
    for (Map<String, Object> row : decisionService.evaluateDecisionTableByKey(Decisions.REMINDER_LADDER,
        Variables.createVariables().putValue("deadlineType", deadlineType)).getResultList()) {
      rungs.add(new Rung((String) row.get("level"), ((Number) row.get("offsetWorkingDays")).intValue(),
          (String) row.get("recipient")));
    }
    return rungs;
  }

  /**
   * Picks the next reminder: the most severe level already due and not sent (earlier due levels are stale and
   * skipped), else the earliest level still to come. Sets hasNextReminder, nextReminderLevel, nextReminderAt.
   */
  public void plan(DelegateExecution ex) {
    Assignment a = store.assignment(((Number) ex.getVariable(Vars.ASSIGNMENT_ID)).longValue());
    ex.setVariable(Vars.PLANNED_DEADLINE_VERSION, ex.getVariable(Vars.DEADLINE_VERSION));
    ex.setVariable(Vars.HAS_NEXT_REMINDER, false);
    LocalDate deadline = a.currentDeadline();
    if (deadline == null || a.recurring() || !a.isOpen()) {
      return;
    }
    LocalDate today = FollowupStore.today();
    Map<String, LocalDate> dayOfLevel = new LinkedHashMap<>();
    ladder((String) ex.getVariable("deadlineType")).stream().sorted(Comparator.comparingInt(Rung::offset))
        .forEach(r -> dayOfLevel.putIfAbsent(r.level(), calendar.calendar().addWorkingDays(deadline, r.offset())));
    String due = null;
    String next = null;
    for (Map.Entry<String, LocalDate> e : dayOfLevel.entrySet()) {
      if (!e.getValue().isAfter(today)) {
        due = e.getKey();
      } else if (next == null) {
        next = e.getKey();
      }
    }
    if (due != null && !store.reminderSent(a.id(), due, deadline)) {
      set(ex, due, ClockUtil.getCurrentTime());
    } else if (next != null) {
      set(ex, next, Dates.morningOf(dayOfLevel.get(next)));
    }
  }

  private static void set(DelegateExecution ex, String level, Date at) {
    ex.setVariable(Vars.HAS_NEXT_REMINDER, true);
    ex.setVariable(Vars.NEXT_REMINDER_LEVEL, level);
    ex.setVariable(Vars.NEXT_REMINDER_AT, at);
  }

  /** Sends the planned level: follow-up date on the unit's open tasks, and one e-mail to the new recipients. */
  public void send(DelegateExecution ex) {
    Assignment a = store.assignment(((Number) ex.getVariable(Vars.ASSIGNMENT_ID)).longValue());
    String level = (String) ex.getVariable(Vars.NEXT_REMINDER_LEVEL);
    LocalDate deadline = a.currentDeadline();
    if (deadline == null) {
      return;
    }
    List<String> kinds = ladder((String) ex.getVariable("deadlineType")).stream()
        .filter(r -> r.level().equals(level)).map(Rung::recipient).toList();
    // Tasklist: the lead unit's open tasks come up under "Sắp đến hạn" / follow-up from now on.
    if (store.logReminder(a.id(), level, deadline, a.unitCode(), "TASK")) {
      for (Task t : taskService.createTaskQuery().processInstanceId(ex.getProcessInstanceId()).list()) {
        taskService.setFollowUpDate(t.getId(), ClockUtil.getCurrentTime());
      }
    }
    if (!List.of("ASSIGNED", "IN_PROGRESS", "REWORK").contains(a.state())) {
      return; // awaiting review: nothing to urge the unit about
    }
    Set<String> to = new LinkedHashSet<>();
    for (String kind : kinds) {
      for (String mail : recipients(kind, ex, a)) {
        if (store.logReminder(a.id(), level, deadline, mail, "MAIL")) {
          to.add(mail);
        }
      }
    }
    if (!to.isEmpty()) {
      mailer.send(new ArrayList<>(to), subject(level, ex), body(level, ex, a));
    }
    store.event(a.id(), a.conclusionId(), "REMINDER_" + level, "system", String.join(", ", to));
  }

  /** Periodic progress report not submitted within its grace period. */
  public void remindProgressReport(DelegateExecution ex) {
    Assignment a = store.assignment(((Number) ex.getVariable(Vars.ASSIGNMENT_ID)).longValue());
    LocalDate today = FollowupStore.today();
    Set<String> to = new LinkedHashSet<>();
    for (String mail : recipients("LEAD_UNIT", ex, a)) {
      if (store.logReminder(a.id(), "REPORT_DUE", today, mail, "MAIL")) {
        to.add(mail);
      }
    }
    if (!to.isEmpty()) {
      mailer.send(new ArrayList<>(to), "[DonDoc] Nhắc nộp báo cáo tiến độ – " + ex.getVariable(Vars.CONCLUSION_LABEL),
          "Kính gửi " + ex.getVariable("leadUnitName") + ",\n\nĐơn vị chưa nộp báo cáo tiến độ định kỳ của nhiệm vụ "
              + ex.getVariable("taskOrdinal") + " – Kết luận " + ex.getVariable(Vars.CONCLUSION_LABEL) + ":\n"
              + ex.getVariable(Vars.TASK_TEXT) + "\n\nĐề nghị đơn vị nộp báo cáo trên hệ thống DonDoc (Tasklist).");
    }
    store.event(a.id(), a.conclusionId(), "REMINDER_REPORT_DUE", "system", String.join(", ", to));
  }

  List<String> recipients(String kind, DelegateExecution ex, Assignment a) {
    List<String> groups = switch (kind) {
      case "LEAD_UNIT", "UNIT_HEAD" -> List.of(a.unitCode());
      case "MONITORING_UNIT" -> List.of((String) ex.getVariable(Vars.MONITORING_UNIT));
      case "LEADERSHIP" -> TaskListJson.codes((String) ex.getVariable(Vars.LEADERSHIP_GROUPS));
      default -> List.of();
    };
    Set<String> mails = new LinkedHashSet<>();
    for (String group : groups) {
      for (User u : identityService.createUserQuery().memberOfGroup(group).list()) {
        boolean head = identityService.createUserQuery().userId(u.getId()).memberOfGroup(Roles.UNIT_HEADS).count() > 0;
        if ("UNIT_HEAD".equals(kind) && !head) {
          continue;
        }
        if (u.getEmail() != null && !u.getEmail().isBlank()) {
          mails.add(u.getEmail());
        }
      }
    }
    return List.copyOf(mails);
  }

  static String subject(String level, DelegateExecution ex) {
    String what = switch (level) {
      case "WARNING" -> "Sắp đến hạn";
      case "DUE" -> "Đến hạn";
      case "ESCALATION" -> "Quá hạn";
      default -> "Nhắc việc";
    };
    return "[DonDoc] " + what + ": nhiệm vụ " + ex.getVariable("taskOrdinal") + " – Kết luận "
        + ex.getVariable(Vars.CONCLUSION_LABEL);
  }

  String body(String level, DelegateExecution ex, Assignment a) {
    return "Kính gửi các đồng chí,\n\n"
        + "Nhiệm vụ " + ex.getVariable("taskOrdinal") + " của Kết luận " + ex.getVariable(Vars.CONCLUSION_LABEL)
        + " (" + ex.getVariable(Vars.TITLE) + ")\n" + ex.getVariable(Vars.TASK_TEXT) + "\n\n"
        + "Đơn vị chủ trì: " + ex.getVariable("leadUnitName") + "\n"
        + "Hạn hoàn thành: " + Dates.format(a.currentDeadline()) + "\n"
        + "Tình trạng: " + daysText(a.currentDeadline()) + "\n\n"
        + "Đề nghị đơn vị khẩn trương thực hiện và báo cáo trên hệ thống DonDoc (Tasklist).\n"
        + "(Thư tự động, mức nhắc: " + level + ")";
  }

  private String daysText(LocalDate deadline) {
    int days = calendar.calendar().workingDaysBetween(FollowupStore.today(), deadline);
    return days > 0 ? "còn " + days + " ngày làm việc" : days == 0 ? "đến hạn hôm nay"
        : "quá hạn " + (-days) + " ngày làm việc";
  }
}

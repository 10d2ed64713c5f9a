package vn.dondoc.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

import vn.dondoc.followup.FollowupIds.Decisions;
import vn.dondoc.followup.FollowupIds.ReminderDigest;
import vn.dondoc.followup.FollowupIds.Vars;
import vn.dondoc.followup.FollowupStore.AssignmentView;
import vn.dondoc.followup.FollowupStore.DueReminder;
import vn.dondoc.followup.FollowupStore.PlannedReminder;
import vn.dondoc.followup.FollowupStore.ReminderLogRow;
import vn.dondoc.org.OrgService;
import vn.dondoc.org.Roles;

/**
 * The reminder ladder (đôn đốc) on an assignment's current deadline, in working days. Which levels exist, their
 * offsets and their recipients come from DMN {@code reminder-ladder}, so administrators change them without a
 * release.
 *
 * <p>When an assignment is accepted (and again when its deadline is extended) every level still to come is planned
 * as rows of {@code reminder_due}, one per recipient unit, due on the morning of its day. The rows of one recipient
 * unit falling due at the same moment are sent together by one {@code reminder-digest} instance: one timer job,
 * one e-mail per distinct set of recipients listing every task, one {@code reminder_log} row per assignment and
 * recipient (its unique key keeps a retried job from mailing twice). A failing mail server fails the job: it
 * retries (R5/PT10M), then shows as an incident in Cockpit. The lead unit's tasks carry the first planned reminder
 * as their follow-up date (AssignmentService#onCreate).
 */
@Service
public class ReminderService {

  /** One row of the ladder: a level, its offset from the deadline in working days, one recipient kind. */
  record Rung(String level, int offset, String recipient) {}

  static final DateTimeFormatter DIGEST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  static final Set<String> URGED_STATES = Set.of("ASSIGNED", "IN_PROGRESS", "REWORK");

  private final FollowupStore store;
  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final FollowupCalendar calendar;
  private final ReminderMailer mailer;
  private final ConclusionService conclusions;
  private final OrgService org;
  /** The ladder per (decision definition id, deadline type): a new DMN version has a new id, so it is used at once. */
  private final Map<String, List<Rung>> ladders = new ConcurrentHashMap<>();

  public ReminderService(FollowupStore store, DecisionService decisionService, RepositoryService repositoryService,
      RuntimeService runtimeService, IdentityService identityService, FollowupCalendar calendar, ReminderMailer mailer, ConclusionService conclusions, OrgService org) {
    this.store = store;
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.calendar = calendar;
    this.mailer = mailer;
    this.conclusions = conclusions;
    this.org = org;
  }

  /**
   * The ladder of a deadline type from the latest deployed version of the DMN. The table's only input is the
   * deadline type, so its result is kept per version: evaluated (and recorded in the decision history) once per
   * version and type, not once per assignment.
   */
  List<Rung> ladder(String deadlineType) {
    DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(Decisions.REMINDER_LADDER).latestVersion().singleResult();
    return ladders.computeIfAbsent(latest.getId() + "|" + deadlineType, k -> {
      List<Rung> rungs = new ArrayList<>();
      for (Map<String, Object> row : decisionService.evaluateDecisionTableById(latest.getId(),
          Variables.createVariables().putValue("deadlineType", deadlineType)).getResultList()) {
        rungs.add(new Rung((String) row.get("level"), ((Number) row.get("offsetWorkingDays")).intValue(),
            (String) row.get("recipient")));
      }
      return List.copyOf(rungs);
    });
  }

  // ---- planning ------------------------------------------------------------------------------------------------

  /**
   * Plans the ladder of an assignment on its current deadline, replacing what was planned before: every level
   * still to come on the morning of its day; of the levels already due and not yet sent only the most severe, due
   * at once (the next 10 seconds). Nothing for recurring tasks, tasks without a deadline or closed assignments.
   */
  public void plan(long assignmentId) {
    AssignmentView a = store.assignmentView(assignmentId);
    LocalDate deadline = a.currentDeadline();
    if (deadline == null || a.recurring() || !a.isOpen()) {
      store.replacePlannedReminders(a.id(), List.of());
      return;
    }
    LocalDate today = FollowupStore.today();
    Set<String> done = store.remindedLevels(List.of(a.id())).getOrDefault(a.id(), Set.of());
    List<Rung> rungs = ladder(a.deadlineType());
    Map<String, LocalDate> dayOfLevel = new LinkedHashMap<>();
    rungs.stream().sorted(Comparator.comparingInt(Rung::offset))
        .forEach(r -> dayOfLevel.putIfAbsent(r.level(), calendar.calendar().addWorkingDays(deadline, r.offset())));
    Map<String, OffsetDateTime> dueOfLevel = new LinkedHashMap<>();
    String dueNow = null;
    for (Map.Entry<String, LocalDate> e : dayOfLevel.entrySet()) {
      if (!e.getValue().isAfter(today)) {
        dueNow = e.getKey(); // the most severe level already due wins; earlier ones are stale
      } else {
        dueOfLevel.put(e.getKey(), OffsetDateTime.ofInstant(Dates.morningOf(e.getValue()).toInstant(),
            FollowupStore.ZONE));
      }
    }
    if (dueNow != null && !done.contains(dueNow)) {
      dueOfLevel.put(dueNow, soon());
    }
    List<PlannedReminder> rows = new ArrayList<>();
    for (Rung r : rungs) {
      OffsetDateTime due = dueOfLevel.get(r.level());
      String unit = due == null ? null : recipientUnit(r.recipient(), a);
      if (unit != null) {
        rows.add(new PlannedReminder(a.id(), r.level(), r.recipient(), unit, deadline, due, digestKey(unit, due)));
      }
    }
    store.replacePlannedReminders(a.id(), rows);
    ensureDigests(rows);
  }

  /** "Now" for a level already due: the next full 10 seconds, so that reminders planned together go together. */
  static OffsetDateTime soon() {
    OffsetDateTime now = FollowupStore.now().plusSeconds(5);
    return now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(10 - now.getSecond() % 10);
  }

  static String digestKey(String unit, OffsetDateTime due) {
    return unit + "@" + due.atZoneSameInstant(FollowupStore.ZONE).format(DIGEST_TIME);
  }

  /** The unit (Camunda group) mailed for a recipient kind; the issuer's leadership is a comma-separated list. */
  String recipientUnit(String kind, AssignmentView a) {
    return switch (kind) {
      case "LEAD_UNIT", "UNIT_HEAD" -> a.unitCode();
      case "MONITORING_UNIT" -> a.monitoringUnit();
      case "LEADERSHIP" -> conclusions.leadershipGroups(a.issuerUnitCode());
      default -> null;
    };
  }

  /** Starts the digest instance of each (unit, moment) that has none waiting yet. */
  void ensureDigests(List<PlannedReminder> rows) {
    Map<String, OffsetDateTime> keys = new TreeMap<>();
    rows.forEach(r -> keys.putIfAbsent(r.digestKey(), r.dueAt()));
    keys.forEach((key, due) -> {
      boolean waiting = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReminderDigest.PROCESS_KEY)
          .processInstanceBusinessKey(key).count() > 0;
      if (!waiting) {
        runtimeService.startProcessInstanceByKey(ReminderDigest.PROCESS_KEY, key,
            Variables.createVariables().putValue(ReminderDigest.DUE_AT, java.util.Date.from(due.toInstant())));
      }
    });
  }

  // ---- sending -------------------------------------------------------------------------------------------------

  /**
   * The digest's timer fired: every reminder planned for its unit and due by now, as one e-mail per distinct set of
   * recipients. Reminders of assignments no longer worked on (completed, closed, deadline moved) are skipped;
   * awaiting review, nothing is mailed. The tasks' follow-up dates were set when they were created (from the plan),
   * so a digest touches no task: its cost is a few batched statements per unit, not per task.
   */
  public void sendDigest(DelegateExecution ex) {
    String key = ex.getProcessBusinessKey();
    String unit = key.substring(0, key.lastIndexOf('@'));
    List<DueReminder> due = store.dueReminders(unit, FollowupStore.now());
    if (due.isEmpty()) {
      return;
    }
    Map<Long, AssignmentView> views = new HashMap<>();
    store.assignmentViews(due.stream().map(DueReminder::assignmentId).collect(Collectors.toSet()))
        .forEach(v -> views.put(v.id(), v));
    List<Long> skipped = new ArrayList<>();
    List<DueReminder> send = new ArrayList<>();
    for (DueReminder r : due) {
      AssignmentView a = views.get(r.assignmentId());
      boolean current = a.isOpen() && r.deadline().equals(a.currentDeadline());
      if (current && ("AWAITING_REVIEW".equals(a.state()) || URGED_STATES.contains(a.state()))) {
        send.add(r);
      } else {
        skipped.add(r.id());
      }
    }
    store.markReminders(skipped, "SKIPPED");

    // e-mail: only assignments the unit still has to work on (awaiting review: nothing to urge)
    List<DueReminder> mailed = send.stream().filter(r -> URGED_STATES.contains(views.get(r.assignmentId()).state()))
        .toList();
    List<String> groups = TaskListJson.codes(unit);
    Map<String, Boolean> people = new LinkedHashMap<>(); // mail → unit head?
    Set<String> heads = new HashSet<>();
    if (mailed.stream().anyMatch(r -> "UNIT_HEAD".equals(r.recipientKind()))) {
      identityService.createUserQuery().memberOfGroup(Roles.UNIT_HEADS).list().forEach(u -> heads.add(u.getId()));
    }
    for (String group : groups) {
      for (User u : identityService.createUserQuery().memberOfGroup(group).list()) {
        if (u.getEmail() != null && !u.getEmail().isBlank()) {
          people.merge(u.getEmail(), heads.contains(u.getId()), Boolean::logicalOr);
        }
      }
    }
    List<ReminderLogRow> wanted = new ArrayList<>();
    for (DueReminder r : mailed) {
      people.forEach((mail, head) -> {
        if (!"UNIT_HEAD".equals(r.recipientKind()) || head) {
          wanted.add(new ReminderLogRow(r.assignmentId(), r.level(), r.deadline(), mail, "MAIL"));
        }
      });
    }
    // one message per distinct list of reminders: heads and the rest of a unit may be told different things
    Map<List<String>, List<String>> byContent = new LinkedHashMap<>();
    Map<String, List<ReminderLogRow>> byMail = new LinkedHashMap<>();
    for (ReminderLogRow row : store.logReminders(wanted)) {
      byMail.computeIfAbsent(row.recipient(), m -> new ArrayList<>()).add(row);
    }
    byMail.forEach((mail, rows) -> byContent.computeIfAbsent(rows.stream()
        .map(r -> r.assignmentId() + "|" + r.level()).sorted().distinct().toList(), k -> new ArrayList<>()).add(mail));
    byContent.forEach((lines, to) -> {
      List<Line> items = lines.stream().map(l -> l.split("\\|"))
          .map(p -> new Line(views.get(Long.parseLong(p[0])), p[1])).toList();
      mailer.send(to, subject(items), body(items));
    });

    Map<Long, Set<String>> toOf = new LinkedHashMap<>();
    byMail.forEach((mail, rows) -> rows.forEach(r -> toOf.computeIfAbsent(r.assignmentId(),
        k -> new LinkedHashSet<>()).add(mail)));
    List<Object[]> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (DueReminder r : mailed) {
      if (seen.add(r.assignmentId() + "|" + r.level())) {
        AssignmentView a = views.get(r.assignmentId());
        events.add(new Object[] {a.id(), a.conclusionId(), "REMINDER_" + r.level(),
            String.join(", ", toOf.getOrDefault(a.id(), Set.of()))});
      }
    }
    store.events(events, "system");
    store.markReminders(send.stream().map(DueReminder::id).toList(), "SENT");
  }

  record Line(AssignmentView a, String level) {}

  static String levelLabel(String level) {
    return switch (level) {
      case "WARNING" -> "Sắp đến hạn";
      case "DUE" -> "Đến hạn";
      case "ESCALATION" -> "Quá hạn";
      default -> "Nhắc việc";
    };
  }

  static String subject(List<Line> items) {
    String levels = items.stream().map(l -> levelLabel(l.level())).distinct().collect(Collectors.joining(", "));
    if (items.size() == 1) {
      Line l = items.get(0);
      return "[DonDoc] " + levels + ": nhiệm vụ " + l.a().ordinal() + " – Kết luận " + label(l.a());
    }
    return "[DonDoc] " + levels + ": " + items.size() + " nhiệm vụ cần đôn đốc";
  }

  String body(List<Line> items) {
    Map<String, String> unitNames = new HashMap<>(); // a digest lists many tasks of few units
    StringBuilder b = new StringBuilder("Kính gửi các đồng chí,\n\n");
    b.append(items.size() == 1 ? "Nhiệm vụ sau cần được đôn đốc:\n\n"
        : "Các nhiệm vụ sau (" + items.size() + ") cần được đôn đốc:\n\n");
    int i = 0;
    for (Line l : items) {
      AssignmentView a = l.a();
      b.append(++i).append(". [").append(levelLabel(l.level())).append("] Nhiệm vụ ").append(a.ordinal())
          .append(" của Kết luận ").append(label(a)).append(" (").append(a.title()).append(")\n")
          .append("   ").append(a.taskText()).append("\n")
          .append("   Đơn vị chủ trì: ").append(unitNames.computeIfAbsent(a.unitCode(), c -> org.unit(c).name()))
          .append("\n")
          .append("   Hạn hoàn thành: ").append(Dates.format(a.currentDeadline())).append(" – ")
          .append(daysText(a.currentDeadline())).append("\n\n");
    }
    b.append("Đề nghị đơn vị khẩn trương thực hiện và báo cáo trên hệ thống DonDoc (Tasklist).\n(Thư tự động)");
    return b.toString();
  }

  static String label(AssignmentView a) {
    return "Số " + a.conclusionLabel() + " ngày " + Dates.format(a.issuedDate());
  }

  /** Periodic progress report not submitted within its grace period (the boundary timer's job sends it). */
  public void remindProgressReport(DelegateExecution ex) {
    AssignmentView a = store.assignmentView(((Number) ex.getVariable(Vars.ASSIGNMENT_ID)).longValue());
    LocalDate today = FollowupStore.today();
    List<ReminderLogRow> wanted = new ArrayList<>();
    for (String mail : members(a.unitCode())) {
      wanted.add(new ReminderLogRow(a.id(), "REPORT_DUE", today, mail, "MAIL"));
    }
    List<String> to = store.logReminders(wanted).stream().map(ReminderLogRow::recipient).toList();
    if (!to.isEmpty()) {
      mailer.send(to, "[DonDoc] Nhắc nộp báo cáo tiến độ – " + label(a),
          "Kính gửi " + org.unit(a.unitCode()).name() + ",\n\nĐơn vị chưa nộp báo cáo tiến độ định kỳ của nhiệm vụ "
              + a.ordinal() + " – Kết luận " + label(a) + ":\n" + a.taskText()
              + "\n\nĐề nghị đơn vị nộp báo cáo trên hệ thống DonDoc (Tasklist).");
    }
    store.event(a.id(), a.conclusionId(), "REMINDER_REPORT_DUE", "system", String.join(", ", to));
  }

  List<String> members(String group) {
    Set<String> mails = new LinkedHashSet<>();
    for (User u : identityService.createUserQuery().memberOfGroup(group).list()) {
      if (u.getEmail() != null && !u.getEmail().isBlank()) {
        mails.add(u.getEmail());
      }
    }
    return List.copyOf(mails);
  }

  private String daysText(LocalDate deadline) {
    int days = calendar.calendar().workingDaysBetween(FollowupStore.today(), deadline);
    return days > 0 ? "còn " + days + " ngày làm việc" : days == 0 ? "đến hạn hôm nay"
        : "quá hạn " + (-days) + " ngày làm việc";
  }
}

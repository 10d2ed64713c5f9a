package vn.dondoc.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;

import vn.dondoc.calendar.VietnamTime;
import vn.dondoc.calendar.WorkingCalendar;
import vn.dondoc.monitoring.status.GridColumn;
import vn.dondoc.monitoring.status.Status;
import vn.dondoc.monitoring.status.StatusBoundaries;
import vn.dondoc.monitoring.status.StatusFunction;
import vn.dondoc.org.OrgService;
import vn.dondoc.org.Unit;
import vn.dondoc.platform.ApiException;

/** What the dashboard, the API and the reports ask: grids, drill-down pages, interventions, history. */
@Service
public class MonitoringService {

  private final MonitoringRepository repo;
  private final MonitoringProperties props;
  private final StatusFunction status;
  private final OrgService org;
  private final IdentityService identityService;
  private final org.camunda.bpm.engine.HistoryService historyService;
  private final StatusTally tally;
  private final Clock clock = Clock.system(VietnamTime.ZONE);

  public MonitoringService(MonitoringRepository repo, MonitoringProperties props, WorkingCalendar calendar,
      OrgService org, IdentityService identityService, org.camunda.bpm.engine.HistoryService historyService,
      StatusTally tally) {
    this.repo = repo;
    this.tally = tally;
    this.props = props;
    this.status = new StatusFunction(calendar);
    this.org = org;
    this.identityService = identityService;
    this.historyService = historyService;
  }

  public LocalDate today() {
    return VietnamTime.today(clock);
  }

  public StatusFunction statusFunction() {
    return status;
  }

  public MonitoringProperties properties() {
    return props;
  }

  /** The boundaries for a date (today when null), with the configured due-soon threshold. */
  public StatusBoundaries boundaries(LocalDate asOf) {
    return StatusBoundaries.of(asOf == null ? today() : asOf, props.getDueSoonDays(), status.calendar());
  }

  public Grid grid(GridGroup group, MonitoringFilter f, MonitoringScope scope) {
    StatusBoundaries b = boundaries(f.asOf());
    Map<String, Map<GridColumn, Long>> counts = tally.counts(group, f, scope, b)
        .orElseGet(() -> repo.gridCounts(group, f, scope, b));
    Map<String, String> labels = switch (group) {
      case CONCLUSION -> repo.conclusionLabels();
      case UNIT -> repo.unitNames();
      case FIELD, ALL -> new HashMap<>();
    };
    List<Grid.Row> rows = new ArrayList<>();
    counts.forEach((key, c) -> {
      String label = group == GridGroup.ALL ? "Tất cả nhiệm vụ" : group == GridGroup.FIELD ? (GridGroup.NO_FIELD.equals(key) ? "Chưa phân loại lĩnh vực" : key)
          : labels.getOrDefault(key, key);
      rows.add(new Grid.Row(key == null ? "" : key, label, new EnumMap<>(c)));
    });
    rows.sort(Comparator.comparing(Grid.Row::label));
    return new Grid(group, b.asOf(), b.dueSoonDays(), rows, Grid.sum("", "Tổng cộng", rows));
  }

  /** How many counted assignments a filter selects: from the status tally when it can answer, else a scan. */
  long count(MonitoringFilter f, MonitoringScope scope, StatusBoundaries b) {
    return tally.count(f, scope, b).orElseGet(() -> repo.count(f, scope, b));
  }

  /** Open overdue tasks per ageing bucket, labels from {@link vn.dondoc.monitoring.status.Ageing#LABELS}. */
  public long[] ageing(MonitoringFilter f, MonitoringScope scope) {
    return repo.ageing(f, scope, boundaries(f.asOf()), status.calendar());
  }

  /** The grid's totals at the end of each of the last {@code months} months and on the as-of date. */
  public Map<LocalDate, Grid.Row> trend(MonitoringFilter f, MonitoringScope scope, int months) {
    LocalDate asOf = f.asOf() == null ? today() : f.asOf();
    Map<LocalDate, Grid.Row> out = new java.util.LinkedHashMap<>();
    for (int i = months; i >= 1; i--) {
      LocalDate end = asOf.minusMonths(i).withDayOfMonth(asOf.minusMonths(i).lengthOfMonth());
      out.put(end, grid(GridGroup.ALL, f.withAsOf(end), scope).totals());
    }
    out.put(asOf, grid(GridGroup.ALL, f.withAsOf(asOf), scope).totals());
    return out;
  }

  /** A page of the drill-down. */
  public record Page(List<AssignmentRow> items, long total, int page, int size) {

    public int pages() {
      return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
  }

  public Page assignments(MonitoringFilter f, MonitoringScope scope, int page, int size) {
    if (page < 0) {
      throw ApiException.badRequest("INVALID_PAGE", "Số trang không được âm.");
    }
    if (size < 1 || size > props.getMaxPageSize()) {
      throw ApiException.badRequest("INVALID_PAGE_SIZE",
          "Số dòng mỗi trang phải từ 1 đến " + props.getMaxPageSize() + ".");
    }
    StatusBoundaries b = boundaries(f.asOf());
    long total = count(f, scope, b);
    // Nearest deadline first; the (current_deadline, id) index serves this order without sorting every row.
    List<AssignmentRow> items = f.column() == GridColumn.OVERDUE
        ? repo.rowsByIds(repo.overdueIds(f, scope, b, page * size, size), status, b)
        : repo.rows(f, scope, b, status, "ta.current_deadline NULLS LAST, ta.id", page * size, size);
    return new Page(items, total, page, size);
  }

  /** Every counted assignment a filter selects (exports and reports). */
  public List<AssignmentRow> allAssignments(MonitoringFilter f, MonitoringScope scope) {
    StatusBoundaries b = boundaries(f.asOf());
    return repo.rows(f, scope, b, status, "ta.conclusion_id, ta.task_id, ta.id", 0, Integer.MAX_VALUE);
  }

  public List<Intervention> interventions(MonitoringScope scope, LocalDate asOf) {
    return interventions(MonitoringFilter.asOf(asOf), scope);
  }

  /** "Cần can thiệp hôm nay" within a filter (its column is ignored), most urgent first. */
  public List<Intervention> interventions(MonitoringFilter filter, MonitoringScope scope) {
    StatusBoundaries b = boundaries(filter.asOf());
    int limit = props.getInterventionLimit();
    WorkingCalendar cal = status.calendar();
    List<Intervention> out = new ArrayList<>();
    MonitoringFilter base = filter.withAsOf(b.asOf()).withColumn(null);
    for (AssignmentRow r : repo.rowsByIds(repo.overdueIds(base, scope, b, 0, limit), status, b)) {
      out.add(new Intervention(Intervention.Kind.OVERDUE, r, r.status().daysLate(),
          "Hạn " + MonitoringText.date(r.facts().currentDeadline()) + ", " + r.status().label().toLowerCase()));
    }
    // Kinds are read in their sort order: once a kind fills the list, later kinds would all be cut off below it.
    if (out.size() >= limit) {
      return sortAndCut(out, limit);
    }
    List<MonitoringRepository.PendingExtension> pending = repo.pendingExtensions(base, scope, b, limit);
    Map<Long, AssignmentRow> byId = new HashMap<>();
    repo.rowsByIds(pending.stream().map(MonitoringRepository.PendingExtension::assignmentId).distinct().toList(),
        status, b).forEach(r -> byId.put(r.id(), r));
    for (MonitoringRepository.PendingExtension p : pending) {
      LocalDate requestedOn = p.requestedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
      out.add(new Intervention(Intervention.Kind.EXTENSION_PENDING, byId.get(p.assignmentId()),
          Math.max(0, cal.workingDaysBetween(requestedOn, b.asOf())),
          "Đề nghị gia hạn đến " + MonitoringText.date(p.proposed()) + " từ " + MonitoringText.date(requestedOn)
              + ": " + p.reason()));
    }
    if (out.size() >= limit) {
      return sortAndCut(out, limit);
    }
    for (AssignmentRow r : repo.rowsByIds(repo.missingEvidence(base, scope, b, limit), status, b)) {
      LocalDate reported = r.facts().completionReportedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
      out.add(new Intervention(Intervention.Kind.MISSING_EVIDENCE, r,
          Math.max(0, cal.workingDaysBetween(reported, b.asOf())),
          "Báo cáo hoàn thành ngày " + MonitoringText.date(reported) + " chưa kèm minh chứng"));
    }
    if (out.size() >= limit) {
      return sortAndCut(out, limit);
    }
    for (AssignmentRow r : repo.rows(base.withColumn(GridColumn.NO_DEADLINE), scope, b, status,
        "ta.assigned_at, ta.id", 0, limit)) {
      LocalDate assigned = r.facts().assignedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
      out.add(new Intervention(Intervention.Kind.NO_DEADLINE, r,
          Math.max(0, cal.workingDaysBetween(assigned, b.asOf())), r.status().label()));
    }
    return sortAndCut(out, limit);
  }

  private static List<Intervention> sortAndCut(List<Intervention> out, int limit) {
    out.sort(Comparator.comparing(Intervention::kind).thenComparing(Comparator.comparingInt(Intervention::age)
        .reversed()).thenComparing(i -> i.assignment().id()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  public DataQuality dataQuality(MonitoringScope scope, LocalDate asOf) {
    return dataQuality(MonitoringFilter.asOf(asOf), scope);
  }

  /** The data-quality panel within a filter; units without users are listed within the scope. */
  public DataQuality dataQuality(MonitoringFilter filter, MonitoringScope scope) {
    StatusBoundaries b = boundaries(filter.asOf());
    MonitoringFilter base = filter.withAsOf(b.asOf()).withColumn(null);
    MonitoringFilter noDeadline = base.withColumn(GridColumn.NO_DEADLINE);
    long without = count(noDeadline, scope, b);
    MonitoringRepository.Where w = repo.where(noDeadline, scope, b);
    Long missingDate = repo.jdbc().queryForObject("SELECT COUNT(*)" + MonitoringRepository.FROM + w.sql()
        + " AND t.deadline_type IN ('FIXED', 'RELATIVE', 'PERIOD')", w.params(), Long.class);
    List<String> lonely = unitsWithoutUsers(b.asOf()).stream().filter(u -> scope.sees(u.code()))
        .map(Unit::name).toList();
    return new DataQuality(without, missingDate == null ? 0 : missingDate, repo.countMissingEvidence(base, scope, b),
        repo.countPendingExtensions(base, scope, b), lonely);
  }

  private volatile List<Unit> lonelyUnits;
  private volatile long lonelyCheckedAt;
  private volatile LocalDate lonelyDay;

  /**
   * Current units no user belongs to. Asks the identity service once per unit, so the answer is kept for a
   * minute: a data-quality hint, not a status, and the dashboard should not pay 300 queries on every view.
   */
  List<Unit> unitsWithoutUsers(LocalDate day) {
    long now = System.nanoTime();
    if (lonelyUnits == null || !day.equals(lonelyDay) || now - lonelyCheckedAt > 60_000_000_000L) {
      List<Unit> out = new ArrayList<>();
      for (Unit u : org.allUnits()) {
        if (u.isValidOn(day) && identityService.createUserQuery().memberOfGroup(u.code()).count() == 0) {
          out.add(u);
        }
      }
      lonelyUnits = List.copyOf(out);
      lonelyDay = day;
      lonelyCheckedAt = now;
    }
    return lonelyUnits;
  }

  /** One assignment with its status as of today, checked against the scope. */
  public AssignmentRow assignment(long id, MonitoringScope scope) {
    StatusBoundaries b = boundaries(null);
    List<AssignmentRow> rows = repo.rowsByIds(List.of(id), status, b);
    if (rows.isEmpty()) {
      throw ApiException.notFound("ASSIGNMENT_NOT_FOUND", "Không tìm thấy nhiệm vụ được giao có mã " + id + ".");
    }
    AssignmentRow row = rows.get(0);
    if (!scope.sees(row.unitCode())) {
      throw ApiException.forbidden("ASSIGNMENT_NOT_VISIBLE", "Bạn không có quyền xem nhiệm vụ của đơn vị này.");
    }
    return row;
  }

  /** The other assignments of the same task (e.g. before and after a reassignment), oldest first. */
  public List<AssignmentRow> chain(AssignmentRow row) {
    List<Long> ids = repo.jdbc().queryForList("SELECT id FROM task_assignment WHERE task_id = :t ORDER BY "
        + "assigned_at, id", new MapSqlParameterSource("t", row.taskId()), Long.class);
    return repo.rowsByIds(ids, status, boundaries(null));
  }

  /** Everything that happened to the task's assignments, newest first. */
  public List<HistoryEntry> history(AssignmentRow row) {
    MapSqlParameterSource p = new MapSqlParameterSource("t", row.taskId());
    String ids = "(SELECT id FROM task_assignment WHERE task_id = :t)";
    var jdbc = repo.jdbc();
    List<HistoryEntry> out = new ArrayList<>();
    jdbc.query("SELECT assigned_at, unit_code, state, ended_at FROM task_assignment WHERE task_id = :t", p, rs -> {
      out.add(new HistoryEntry(rs.getObject(1, OffsetDateTime.class), "Giao nhiệm vụ", rs.getString(2), null,
          "Giao cho đơn vị chủ trì " + rs.getString(2)));
      OffsetDateTime ended = rs.getObject(4, OffsetDateTime.class);
      if (ended != null) {
        out.add(new HistoryEntry(ended, "Kết thúc giao", rs.getString(2), null,
            "Đơn vị thôi chủ trì (trạng thái " + rs.getString(3) + ")"));
      }
    });
    jdbc.query("SELECT submitted_at, unit_code, submitted_by, kind, period_label, content, percent_done "
        + "FROM progress_report WHERE assignment_id IN " + ids, p, rs -> {
      String kind = switch (rs.getString(4)) {
        case "COMPLETION" -> "Báo cáo hoàn thành";
        case "CONTRIBUTION" -> "Ý kiến đơn vị phối hợp";
        case "DIRECTIVE_ANSWER" -> "Trả lời chỉ đạo";
        default -> "Báo cáo tiến độ";
      };
      String period = rs.getString(5) == null ? "" : rs.getString(5) + ": ";
      String pct = rs.getObject(7) == null ? "" : " (" + rs.getInt(7) + "%)";
      out.add(new HistoryEntry(rs.getObject(1, OffsetDateTime.class), kind, rs.getString(2), rs.getString(3),
          period + rs.getString(6) + pct));
    });
    jdbc.query("SELECT submitted_at, submitted_by, document_number, document_date, description, file_name "
        + "FROM evidence WHERE assignment_id IN " + ids, p, rs -> {
      out.add(new HistoryEntry(rs.getObject(1, OffsetDateTime.class), "Minh chứng", null, rs.getString(2),
          "Văn bản số " + rs.getString(3) + " ngày " + MonitoringText.date(rs.getObject(4, LocalDate.class))
              + (rs.getString(5) == null ? "" : ": " + rs.getString(5))
              + (rs.getString(6) == null ? "" : " (tệp " + rs.getString(6) + ")")));
    });
    jdbc.query("SELECT requested_at, requested_by, proposed_date, reason, decision, decided_at, decided_by, "
        + "decision_note, granted_date FROM extension_request WHERE assignment_id IN " + ids, p, rs -> {
      out.add(new HistoryEntry(rs.getObject(1, OffsetDateTime.class), "Đề nghị gia hạn", null, rs.getString(2),
          "Đề nghị gia hạn đến " + MonitoringText.date(rs.getObject(3, LocalDate.class)) + ": " + rs.getString(4)));
      OffsetDateTime decided = rs.getObject(6, OffsetDateTime.class);
      if (decided != null) {
        String d = "APPROVED".equals(rs.getString(5)) ? "Đồng ý gia hạn đến "
            + MonitoringText.date(rs.getObject(9, LocalDate.class)) : "Không đồng ý gia hạn";
        out.add(new HistoryEntry(decided, "Quyết định gia hạn", null, rs.getString(7),
            d + (rs.getString(8) == null ? "" : ": " + rs.getString(8))));
      }
    });
    jdbc.query("SELECT reviewed_at, reviewed_by, decision, quality_grade, note FROM task_review "
        + "WHERE assignment_id IN " + ids, p, rs -> {
      String d = "ACCEPTED".equals(rs.getString(3)) ? "Chấp nhận kết quả" : "Trả lại để hoàn thiện";
      out.add(new HistoryEntry(rs.getObject(1, OffsetDateTime.class), "Thẩm định", null, rs.getString(2),
          d + (rs.getString(4) == null ? "" : ", xếp loại " + rs.getString(4))
              + (rs.getString(5) == null ? "" : ": " + rs.getString(5))));
    });
    jdbc.query("SELECT issued_at, issued_by, unit_code, content, due_date, answered_at, answer FROM directive "
        + "WHERE assignment_id IN " + ids, p, rs -> {
      out.add(new HistoryEntry(rs.getObject(1, OffsetDateTime.class), "Chỉ đạo", rs.getString(3), rs.getString(2),
          rs.getString(4) + (rs.getObject(5) == null ? "" : " (hạn " + MonitoringText.date(rs.getObject(5,
              LocalDate.class)) + ")")));
      if (rs.getObject(6) != null) {
        out.add(new HistoryEntry(rs.getObject(6, OffsetDateTime.class), "Trả lời chỉ đạo", rs.getString(3), null,
            rs.getString(7)));
      }
    });
    jdbc.query("SELECT occurred_at, actor, event_type, detail FROM task_event WHERE assignment_id IN " + ids, p,
        rs -> {
          out.add(new HistoryEntry(rs.getObject(1, OffsetDateTime.class), eventLabel(rs.getString(3)), null,
              rs.getString(2), rs.getString(4) == null ? "" : rs.getString(4)));
        });
    Map<String, String> names = repo.unitNames();
    List<HistoryEntry> named = new ArrayList<>();
    for (HistoryEntry h : out) {
      named.add(new HistoryEntry(h.at(), h.kind(), h.unit() == null ? null : names.getOrDefault(h.unit(), h.unit()),
          h.actor(), h.text()));
    }
    named.sort(Comparator.comparing(HistoryEntry::at).reversed());
    return named;
  }

  /** Vietnamese names of the task_event types written by the features; unknown ones are shown as they are. */
  static String eventLabel(String type) {
    return switch (type) {
      case "ASSIGNED" -> "Giao nhiệm vụ";
      case "ACCEPTED" -> "Đơn vị nhận nhiệm vụ";
      case "REASSIGNED" -> "Chuyển giao nhiệm vụ";
      case "PROGRESS_REPORTED" -> "Báo cáo tiến độ";
      case "COMPLETION_REPORTED" -> "Báo cáo hoàn thành";
      case "EXTENSION_REQUESTED" -> "Đề nghị gia hạn";
      case "EXTENSION_DECIDED" -> "Quyết định gia hạn";
      case "REVIEWED" -> "Thẩm định";
      case "REMINDER_SENT" -> "Nhắc việc";
      case "DIRECTIVE_ISSUED" -> "Gửi chỉ đạo";
      case "DIRECTIVE_ANSWERED" -> "Trả lời chỉ đạo";
      default -> "Sự kiện " + type;
    };
  }

  /** Cockpit's page of the assignment's task process: the recorded instance, else the one with its business key. */
  public String cockpitUrl(AssignmentRow row) {
    String id = row.processInstanceId();
    if (id == null) {
      var found = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(row.businessKey())
          .processDefinitionKey(DirectiveCorrelator.PROCESS_KEY).orderByProcessInstanceStartTime().desc()
          .listPage(0, 1);
      id = found.isEmpty() ? null : found.get(0).getId();
    }
    return id == null ? null : DashboardController.COCKPIT_INSTANCE + id;
  }

  /** Statuses that mean nothing is left to do, for the drill-down's styling. */
  public static boolean done(Status s) {
    return s == Status.COMPLETED_ON_TIME || s == Status.COMPLETED_LATE;
  }
}

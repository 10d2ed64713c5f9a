package vn.dondoc.monitoring.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.dondoc.calendar.VietnamTime;
import vn.dondoc.monitoring.AssignmentRow;
import vn.dondoc.monitoring.Grid;
import vn.dondoc.monitoring.GridGroup;
import vn.dondoc.monitoring.MonitoringFilter;
import vn.dondoc.monitoring.MonitoringRepository;
import vn.dondoc.monitoring.MonitoringRepository.ConclusionInfo;
import vn.dondoc.monitoring.MonitoringScope;
import vn.dondoc.monitoring.MonitoringService;
import vn.dondoc.monitoring.MonitoringText;
import vn.dondoc.monitoring.status.GridColumn;
import vn.dondoc.org.OrgService;
import vn.dondoc.org.Unit;
import vn.dondoc.platform.ApiException;

/** Collects a report's data from the monitoring queries (statuses from the one status function). */
@Component
public class ReportBuilder {

  public static final String CONCLUSION = "CONCLUSION";
  public static final String COMMITTEE = "COMMITTEE";

  private final MonitoringService monitoring;
  private final MonitoringRepository repo;
  private final OrgService org;

  public ReportBuilder(MonitoringService monitoring, MonitoringRepository repo, OrgService org) {
    this.monitoring = monitoring;
    this.repo = repo;
    this.org = org;
  }

  public ReportData build(ReportRequest req, MonitoringScope scope) {
    if (!scope.all()) {
      throw ApiException.forbidden("REPORT_NOT_ALLOWED",
          "Chỉ đơn vị theo dõi, đôn đốc và lãnh đạo mới được lập báo cáo tổng hợp.");
    }
    LocalDate asOf = req.asOf() == null ? monitoring.today() : req.asOf();
    if (asOf.isAfter(monitoring.today())) {
      throw ApiException.badRequest("REPORT_AS_OF_FUTURE", "Ngày số liệu không được sau ngày hôm nay.");
    }
    if (req.periodFrom() != null && req.periodFrom().isAfter(asOf)) {
      throw ApiException.badRequest("REPORT_PERIOD_INVALID", "Ngày bắt đầu kỳ báo cáo phải trước ngày số liệu.");
    }
    String kind = req.kind() == null ? CONCLUSION : req.kind();
    MonitoringFilter f;
    List<ConclusionInfo> included;
    String title;
    String subtitle;
    GridGroup gridBy;
    String issuing;
    if (CONCLUSION.equals(kind)) {
      if (req.conclusionId() == null) {
        throw ApiException.badRequest("REPORT_CONCLUSION_REQUIRED", "Vui lòng chọn kết luận cần báo cáo.");
      }
      ConclusionInfo c = repo.conclusion(req.conclusionId()).orElseThrow(() -> ApiException.notFound(
          "CONCLUSION_NOT_FOUND", "Không tìm thấy kết luận đã chọn."));
      included = List.of(c);
      f = MonitoringFilter.asOf(asOf).withConclusion(c.id());
      title = "BÁO CÁO";
      subtitle = "Tình hình thực hiện Kết luận số " + c.number() + "-" + c.typeCode() + "/" + c.issuerCode()
          + ", ngày " + MonitoringText.date(c.issuedDate()) + " " + subject(c);
      gridBy = GridGroup.UNIT;
      issuing = req.issuingUnit() != null ? req.issuingUnit()
          : c.monitoringUnitCode() != null ? c.monitoringUnitCode() : c.issuerUnitCode();
    } else if (COMMITTEE.equals(kind)) {
      if (req.committee() == null) {
        throw ApiException.badRequest("REPORT_COMMITTEE_REQUIRED", "Vui lòng chọn cấp ủy ban hành các kết luận.");
      }
      Unit committee = org.unit(req.committee());
      included = repo.conclusions(committee.code());
      f = new MonitoringFilter(asOf, null, null, null, committee.code(), null);
      title = "BÁO CÁO";
      subtitle = "Tổng hợp tình hình thực hiện các kết luận của " + committee.name();
      gridBy = GridGroup.CONCLUSION;
      issuing = req.issuingUnit() != null ? req.issuingUnit() : committee.code();
    } else {
      throw ApiException.badRequest("REPORT_KIND_INVALID", "Loại báo cáo phải là CONCLUSION hoặc COMMITTEE.");
    }
    Grid grid = monitoring.grid(gridBy, f, scope);
    List<AssignmentRow> rows = monitoring.allAssignments(f, scope);
    List<ReportData.Task> tasks = rows.stream().map(ReportBuilder::task).toList();
    List<ReportData.Task> overdue = new ArrayList<>(tasks.stream()
        .filter(t -> GridColumn.OVERDUE.name().equals(t.column())).toList());
    overdue.sort((a, b) -> Integer.compare(b.daysLate(), a.daysLate()));
    List<ReportData.Task> noDeadline = tasks.stream().filter(t -> GridColumn.NO_DEADLINE.name().equals(t.column()))
        .toList();
    LocalDate from = req.periodFrom();
    List<ReportData.Task> inPeriod = from == null ? List.of() : tasks.stream()
        .filter(t -> t.completedOn() != null && !t.completedOn().isBefore(from) && !t.completedOn().isAfter(asOf)
            && t.column().startsWith("COMPLETED")).toList();
    Unit issuer = org.unit(issuing);
    String place = req.place() != null && !req.place().isBlank() ? req.place().strip()
        : included.size() == 1 && included.get(0).place() != null ? included.get(0).place() : "…";
    OffsetDateTime now = OffsetDateTime.now(VietnamTime.ZONE);
    String number = req.number() == null || req.number().isBlank() ? "Số      -BC/" + issuerAbbreviation(issuer)
        : "Số " + req.number().strip();
    List<String> recipients = req.recipients() == null || req.recipients().isEmpty()
        ? defaultRecipients(included) : req.recipients();
    return new ReportData(kind, headerLines(issuer), number,
        place + ", " + MonitoringText.longDate(now.toLocalDate()), title, subtitle, asOf, from, now,
        scope.userId(), included.stream().map(c -> c.label() + " ngày " + MonitoringText.date(c.issuedDate())
            + " — " + c.title()).toList(),
        summary(grid.totals(), asOf, from, inPeriod.size(), included.size(), kind), gridBy.name(),
        grid.rows().stream().map(ReportBuilder::line).toList(), line(grid.totals()), inPeriod, overdue, noDeadline,
        tasks, recipients, blankToDefault(req.signerAuthority(), defaultAuthority(issuer)),
        blankToDefault(req.signerTitle(), ""), blankToDefault(req.signerName(), ""));
  }

  static ReportData.GridLine line(Grid.Row r) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (GridColumn c : GridColumn.values()) {
      counts.put(c.name(), r.count(c));
    }
    return new ReportData.GridLine(r.label(), counts, r.total());
  }

  static ReportData.Task task(AssignmentRow a) {
    return new ReportData.Task(a.conclusionNumber(), a.ordinal(), a.taskText(), a.unitName(), a.field(),
        a.facts().currentDeadline(), a.deadlineText(), a.status().counted() && a.status().column().name()
        .startsWith("COMPLETED") ? a.completedOn() : null, a.status().column().name(), a.status().column().label(),
        a.status().label(), a.status().daysLate());
  }

  static String summary(Grid.Row t, LocalDate asOf, LocalDate from, int inPeriod, int conclusions, String kind) {
    long done = t.count(GridColumn.COMPLETED_ON_TIME) + t.count(GridColumn.COMPLETED_LATE);
    String scope = COMMITTEE.equals(kind) ? conclusions + " kết luận có " : "Kết luận có ";
    String s = "Tính đến ngày " + MonitoringText.date(asOf) + ", " + scope + t.total()
        + " nhiệm vụ được giao cho các đơn vị chủ trì. Đã hoàn thành " + done + " nhiệm vụ (đúng hạn "
        + t.count(GridColumn.COMPLETED_ON_TIME) + ", quá hạn " + t.count(GridColumn.COMPLETED_LATE)
        + "); đang thực hiện trong hạn " + t.withinDeadline() + " nhiệm vụ (trong đó sắp đến hạn "
        + t.count(GridColumn.DUE_SOON) + "); quá hạn chưa hoàn thành " + t.count(GridColumn.OVERDUE)
        + " nhiệm vụ; thực hiện thường xuyên " + t.count(GridColumn.RECURRING) + " nhiệm vụ; chưa có thời hạn "
        + t.count(GridColumn.NO_DEADLINE) + " nhiệm vụ.";
    if (from != null) {
      s += " Trong kỳ báo cáo (từ ngày " + MonitoringText.date(from) + " đến ngày " + MonitoringText.date(asOf)
          + "), đã hoàn thành " + inPeriod + " nhiệm vụ.";
    }
    return s;
  }

  /**
   * The conclusion's subject after its number and date: a title written "Kết luận của Ban Thường vụ ... về ..."
   * continues as "của Ban Thường vụ ... về ..."; any other title follows "về".
   */
  static String subject(ConclusionInfo c) {
    String t = c.title().strip();
    if (t.toLowerCase(new Locale("vi")).startsWith("kết luận ")) {
      return t.substring("kết luận ".length());
    }
    return "về " + t;
  }

  /** The issuer block: the party organisation above, the committee, and the body (for an advisory body). */
  List<String> headerLines(Unit unit) {
    List<String> lines = new ArrayList<>();
    Locale vi = new Locale("vi");
    Unit committee = unit.parentCode() != null && unit.kind() != vn.dondoc.org.UnitKind.COMMITTEE
        && unit.kind() != vn.dondoc.org.UnitKind.BASE_COMMITTEE ? org.unit(unit.parentCode()) : unit;
    if (committee.parentCode() != null) {
      Unit above = org.unit(committee.parentCode());
      lines.add("ĐẢNG BỘ " + above.name().replaceFirst("^(Tỉnh|Huyện|Thành) ủy ", "$1 ").toUpperCase(vi));
    }
    lines.add(committee.name().toUpperCase(vi));
    if (committee != unit) {
      String body = unit.name().endsWith(" " + committee.name())
          ? unit.name().substring(0, unit.name().length() - committee.name().length() - 1) : unit.name();
      lines.add(body.toUpperCase(vi));
    }
    return lines;
  }

  static String issuerAbbreviation(Unit unit) {
    return unit.shortName() == null ? "" : unit.shortName().replace(" ", "").toUpperCase(new Locale("vi"));
  }

  static String defaultAuthority(Unit unit) {
    return switch (unit.kind()) {
      case COMMITTEE, BASE_COMMITTEE -> "T/M BAN THƯỜNG VỤ";
      default -> "T/M " + unit.name().split(" (Huyện|Tỉnh|Thành) ủy")[0].toUpperCase(new Locale("vi"));
    };
  }

  static List<String> defaultRecipients(List<ConclusionInfo> included) {
    return List.of("Thường trực, Ban Thường vụ (để báo cáo),", "Các đơn vị chủ trì (để thực hiện),", "Lưu.");
  }

  static String blankToDefault(String s, String d) {
    return s == null || s.isBlank() ? d : s.strip();
  }
}

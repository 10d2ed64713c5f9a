package vn.dondoc.intake;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

import vn.dondoc.calendar.WorkingCalendar;
import vn.dondoc.followup.ConclusionDraft;
import vn.dondoc.followup.ConclusionRegistration;
import vn.dondoc.platform.ApiException;

/**
 * Starts a conclusion's lifecycle from what intake read: the read document becomes the proposal that the
 * issuing office confirms in "Lập danh mục nhiệm vụ". Only matched units are carried as codes; unmatched
 * phrases stay in the task text and warnings for the person to resolve there.
 */
@Service
public class IntakeRegistration {

  /** Who may register a conclusion: the issuing office and administrators (as the process grant says). */
  static final List<String> ALLOWED = List.of("ROLE_ISSUING_OFFICE", "ROLE_ADMIN");

  private final ConclusionRegistration registration;
  private final WorkingCalendar calendar;

  public IntakeRegistration(ConclusionRegistration registration, WorkingCalendar calendar) {
    this.registration = registration;
    this.calendar = calendar;
  }

  public static boolean mayRegister(Authentication auth) {
    return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(ALLOWED::contains);
  }

  public ConclusionRegistration.Registered register(IntakeResult result, Authentication auth) {
    if (!mayRegister(auth)) {
      throw ApiException.forbidden("INTAKE_REGISTER_FORBIDDEN",
          "Chỉ văn phòng cấp ủy và quản trị viên được vào sổ kết luận.");
    }
    return registration.start(toDraft(result), auth.getName());
  }

  /** The draft a read document proposes. */
  public ConclusionDraft toDraft(IntakeResult r) {
    if (r.issuerUnitCode() == null) {
      throw ApiException.badRequest("INTAKE_ISSUER_UNKNOWN", "Chưa xác định được cấp ủy ban hành \""
          + Objects.toString(r.issuer(), "") + "\" trong danh mục đơn vị; vui lòng nhập kết luận trực tiếp.");
    }
    if (r.issuedDate() == null || r.number() == null || r.typeCode() == null || r.issuerCode() == null) {
      throw ApiException.badRequest("INTAKE_HEADER_INCOMPLETE",
          "Văn bản thiếu số, loại hoặc ngày ban hành; vui lòng nhập kết luận trực tiếp.");
    }
    MonitoringClause m = r.monitoring();
    String monitoringUnit = m == null || m.leadUnit() == null ? null : m.leadUnit().unitCode();
    List<String> reportTo = m == null ? List.of() : codes(m.reportTo());
    String title = r.subject() != null && !r.subject().isBlank() ? r.subject() : r.title();
    List<ConclusionDraft.Reference> references = r.references().stream()
        .filter(ref -> ref.documentNumber() != null)
        .map(ref -> new ConclusionDraft.Reference(ref.documentNumber(), ref.date(), ref.issuingBody(),
            ref.kind() == null ? null : ref.kind() + " số " + ref.documentNumber()))
        .toList();
    List<ConclusionDraft.TaskDraft> tasks = r.tasks().stream()
        .filter(t -> !t.monitoringClause())
        .map(t -> task(t, r.issuedDate()))
        .toList();
    Signer s = r.signer();
    return new ConclusionDraft(r.number(), r.typeCode(), r.issuerCode(), r.issuerUnitCode(), r.issuedDate(),
        r.place(), title, s == null ? null : s.authority(), s == null ? null : s.title(), s == null ? null : s.name(),
        monitoringUnit, reportTo, m == null ? null : summaryCadence(m.cadence()), null, references, tasks, null);
  }

  private ConclusionDraft.TaskDraft task(ExtractedTask t, LocalDate issued) {
    Deadline d = t.deadline() == null ? Deadline.NONE : t.deadline();
    String leadClass = t.leadUnits().stream().filter(u -> u.unitClass() != null).map(UnitRef::unitClass)
        .findFirst().orElse(null);
    String type = d.type();
    LocalDate date = d.date();
    if ("RELATIVE".equals(type) && date == null && d.amount() != null) {
      date = relativeDate(issued, d);
    }
    String noDeadlineReason = "NONE".equals(type) ? "Văn bản không nêu thời hạn." : null;
    return new ConclusionDraft.TaskDraft(t.ordinal(), t.text(), codes(t.leadUnits()), leadClass,
        codes(t.coordinatingUnits()), type, date, d.text(), noDeadlineReason,
        "RECURRING".equals(type) ? taskCadence(d.cadence()) : null, null, null, null);
  }

  /** "trong 10 ngày làm việc kể từ ngày ký" counts working days; plain days and months count the calendar. */
  private LocalDate relativeDate(LocalDate issued, Deadline d) {
    if (d.workingDays()) {
      return calendar.addWorkingDays(issued, d.amount());
    }
    ChronoUnit unit = switch (Objects.toString(d.unit(), "DAY")) {
      case "WEEK" -> ChronoUnit.WEEKS;
      case "MONTH" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.DAYS;
    };
    return issued.plus(d.amount(), unit);
  }

  /**
   * The reporting cadence proposed for a recurring task. "Thường xuyên" / "định kỳ" name no period: quarterly
   * reports are proposed and the issuing office may change them while listing the tasks.
   */
  static String taskCadence(String cadence) {
    if (cadence == null) {
      return "QUARTERLY";
    }
    return switch (cadence) {
      case "WEEKLY", "MONTHLY" -> "MONTHLY";
      case "HALF_YEARLY" -> "HALF_YEARLY";
      case "YEARLY" -> "YEARLY";
      default -> "QUARTERLY";
    };
  }

  private static String summaryCadence(String cadence) {
    return cadence == null ? null : taskCadence(cadence);
  }

  private static List<String> codes(List<UnitRef> refs) {
    return refs == null ? List.of() : refs.stream().map(UnitRef::unitCode).filter(Objects::nonNull).distinct().toList();
  }
}

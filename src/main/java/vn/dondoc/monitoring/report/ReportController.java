package vn.dondoc.monitoring.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.monitoring.MonitoringRepository;
import vn.dondoc.monitoring.MonitoringScope;
import vn.dondoc.monitoring.ScopeResolver;
import vn.dondoc.org.OrgService;
import vn.dondoc.org.UnitKind;
import vn.dondoc.platform.ApiException;

/** The reports page of the dashboard: issue a report, list the frozen ones, download their files. */
@Controller
public class ReportController {

  private final ReportService reports;
  private final ScopeResolver scopes;
  private final MonitoringRepository repo;
  private final OrgService org;

  public ReportController(ReportService reports, ScopeResolver scopes, MonitoringRepository repo, OrgService org) {
    this.reports = reports;
    this.scopes = scopes;
    this.repo = repo;
    this.org = org;
  }

  @GetMapping("/dashboard/reports")
  public String page(Authentication auth, Model model) {
    MonitoringScope scope = scopes.scopeOf(auth);
    model.addAttribute("scope", scope);
    model.addAttribute("reports", reports.list(scope));
    model.addAttribute("conclusions", repo.conclusions(null));
    model.addAttribute("committees", org.allUnits().stream()
        .filter(u -> u.kind() == UnitKind.COMMITTEE || u.kind() == UnitKind.BASE_COMMITTEE).toList());
    model.addAttribute("units", org.allUnits());
    return "monitoring/reports";
  }

  @PostMapping("/dashboard/reports")
  public String issue(@RequestParam String kind, @RequestParam(required = false) Long conclusionId,
      @RequestParam(required = false) String committee,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
      @RequestParam(required = false) String issuingUnit, @RequestParam(required = false) String number,
      @RequestParam(required = false) String place, @RequestParam(required = false) String recipients,
      @RequestParam(required = false) String signerAuthority, @RequestParam(required = false) String signerTitle,
      @RequestParam(required = false) String signerName, Authentication auth, RedirectAttributes flash) {
    List<String> lines = recipients == null ? List.of() : Arrays.stream(recipients.split("\\R"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    ReportRequest req = new ReportRequest(kind, conclusionId, blank(committee), asOf, periodFrom, blank(issuingUnit),
        number, place, lines, signerAuthority, signerTitle, signerName);
    try {
      ReportSnapshotRepository.Snapshot s = reports.issue(req, scopes.scopeOf(auth));
      flash.addFlashAttribute("success", "Đã lập và lưu cố định báo cáo số hiệu lưu trữ " + s.id() + ".");
    } catch (ApiException e) {
      flash.addFlashAttribute("error", e.getMessage() + " (mã lỗi " + e.getCode() + ")");
    }
    return "redirect:/dashboard/reports";
  }

  @GetMapping("/dashboard/reports/{id}/{part}")
  public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String part, Authentication auth) {
    return file(reports.file(id, part, scopes.scopeOf(auth)), id, part);
  }

  static ResponseEntity<byte[]> file(ReportSnapshotRepository.Part p, long id, String part) {
    String ext = ReportService.DATA.equals(part) ? "json" : part;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("bao-cao-" + id + "." + ext, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(p.mediaType())).body(p.content());
  }

  @ExceptionHandler(ApiException.class)
  public ModelAndView failed(ApiException e) {
    ModelAndView mv = new ModelAndView("monitoring/error");
    mv.setStatus(e.getStatus());
    mv.addObject("code", e.getCode());
    mv.addObject("message", e.getMessage());
    return mv;
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

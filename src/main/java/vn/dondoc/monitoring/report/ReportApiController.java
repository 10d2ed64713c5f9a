package vn.dondoc.monitoring.report;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.dondoc.monitoring.ScopeResolver;

/** Frozen reports over REST (supervisors, leadership, administrators). */
@RestController
@RequestMapping("/api/monitoring/reports")
@Tag(name = "Monitoring")
public class ReportApiController {

  private final ReportService reports;
  private final ScopeResolver scopes;

  public ReportApiController(ReportService reports, ScopeResolver scopes) {
    this.reports = reports;
    this.scopes = scopes;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Issue a report (CONCLUSION or COMMITTEE) and freeze it",
      description = "Renders DOCX, PDF and XLSX from the data as of asOf and stores them with the data; the "
          + "snapshot never changes afterwards.")
  public ReportSnapshotRepository.Snapshot issue(@RequestBody ReportRequest request, Authentication auth) {
    return reports.issue(request, scopes.scopeOf(auth));
  }

  @GetMapping
  @Operation(summary = "The latest 200 issued reports")
  public List<ReportSnapshotRepository.Snapshot> list(Authentication auth) {
    return reports.list(scopes.scopeOf(auth));
  }

  @GetMapping("/{id}/files/{part}")
  @Operation(summary = "Download a frozen report's file: docx, pdf, xlsx or data.json, exactly as issued")
  public org.springframework.http.ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String part,
      Authentication auth) {
    return ReportController.file(reports.file(id, part, scopes.scopeOf(auth)), id, part);
  }

  @GetMapping("/{id}")
  @Operation(summary = "An issued report's frozen data")
  public ReportData data(@PathVariable long id, Authentication auth) {
    return reports.data(id, scopes.scopeOf(auth));
  }
}

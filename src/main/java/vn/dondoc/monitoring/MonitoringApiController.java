package vn.dondoc.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.dondoc.monitoring.status.GridColumn;

/**
 * The monitoring data over REST, with the dashboard's authorization: supervisors, leadership and administrators
 * see every unit, everyone else their own units' slice. Statuses come from the one status function.
 */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Monitoring", description = "Status grid, drill-down, interventions, history and directives")
public class MonitoringApiController {

  private final MonitoringService monitoring;
  private final ScopeResolver scopes;
  private final DirectiveService directives;
  private final IncidentService incidents;

  public MonitoringApiController(MonitoringService monitoring, ScopeResolver scopes, DirectiveService directives,
      IncidentService incidents) {
    this.monitoring = monitoring;
    this.scopes = scopes;
    this.directives = directives;
    this.incidents = incidents;
  }

  static MonitoringFilter filter(LocalDate asOf, Long conclusionId, String unit, String field, String committee,
      GridColumn column) {
    return new MonitoringFilter(asOf, conclusionId, DashboardController.blank(unit), DashboardController.blank(field),
        DashboardController.blank(committee), column);
  }

  @GetMapping("/grid")
  @Operation(summary = "The reporting grid as of a date",
      description = "One row per conclusion, unit, field (or ALL), counts per status column; columns add up to the "
          + "row total and rows to the totals row. Field key '-' means 'no field'.")
  public Grid grid(@RequestParam(defaultValue = "CONCLUSION") GridGroup groupBy,
      @Parameter(description = "As-of date (default: today in Asia/Ho_Chi_Minh)")
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Long conclusionId, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String field, @RequestParam(required = false) String committee,
      Authentication auth) {
    MonitoringFilter f = filter(asOf, conclusionId, unit, field, committee, null);
    return monitoring.grid(groupBy, f, scopes.scopeOf(auth));
  }

  @GetMapping("/assignments")
  @Operation(summary = "The assignments behind a grid cell, paginated",
      description = "Same filters as the grid plus the column; each item carries its derived status.")
  public MonitoringService.Page assignments(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) GridColumn column, @RequestParam(required = false) Long conclusionId,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String field,
      @RequestParam(required = false) String committee, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size, Authentication auth) {
    return monitoring.assignments(filter(asOf, conclusionId, unit, field, committee, column), scopes.scopeOf(auth),
        page, size);
  }

  public record AssignmentDetail(AssignmentRow assignment, List<AssignmentRow> assignmentsOfTask,
      List<HistoryEntry> history, String cockpitUrl) {}

  @GetMapping("/assignments/{id}")
  @Operation(summary = "One assignment with every assignment of its task and the task's history")
  public AssignmentDetail assignment(@PathVariable long id, Authentication auth) {
    AssignmentRow row = monitoring.assignment(id, scopes.scopeOf(auth));
    return new AssignmentDetail(row, monitoring.chain(row), monitoring.history(row),
        monitoring.cockpitUrl(row));
  }

  @GetMapping("/interventions")
  @Operation(summary = "Cần can thiệp hôm nay: overdue, pending extensions, missing evidence, no deadline, by urgency")
  public List<Intervention> interventions(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Long conclusionId, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String field, @RequestParam(required = false) String committee,
      Authentication auth) {
    return monitoring.interventions(filter(asOf, conclusionId, unit, field, committee, null), scopes.scopeOf(auth));
  }

  @GetMapping("/data-quality")
  @Operation(summary = "Tasks without deadline, completions without evidence, units without users")
  public DataQuality dataQuality(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Long conclusionId, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String field, @RequestParam(required = false) String committee,
      Authentication auth) {
    return monitoring.dataQuality(filter(asOf, conclusionId, unit, field, committee, null), scopes.scopeOf(auth));
  }

  @GetMapping("/ageing")
  @Operation(summary = "Open overdue assignments per ageing bucket (working days late)")
  public Map<String, Long> ageing(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Long conclusionId, @RequestParam(required = false) String unit,
      Authentication auth) {
    long[] counts = monitoring.ageing(filter(asOf, conclusionId, unit, null, null, null), scopes.scopeOf(auth));
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      out.put(vn.dondoc.monitoring.status.Ageing.LABELS.get(i), counts[i]);
    }
    return out;
  }

  @GetMapping("/incidents")
  @Operation(summary = "Open Camunda incidents (sự cố kỹ thuật), newest first",
      description = "Process, activity, message, since when and the Cockpit link of the process instance. "
          + "Supervisors, leadership and administrators see every incident; a unit only those of its own "
          + "task-execution instances. 'complete' is false when a unit's list was cut after "
          + IncidentService.UNIT_SCAN + " incidents read.")
  public IncidentService.Incidents incidents(
      @Parameter(description = "Largest number of incidents returned (1-500)")
      @RequestParam(defaultValue = "50") int max, Authentication auth) {
    return incidents.open(scopes.scopeOf(auth), max);
  }

  public record TrendPoint(LocalDate date, Grid.Row totals) {}

  @GetMapping("/trend")
  @Operation(summary = "The grid's totals at the end of each of the last months and on the as-of date")
  public List<TrendPoint> trend(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Long conclusionId, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String field, @RequestParam(required = false) String committee,
      @RequestParam(defaultValue = "6") int months, Authentication auth) {
    if (months < 1 || months > 24) {
      throw vn.dondoc.platform.ApiException.badRequest("INVALID_MONTHS", "Số tháng phải từ 1 đến 24.");
    }
    return monitoring.trend(filter(asOf, conclusionId, unit, field, committee, null), scopes.scopeOf(auth), months)
        .entrySet().stream().map(e -> new TrendPoint(e.getKey(), e.getValue())).toList();
  }

  public record DirectiveRequest(String content, LocalDate dueDate) {}

  @PostMapping("/assignments/{id}/directives")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Send a directive (leadership)",
      description = "Records the directive and a task_event and correlates message DirectiveIssued to the "
          + "task-execution instance; 409 DIRECTIVE_NO_PROCESS (nothing recorded) when no instance runs.")
  public DirectiveService.Issued directive(@PathVariable long id, @RequestBody DirectiveRequest body,
      Authentication auth) {
    return directives.issue(id, body.content(), body.dueDate(), scopes.scopeOf(auth));
  }
}

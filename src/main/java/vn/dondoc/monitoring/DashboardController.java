package vn.dondoc.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
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

import vn.dondoc.monitoring.status.Ageing;
import vn.dondoc.monitoring.status.GridColumn;
import vn.dondoc.org.Unit;
import vn.dondoc.org.OrgService;
import vn.dondoc.platform.ApiException;

/** The supervisors' dashboard ({@code /dashboard}): grid, interventions, data quality, charts, drill-down. */
@Controller
public class DashboardController {

  public static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/";

  private final MonitoringService monitoring;
  private final ScopeResolver scopes;
  private final DirectiveService directives;
  private final MonitoringRepository repo;
  private final OrgService org;
  private final IncidentService incidents;

  public DashboardController(MonitoringService monitoring, ScopeResolver scopes, DirectiveService directives,
      MonitoringRepository repo, OrgService org, IncidentService incidents) {
    this.incidents = incidents;
    this.monitoring = monitoring;
    this.scopes = scopes;
    this.directives = directives;
    this.repo = repo;
    this.org = org;
  }

  @GetMapping("/dashboard")
  public String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(defaultValue = "CONCLUSION") GridGroup group,
      @RequestParam(required = false) Long conclusionId, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String field, @RequestParam(required = false) String committee,
      Authentication auth, Model model) {
    MonitoringScope scope = scopes.scopeOf(auth);
    MonitoringFilter f = new MonitoringFilter(asOf == null ? monitoring.today() : asOf, conclusionId, blank(unit),
        blank(field), blank(committee), null);
    Grid grid = monitoring.grid(group, f, scope);
    Grid byUnit = group == GridGroup.UNIT ? grid : monitoring.grid(GridGroup.UNIT, f, scope);
    addCommon(model, scope, f);
    model.addAttribute("group", group);
    model.addAttribute("groups", GridGroup.values());
    model.addAttribute("grid", grid);
    model.addAttribute("drill", new DrillLinks(f, group));
    model.addAttribute("interventions", monitoring.interventions(f, scope));
    model.addAttribute("quality", monitoring.dataQuality(f, scope));
    model.addAttribute("incidents", incidents.open(scope, monitoring.properties().getInterventionLimit()));
    model.addAttribute("chartData", chartData(byUnit, monitoring.ageing(f, scope)));
    return "monitoring/dashboard";
  }

  @GetMapping("/dashboard/tasks")
  public String tasks(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) GridColumn column, @RequestParam(required = false) Long conclusionId,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String field,
      @RequestParam(required = false) String committee, @RequestParam(defaultValue = "0") int page,
      Authentication auth, Model model) {
    MonitoringScope scope = scopes.scopeOf(auth);
    MonitoringFilter f = new MonitoringFilter(asOf == null ? monitoring.today() : asOf, conclusionId, blank(unit),
        blank(field), blank(committee), column);
    addCommon(model, scope, f);
    model.addAttribute("column", column);
    model.addAttribute("page", monitoring.assignments(f, scope, page, 50));
    model.addAttribute("drill", new DrillLinks(f, GridGroup.ALL));
    return "monitoring/tasks";
  }

  @GetMapping("/dashboard/assignments/{id}")
  public String assignment(@PathVariable long id, Authentication auth, Model model) {
    MonitoringScope scope = scopes.scopeOf(auth);
    AssignmentRow row = monitoring.assignment(id, scope);
    model.addAttribute("scope", scope);
    model.addAttribute("a", row);
    model.addAttribute("chain", monitoring.chain(row));
    model.addAttribute("history", monitoring.history(row));
    model.addAttribute("cockpitUrl", monitoring.cockpitUrl(row));
    model.addAttribute("canDirect", scope.canDirect() && row.status().counted()
        && !MonitoringService.done(row.status().status()));
    model.addAttribute("today", monitoring.today());
    return "monitoring/assignment";
  }

  @PostMapping("/dashboard/assignments/{id}/directives")
  public String directive(@PathVariable long id, @RequestParam String content,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
      Authentication auth, RedirectAttributes flash) {
    MonitoringScope scope = scopes.scopeOf(auth);
    try {
      DirectiveService.Issued issued = directives.issue(id, content, dueDate, scope);
      flash.addFlashAttribute("success", "Đã gửi chỉ đạo số " + issued.directiveId() + " đến đơn vị chủ trì.");
    } catch (ApiException e) {
      flash.addFlashAttribute("error", e.getMessage() + " (mã lỗi " + e.getCode() + ")");
      flash.addFlashAttribute("draft", content);
    }
    return "redirect:/dashboard/assignments/" + id;
  }

  @ExceptionHandler(ApiException.class)
  public ModelAndView failed(ApiException e) {
    ModelAndView mv = new ModelAndView("monitoring/error");
    mv.setStatus(e.getStatus());
    mv.addObject("code", e.getCode());
    mv.addObject("message", e.getMessage());
    return mv;
  }

  void addCommon(Model model, MonitoringScope scope, MonitoringFilter f) {
    model.addAttribute("scope", scope);
    model.addAttribute("filter", f);
    model.addAttribute("dueSoonDays", monitoring.properties().getDueSoonDays());
    model.addAttribute("columns", GridColumn.values());
    model.addAttribute("conclusions", repo.conclusions(null));
    List<Unit> units = new ArrayList<>(org.allUnits().stream().filter(u -> scope.sees(u.code())).toList());
    model.addAttribute("units", units);
    model.addAttribute("committees", org.allUnits().stream()
        .filter(u -> u.kind() == vn.dondoc.org.UnitKind.COMMITTEE || u.kind() == vn.dondoc.org.UnitKind.BASE_COMMITTEE)
        .toList());
    model.addAttribute("fields", repo.fields());
  }

  static Map<String, Object> chartData(Grid byUnit, long[] ageing) {
    Map<String, Object> data = new LinkedHashMap<>();
    List<String> columnLabels = new ArrayList<>();
    List<String> columnKeys = new ArrayList<>();
    for (GridColumn c : GridColumn.values()) {
      columnLabels.add(c.label());
      columnKeys.add(c.name());
    }
    data.put("columns", columnKeys);
    data.put("columnLabels", columnLabels);
    List<String> units = new ArrayList<>();
    List<List<Long>> counts = new ArrayList<>();
    for (Grid.Row r : byUnit.rows()) {
      units.add(r.label());
      List<Long> row = new ArrayList<>();
      for (GridColumn c : GridColumn.values()) {
        row.add(r.count(c));
      }
      counts.add(row);
    }
    data.put("units", units);
    data.put("unitCounts", counts);
    data.put("ageingLabels", Ageing.LABELS);
    List<Long> age = new ArrayList<>();
    for (long n : ageing) {
      age.add(n);
    }
    data.put("ageing", age);
    return data;
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

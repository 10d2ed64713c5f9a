package vn.dondoc.org;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation over REST: everyone signed in reads it, admins change it (see SecurityConfig). */
@RestController
@RequestMapping("/api/org")
public class OrgController {

  private final OrgService org;
  private final UnitRepository units;

  public OrgController(OrgService org, UnitRepository units) {
    this.org = org;
    this.units = units;
  }

  @GetMapping("/units")
  public List<Unit> units() {
    return org.allUnits();
  }

  @GetMapping("/units/{code}")
  public Unit unit(@PathVariable String code) {
    return org.unit(code);
  }

  @GetMapping("/units/{code}/history")
  public List<Map<String, Object>> history(@PathVariable String code) {
    org.unit(code);
    return units.events(code);
  }

  @PostMapping("/units")
  @ResponseStatus(HttpStatus.CREATED)
  public Unit create(@RequestBody Unit unit, Principal principal) {
    Unit input = new Unit(unit.code(), unit.name(), unit.shortName(), unit.kind(), unit.levelCode(),
        unit.parentCode(), unit.validFrom() == null ? LocalDate.now() : unit.validFrom(), null, null,
        unit.aliases() == null ? List.of() : unit.aliases());
    return org.create(input, principal.getName());
  }

  /** Ends a unit: merged into {@code successorCode}, or abolished when it is absent. */
  @PostMapping("/units/{code}/end")
  public Unit end(@PathVariable String code, @RequestBody EndRequest request, Principal principal) {
    return org.end(code, request.lastDay(), request.successorCode(), request.note(), principal.getName());
  }

  public record EndRequest(LocalDate lastDay, String successorCode, String note) {}
}

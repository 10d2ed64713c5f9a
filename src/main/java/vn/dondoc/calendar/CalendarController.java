package vn.dondoc.calendar;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar over REST. Everyone signed in reads {@code /api/calendar/**}; only administrators
 * reach {@code /api/admin/calendar/**} (SecurityConfig).
 */
@RestController
public class CalendarController {

  private final CalendarService service;

  public CalendarController(CalendarService service) {
    this.service = service;
  }

  /** Holidays (Vietnamese names), overrides in force and the resulting special days of a year. */
  @GetMapping("/api/calendar/{year:\\d+}")
  public CalendarService.YearView year(@PathVariable int year) {
    return service.year(year);
  }

  @GetMapping("/api/calendar/days/{date}")
  public CalendarService.DayView day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return service.day(date);
  }

  /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
  @GetMapping("/api/calendar/working-days")
  public WorkingDays workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return new WorkingDays(from, to, service.workingDaysBetween(from, to));
  }

  /** The day {@code days} working days after {@code start} (before it when negative). */
  @GetMapping("/api/calendar/add-working-days")
  public AddedDays addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
      @RequestParam int days) {
    return new AddedDays(start, days, service.addWorkingDays(start, days));
  }

  /** Every override ever recorded for dates of {@code year}, including withdrawn ones. */
  @GetMapping("/api/admin/calendar/overrides")
  public List<CalendarOverride> history(@RequestParam int year) {
    return service.history(year);
  }

  @PostMapping("/api/admin/calendar/overrides")
  @ResponseStatus(HttpStatus.CREATED)
  public CalendarOverride record(@RequestBody OverrideRequest request, Principal principal) {
    return service.record(request.date(), request.kind(), request.reason(), principal.getName());
  }

  @PostMapping("/api/admin/calendar/overrides/{date}/withdraw")
  public CalendarOverride withdraw(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestBody WithdrawRequest request, Principal principal) {
    return service.withdraw(date, request.reason(), principal.getName());
  }

  public record WorkingDays(LocalDate from, LocalDate to, int workingDays) {}

  public record AddedDays(LocalDate start, int days, LocalDate result) {}

  public record OverrideRequest(LocalDate date, CalendarOverride.Kind kind, String reason) {}

  public record WithdrawRequest(String reason) {}
}

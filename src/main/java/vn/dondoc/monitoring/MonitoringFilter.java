package vn.dondoc.monitoring;

import java.time.LocalDate;

import vn.dondoc.monitoring.status.GridColumn;

/**
 * Filters shared by the grid, the drill-down, the API and the reports. Null means "any".
 *
 * @param committee the issuing unit of the conclusions (conclusion.issuer_unit_code), for a committee's summary
 */
public record MonitoringFilter(LocalDate asOf, Long conclusionId, String unit, String field, String committee,
    GridColumn column) {

  public static MonitoringFilter asOf(LocalDate asOf) {
    return new MonitoringFilter(asOf, null, null, null, null, null);
  }

  public MonitoringFilter withColumn(GridColumn c) {
    return new MonitoringFilter(asOf, conclusionId, unit, field, committee, c);
  }

  public MonitoringFilter withAsOf(LocalDate d) {
    return new MonitoringFilter(d, conclusionId, unit, field, committee, column);
  }

  public MonitoringFilter withConclusion(Long id) {
    return new MonitoringFilter(asOf, id, unit, field, committee, column);
  }

  public MonitoringFilter withUnit(String u) {
    return new MonitoringFilter(asOf, conclusionId, u, field, committee, column);
  }

  public MonitoringFilter withField(String f) {
    return new MonitoringFilter(asOf, conclusionId, unit, f, committee, column);
  }
}

package vn.dondoc.org;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit (đơn vị) of the party organisation. Its code is also the id of its Camunda group.
 *
 * @param levelCode issuer level of the committee the unit belongs to: TW, TU, HU, ĐU, CB
 * @param validTo   last day the unit existed; null while it exists
 */
public record Unit(
    String code,
    String name,
    String shortName,
    UnitKind kind,
    String levelCode,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo,
    String successorCode,
    List<String> aliases) {

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}

package vn.dondoc.monitoring;

import java.util.List;

/**
 * What a user may see: everything (supervisors, leadership, administrators) or the slice of their own units.
 *
 * @param userId   who asks
 * @param all      true when every unit is visible
 * @param units    the visible units when not {@code all} (possibly empty: then nothing is visible)
 * @param canDirect true when the user may send directives (leadership, administrators)
 */
public record MonitoringScope(String userId, boolean all, List<String> units, boolean canDirect) {

  public boolean sees(String unitCode) {
    return all || units.contains(unitCode);
  }
}

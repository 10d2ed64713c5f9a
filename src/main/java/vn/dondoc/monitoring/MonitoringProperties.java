package vn.dondoc.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Settings of the monitoring feature ({@code dondoc.monitoring.*}); the defaults need no configuration. */
@Component
@ConfigurationProperties("dondoc.monitoring")
public class MonitoringProperties {

  /** A deadline this many working days ahead (or closer) makes a task "due soon". */
  private int dueSoonDays = 5;
  /** How many items the "cần can thiệp hôm nay" list shows. */
  private int interventionLimit = 50;
  /** Largest page the API and the drill-down serve. */
  private int maxPageSize = 500;
  /** Read the grids from the status tally when it can answer (false: always scan, e.g. to compare). */
  private boolean tallyEnabled = true;
  /** How often each node checks that the status tally is valid for today (and rebuilds it when not). */
  private java.time.Duration tallyCheckInterval = java.time.Duration.ofMinutes(1);

  public int getDueSoonDays() {
    return dueSoonDays;
  }

  public void setDueSoonDays(int dueSoonDays) {
    if (dueSoonDays < 0 || dueSoonDays > 60) {
      throw new IllegalArgumentException("dondoc.monitoring.due-soon-days must be between 0 and 60");
    }
    this.dueSoonDays = dueSoonDays;
  }

  public int getInterventionLimit() {
    return interventionLimit;
  }

  public void setInterventionLimit(int interventionLimit) {
    this.interventionLimit = interventionLimit;
  }

  public int getMaxPageSize() {
    return maxPageSize;
  }

  public void setMaxPageSize(int maxPageSize) {
    this.maxPageSize = maxPageSize;
  }

  public boolean isTallyEnabled() {
    return tallyEnabled;
  }

  public void setTallyEnabled(boolean tallyEnabled) {
    this.tallyEnabled = tallyEnabled;
  }

  public java.time.Duration getTallyCheckInterval() {
    return tallyCheckInterval;
  }

  public void setTallyCheckInterval(java.time.Duration tallyCheckInterval) {
    this.tallyCheckInterval = tallyCheckInterval;
  }
}

package vn.dondoc.monitoring;

import java.time.OffsetDateTime;

/** One line of a task's history: assignments, reports, evidence, extensions, reviews, directives, events. */
public record HistoryEntry(OffsetDateTime at, String kind, String unit, String actor, String text) {

  public String when() {
    return MonitoringText.dateTime(at);
  }
}

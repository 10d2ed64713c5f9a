package vn.dondoc.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's {@link WorkingCalendar}: the rules plus the overrides recorded by administrators.
 *
 * <p>Each year's table is cached. The cache is keyed to the override table's version (its highest id, which
 * every change raises): a change on this node refreshes at once; a change made through another node of a
 * cluster is seen after at most {@code dondoc.calendar.recheck-interval} (default 30 s), when the version is
 * read again. That costs one indexed {@code MAX(id)} query per interval, not one per question.
 */
@Component
public class DatabaseWorkingCalendar extends YearBasedWorkingCalendar {

  private record Entry(long version, YearCalendar table) {}

  private final CalendarOverrideRepository overrides;
  private final long recheckNanos;
  private final Map<Integer, Entry> cache = new ConcurrentHashMap<>();
  private volatile long version = -1;
  private volatile long checkedAt;

  public DatabaseWorkingCalendar(CalendarOverrideRepository overrides,
      @Value("${dondoc.calendar.recheck-interval:PT30S}") Duration recheckInterval) {
    this.overrides = overrides;
    this.recheckNanos = recheckInterval.toNanos();
  }

  @Override
  public YearCalendar year(int year) {
    long current = currentVersion();
    Entry entry = cache.get(year);
    if (entry == null || entry.version() != current) {
      // The version was read before the rows, so the rows are at least as new as the version says.
      entry = new Entry(current, new YearCalendar(year,
          overrides.inForce(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
      cache.put(year, entry);
    }
    return entry.table();
  }

  /** Forget everything now (called after this node recorded a change, once it is committed). */
  public void invalidate() {
    version = -1;
  }

  private long currentVersion() {
    long now = System.nanoTime();
    if (version < 0 || now - checkedAt >= recheckNanos) {
      synchronized (this) {
        if (version < 0 || now - checkedAt >= recheckNanos) {
          version = overrides.version();
          checkedAt = now;
        }
      }
    }
    return version;
  }
}

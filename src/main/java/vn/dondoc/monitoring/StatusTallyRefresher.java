package vn.dondoc.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the status tally valid for today on every node: a cheap check of its state row every
 * {@code dondoc.monitoring.tally-check-interval} (a minute by default), and a rebuild when the day changed (just
 * after midnight in Asia/Ho_Chi_Minh), the due-soon limit moved (calendar edit, new threshold) or a direct write
 * invalidated it. Nodes sharing one database rebuild it once: the rebuild holds the state row's lock and the
 * others find it fresh.
 */
@Configuration
@EnableScheduling
public class StatusTallyRefresher {

  private static final Logger LOG = LoggerFactory.getLogger(StatusTallyRefresher.class);

  private final StatusTally tally;
  private final MonitoringProperties props;

  public StatusTallyRefresher(StatusTally tally, MonitoringProperties props) {
    this.tally = tally;
    this.props = props;
  }

  @Scheduled(initialDelay = 0, fixedDelayString = "${dondoc.monitoring.tally-check-interval:PT1M}")
  public void check() {
    if (!props.isTallyEnabled()) {
      return;
    }
    try {
      tally.refreshIfStale();
    } catch (RuntimeException e) {
      // Readers fall back to the scan meanwhile; the next check tries again.
      LOG.warn("Status tally refresh failed: {}", e.toString());
    }
  }
}

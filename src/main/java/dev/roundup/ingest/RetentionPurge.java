package dev.roundup.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes stored messages older than the retention period; runs once a day. */
public final class RetentionPurge implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

  private final MessageStore store;
  private final Coverage coverage;
  private final Duration retention;
  private final Clock clock;

  public RetentionPurge(MessageStore store, Coverage coverage, Duration retention, Clock clock) {
    this.store = store;
    this.coverage = coverage;
    this.retention = retention;
    this.clock = clock;
  }

  @Override
  public void run() {
    try {
      Instant cutoff = clock.instant().minus(retention);
      int removed = store.purgeBefore(cutoff);
      coverage.purgeBefore(cutoff);
      log.info("Retention purge removed {} messages older than {} days", removed, retention.toDays());
    } catch (RuntimeException e) {
      log.warn("Retention purge failed; will try again tomorrow", e);
    }
  }
}

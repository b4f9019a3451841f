package dev.roundup.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * One firing of a scheduled item: which item, when it was meant to run and when its instant's
 * trigger actually fired. {@code scheduledFor} is the instant the schedule asked for, kept even
 * when the run is late (Quartz itself forgets it when it fires a misfired trigger "now").
 *
 * @param recoveredFrom null for an ordinary firing; when Quartz re-fires the instant of a node that
 *                      died while running it (cluster recovery), that node's id: its unfinished
 *                      claims for this instant may be taken over
 */
public record Firing(long id, Instant scheduledFor, Instant firedAt, String recoveredFrom) {

  /** An ordinary firing (not a recovery). */
  public Firing(long id, Instant scheduledFor, Instant firedAt) {
    this(id, scheduledFor, firedAt, null);
  }

  /** True when this re-runs an instant a failed node was running. */
  public boolean recovering() {
    return recoveredFrom != null;
  }

  /** How far behind its schedule this run is (zero when early or on time). */
  public Duration lateness() {
    Duration late = Duration.between(scheduledFor, firedAt);
    return late.isNegative() ? Duration.ZERO : late;
  }

  /** True when the run is later than the tolerance, e.g. after the app was down. */
  public boolean lateBy(Duration tolerance) {
    return lateness().compareTo(tolerance) > 0;
  }
}

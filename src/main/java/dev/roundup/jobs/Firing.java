package dev.roundup.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * One firing of a scheduled item: which item, when it was meant to run and when it actually ran.
 * {@code scheduledFor} is the instant the schedule asked for, kept even when the run is late
 * (Quartz itself forgets it when it fires a misfired trigger "now").
 */
public record Firing(long id, Instant scheduledFor, Instant firedAt) {

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

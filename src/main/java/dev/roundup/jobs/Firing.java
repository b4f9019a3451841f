package dev.roundup.jobs;

import java.time.Clock;
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

  /**
   * How far ahead of Roundup's clock a firing may come and still be on time: Quartz stops waiting
   * for a trigger when about 2 ms remain, so a firing can come a little before its instant.
   */
  public static final Duration EARLY_FIRING = Duration.ofSeconds(1);

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

  /**
   * True when {@code due} is still ahead of the clock by more than {@link #EARLY_FIRING}: a firing
   * for it came early (a clock moved by hand, as in the sandbox or a test) and is left alone.
   */
  public static boolean ahead(Instant due, Clock clock) {
    return due.isAfter(clock.instant().plus(EARLY_FIRING));
  }
}

package dev.roundup.schedule;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * How often a schedule runs, and the floor a recurring summary keeps: a summary or digest every
 * few minutes would flood its readers and Slack's rate limits, so tasks and digests share one
 * floor and one refusal.
 */
public final class Cadence {

  /** Runs looked at to find the shortest gap ("every 15 minutes between 9am and 5pm" varies). */
  private static final int RUNS_LOOKED_AT = 8;

  private Cadence() {}

  /**
   * Why {@code s} runs more often than {@code floor} allows, in words naming {@code what} runs
   * ("summary", "digest"), or empty when it does not.
   */
  public static Optional<String> tooOften(Schedule s, Duration floor, String what, ZonedDateTime now) {
    if (!s.recurring()) {
      return Optional.empty();
    }
    Duration gap = shortestGap(s, now);
    if (gap.compareTo(floor) >= 0) {
      return Optional.empty();
    }
    // The schedule's own description often is the gap ("every 5 minutes"): say it once.
    return Optional.of("A recurring " + what + " may run at most every " + words(floor) + "; this one "
        + "would run every " + words(gap) + ". Pick a longer interval, e.g. `every " + words(floor)
        + "` or `every weekday at 9am`.");
  }

  /** The shortest gap between the next runs of {@code s} after {@code now}. */
  static Duration shortestGap(Schedule s, ZonedDateTime now) {
    List<ZonedDateTime> runs = s.next(now.withZoneSameInstant(s.zone()), RUNS_LOOKED_AT);
    Duration shortest = s.typicalPeriod();
    for (int i = 1; i < runs.size(); i++) {
      Duration gap = Duration.between(runs.get(i - 1), runs.get(i));
      if (shortest.isZero() || gap.compareTo(shortest) < 0) {
        shortest = gap;
      }
    }
    return shortest;
  }

  /** "15 minutes", "hour", "6 hours". */
  static String words(Duration d) {
    long minutes = d.toMinutes();
    if (minutes % 60 != 0 || minutes < 60) {
      return minutes + " minute" + (minutes == 1 ? "" : "s");
    }
    long hours = minutes / 60;
    return hours == 1 ? "hour" : hours + " hours";
  }
}

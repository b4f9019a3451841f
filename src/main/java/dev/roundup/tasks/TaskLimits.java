package dev.roundup.tasks;

import java.time.Duration;

/**
 * Limits that keep one person from flooding Slack or the summarizer.
 *
 * @param maxActivePerUser      active (not paused, not finished) tasks one person may have
 * @param minSummaryInterval    shortest gap allowed between runs of a recurring summarize/digest
 * @param lateAfter             a run later than this after its time is marked late
 * @param failuresBeforePause   consecutive failed runs after which a task pauses itself
 */
public record TaskLimits(int maxActivePerUser, Duration minSummaryInterval, Duration lateAfter,
    int failuresBeforePause) {

  public static final TaskLimits DEFAULT =
      new TaskLimits(25, Duration.ofHours(1), Duration.ofMinutes(1), 3);
}

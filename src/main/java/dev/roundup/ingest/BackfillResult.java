package dev.roundup.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What a backfill achieved for one channel window.
 *
 * @param missing the parts of the window still not in the store (empty when complete)
 * @param calls   Slack Web API calls made
 * @param stored  messages stored
 * @param problem why it stopped early (deadline, a Slack error), or null
 */
public record BackfillResult(String channel, Instant from, Instant to, List<TimeRange> missing,
    int calls, int stored, String problem) {

  public BackfillResult {
    missing = List.copyOf(missing);
  }

  public boolean complete() {
    return missing.isEmpty();
  }

  /** The earliest moment from which the window is held without a break up to its end. */
  public Instant coveredFrom() {
    return missing.isEmpty() ? from : missing.get(missing.size() - 1).to();
  }
}

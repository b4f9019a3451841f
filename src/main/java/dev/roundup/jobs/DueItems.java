package dev.roundup.jobs;

import java.time.Instant;
import java.util.List;

/**
 * Lists one kind's items that are due at exactly one instant: what a firing of that instant runs.
 * Implemented by the feature from its own table (where each item keeps its next run), so the
 * scheduler holds one trigger per instant, not one per item.
 */
@FunctionalInterface
public interface DueItems {

  /** The ids of the active items whose next run is {@code instant} (to the millisecond). */
  List<Long> at(Instant instant);
}

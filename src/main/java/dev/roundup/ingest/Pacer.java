package dev.roundup.ingest;

import dev.roundup.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spaces calls to each Slack method so no more than its budget go out in any minute: the budget
 * is the app's (per method, per workspace), so one pacer serves every backfill of the process.
 * Waiting beyond a deadline is refused instead, so a digest can go out with what it has.
 *
 * <p>A caller reserves its time slot under the lock and waits for it outside, so a backfill
 * waiting minutes for its budget never holds up callers of other methods, nor later callers of
 * its own method, who reserve the slots after it.
 */
public final class Pacer {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final Clock clock;
  private final Sleeper sleeper;
  /** Per method, the times calls went or will go out, in order; guarded by {@code this}. */
  private final Map<String, List<Instant>> slots = new HashMap<>();

  public Pacer(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until a call to {@code method} fits its budget and counts it.
   *
   * @return false (without waiting) when the call could not go out before the deadline
   */
  public boolean acquire(String method, MethodBudget budget, Instant deadline)
      throws InterruptedException {
    Instant slot = reserve(method, budget.requestsPerMinute(), deadline);
    if (slot == null) {
      return false;
    }
    Duration wait = Duration.between(clock.instant(), slot);
    if (!wait.isNegative() && !wait.isZero()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        // The call will not go out: give its slot to the next caller.
        release(method, slot);
        throw e;
      }
    }
    return true;
  }

  /** Counts a call made outside the pacer's control (a retry after Retry-After). */
  public synchronized void record(String method) {
    Instant now = clock.instant();
    insertInOrder(slotsOf(method, now), now);
  }

  /**
   * The earliest time the next call may go out (now, or when the {@code perMinute}-th latest slot
   * leaves the window), recorded as taken; null, and nothing recorded, when that is after the
   * deadline.
   */
  private synchronized Instant reserve(String method, int perMinute, Instant deadline) {
    Instant now = clock.instant();
    List<Instant> taken = slotsOf(method, now);
    Instant slot = now;
    if (taken.size() >= perMinute) {
      Instant freed = taken.get(taken.size() - perMinute).plus(WINDOW);
      if (freed.isAfter(slot)) {
        slot = freed;
      }
    }
    if (slot.isAfter(deadline)) {
      return null;
    }
    insertInOrder(taken, slot);
    return slot;
  }

  private synchronized void release(String method, Instant slot) {
    List<Instant> taken = slots.get(method);
    if (taken != null) {
      taken.remove(slot);
    }
  }

  /** The method's slots, without those that left the window before {@code now}. */
  private List<Instant> slotsOf(String method, Instant now) {
    List<Instant> taken = slots.computeIfAbsent(method, m -> new ArrayList<>());
    int expired = 0;
    while (expired < taken.size() && !taken.get(expired).plus(WINDOW).isAfter(now)) {
      expired++;
    }
    taken.subList(0, expired).clear();
    return taken;
  }

  /**
   * Adds a slot keeping the list in time order (a recorded call can come before slots reserved for
   * later), so the {@code perMinute}-th latest is found by position.
   */
  private static void insertInOrder(List<Instant> taken, Instant slot) {
    int at = taken.size();
    while (at > 0 && taken.get(at - 1).isAfter(slot)) {
      at--;
    }
    taken.add(at, slot);
  }
}

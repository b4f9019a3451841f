package dev.roundup.ingest;

import dev.roundup.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces calls to each Slack method so no more than its budget go out in any minute: the budget
 * is the app's (per method, per workspace), so one pacer serves every backfill of the process.
 * Waiting beyond a deadline is refused instead, so a digest can go out with what it has.
 */
public final class Pacer {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Deque<Instant>> sent = new HashMap<>();

  public Pacer(Clock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Waits until a call to {@code method} fits its budget and counts it.
   *
   * @return false (without waiting) when the call could not go out before the deadline
   */
  public synchronized boolean acquire(String method, MethodBudget budget, Instant deadline)
      throws InterruptedException {
    Deque<Instant> calls = sent.computeIfAbsent(method, m -> new ArrayDeque<>());
    while (true) {
      Instant now = clock.instant();
      while (!calls.isEmpty() && !calls.peekFirst().plus(WINDOW).isAfter(now)) {
        calls.pollFirst();
      }
      if (calls.size() < budget.requestsPerMinute()) {
        calls.addLast(now);
        return true;
      }
      Instant free = calls.peekFirst().plus(WINDOW);
      if (free.isAfter(deadline)) {
        return false;
      }
      sleeper.sleep(Duration.between(now, free));
    }
  }

  /** Counts a call made outside the pacer's control (a retry after Retry-After). */
  public synchronized void record(String method) {
    sent.computeIfAbsent(method, m -> new ArrayDeque<>()).addLast(clock.instant());
  }
}

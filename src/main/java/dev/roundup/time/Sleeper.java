package dev.roundup.time;

import java.time.Duration;

/**
 * Waits (for a rate limit's Retry-After, a retry backoff, a pacing budget). Injectable so tests of
 * that logic record the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** The production sleeper: really waits. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}

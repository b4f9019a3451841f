package dev.roundup.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Per-method sliding-window limits. A call over the limit is refused with the whole seconds
 * (rounded up) until the oldest counted call leaves the window — what Slack's Retry-After says.
 */
final class RateLimits {

  private record Limit(int maxRequests, Duration window, Deque<Instant> accepted) {}

  private final Map<String, Limit> limits = new HashMap<>();
  private Clock clock = Clock.systemUTC();

  synchronized void setClock(Clock clock) {
    this.clock = clock;
  }

  synchronized void limit(String method, int maxRequests, Duration window) {
    if (maxRequests < 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("need maxRequests >= 0 and a positive window");
    }
    limits.put(method, new Limit(maxRequests, window, new ArrayDeque<>()));
  }

  synchronized void clear() {
    limits.clear();
  }

  /** Counts the call if allowed; otherwise answers the Retry-After seconds. */
  synchronized OptionalLong tryAcquire(String method) {
    Limit limit = limits.get(method);
    if (limit == null) {
      return OptionalLong.empty();
    }
    Instant now = clock.instant();
    Instant windowStart = now.minus(limit.window());
    while (!limit.accepted().isEmpty() && !limit.accepted().peekFirst().isAfter(windowStart)) {
      limit.accepted().pollFirst();
    }
    if (limit.accepted().size() < limit.maxRequests()) {
      limit.accepted().addLast(now);
      return OptionalLong.empty();
    }
    Instant freeAt = limit.accepted().isEmpty() ? now.plus(limit.window())
        : limit.accepted().peekFirst().plus(limit.window());
    long millis = Duration.between(now, freeAt).toMillis();
    return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
  }
}

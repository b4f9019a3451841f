package dev.roundup.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/**
 * Errors queued by tests (the next call(s) to a method answer {@code ok:false} with them) and
 * latency (every call to a method takes at least this long to answer, as a slow Slack would).
 */
final class Faults {

  private final Map<String, Queue<String>> pending = new HashMap<>();
  private final Map<String, Duration> latency = new HashMap<>();

  synchronized void setLatency(String method, Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      latency.remove(method);
    } else {
      latency.put(method, delay);
    }
  }

  synchronized Duration latency(String method) {
    return latency.getOrDefault(method, Duration.ZERO);
  }

  synchronized void failNext(String method, String error) {
    pending.computeIfAbsent(method, m -> new ArrayDeque<>()).add(error);
  }

  synchronized Optional<String> take(String method) {
    Queue<String> errors = pending.get(method);
    return errors == null ? Optional.empty() : Optional.ofNullable(errors.poll());
  }
}

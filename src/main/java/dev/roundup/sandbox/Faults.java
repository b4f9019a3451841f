package dev.roundup.sandbox;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/** Errors queued by tests: the next call(s) to a method answer {@code ok:false} with them. */
final class Faults {

  private final Map<String, Queue<String>> pending = new HashMap<>();

  synchronized void failNext(String method, String error) {
    pending.computeIfAbsent(method, m -> new ArrayDeque<>()).add(error);
  }

  synchronized Optional<String> take(String method) {
    Queue<String> errors = pending.get(method);
    return errors == null ? Optional.empty() : Optional.ofNullable(errors.poll());
  }
}

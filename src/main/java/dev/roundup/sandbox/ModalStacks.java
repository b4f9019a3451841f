package dev.roundup.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The modals open on each person's screen, newest on top, by view id. */
final class ModalStacks {

  private final Map<String, Deque<String>> open = new HashMap<>();

  synchronized void push(String userId, String viewId) {
    open.computeIfAbsent(userId, u -> new ArrayDeque<>()).push(viewId);
  }

  synchronized void close(String userId, String viewId) {
    Deque<String> stack = open.get(userId);
    if (stack != null) {
      stack.remove(viewId);
    }
  }

  /** Closes all of a person's modals, as {@code response_action: clear} does. */
  synchronized void clear(String userId) {
    open.remove(userId);
  }

  synchronized Optional<String> top(String userId) {
    Deque<String> stack = open.get(userId);
    return stack == null ? Optional.empty() : Optional.ofNullable(stack.peek());
  }
}

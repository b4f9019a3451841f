package dev.roundup.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trigger ids the emulator handed out, and whose action each came from; each may open one view,
 * as in Slack, and that view opens for that person.
 */
final class Triggers {

  private final Map<String, String> issued = new ConcurrentHashMap<>();
  private final Set<String> exchanged = ConcurrentHashMap.newKeySet();

  /** A fresh id in Slack's shape ({@code digits.digits.hex}) for an action by {@code userId}. */
  String issue(String userId) {
    String id = Interactions.triggerId();
    issued.put(id, userId == null ? "" : userId);
    return id;
  }

  /** Accepts an id built elsewhere (e.g. in a hand-made interaction payload). */
  void register(String triggerId, String userId) {
    issued.putIfAbsent(triggerId, userId == null ? "" : userId);
  }

  /** Uses up a trigger; answers the person whose action it came from ("" when unknown). */
  String exchange(String triggerId) {
    String user = issued.get(triggerId);
    if (user == null) {
      throw new SlackError("invalid_trigger_id");
    }
    if (!exchanged.add(triggerId)) {
      throw new SlackError("exchanged_trigger_id");
    }
    return user;
  }

  Optional<String> userOf(String triggerId) {
    return Optional.ofNullable(issued.get(triggerId)).filter(u -> !u.isEmpty());
  }
}

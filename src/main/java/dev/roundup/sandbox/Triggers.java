package dev.roundup.sandbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Trigger ids the emulator handed out; each may open one view, as in Slack. */
final class Triggers {

  private final Set<String> issued = ConcurrentHashMap.newKeySet();
  private final Set<String> exchanged = ConcurrentHashMap.newKeySet();

  /** A fresh id in Slack's shape ({@code digits.digits.hex}). */
  String issue() {
    String id = Interactions.triggerId();
    issued.add(id);
    return id;
  }

  /** Accepts an id built elsewhere (e.g. in a hand-made interaction payload). */
  void register(String triggerId) {
    issued.add(triggerId);
  }

  void exchange(String triggerId) {
    if (!issued.contains(triggerId)) {
      throw new SlackError("invalid_trigger_id");
    }
    if (!exchanged.add(triggerId)) {
      throw new SlackError("exchanged_trigger_id");
    }
  }
}

package dev.roundup.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The response URLs the emulator hands out, each tied to what it answers: the person and channel
 * of a slash command, or the message whose button was clicked (so {@code replace_original} and
 * {@code delete_original} know what to replace).
 */
final class ResponseUrls {

  /**
   * Where a response goes. {@code originTs} is the message clicked (null for a slash command);
   * {@code ephemeral} says whether that message was an ephemeral one.
   */
  record Target(String user, String channel, String originTs, boolean ephemeral) {}

  private final String teamId;
  private volatile String base;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, Target> targets = new ConcurrentHashMap<>();

  ResponseUrls(String teamId) {
    this.teamId = teamId;
  }

  /** Where the emulator answers response URLs ({@code http://127.0.0.1:PORT/response/}). */
  void setBase(String base) {
    this.base = base;
  }

  String issue(Target target) {
    String id = teamId + "-" + sequence.incrementAndGet();
    if (target != null) {
      targets.put(id, target);
    }
    return base + id;
  }

  Optional<Target> target(String id) {
    return Optional.ofNullable(targets.get(id));
  }
}

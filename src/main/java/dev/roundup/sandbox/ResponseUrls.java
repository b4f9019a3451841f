package dev.roundup.sandbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
  private final Map<String, CountDownLatch> commandsInFlight = new ConcurrentHashMap<>();

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

  /**
   * A slash command's response URL, whose posts are shown only after the command's own answer
   * (the ack) is, as a person sees them in Slack: the ack comes back on the command's request
   * itself, before anything the app then posts. Call {@link #answered} once the ack is shown.
   */
  String issueForCommand(Target target) {
    String url = issue(target);
    commandsInFlight.put(url.substring(base.length()), new CountDownLatch(1));
    return url;
  }

  /** The command's ack has been shown (or the command failed): its posts may show. */
  void answered(String url) {
    CountDownLatch inFlight = commandsInFlight.remove(url.substring(base.length()));
    if (inFlight != null) {
      inFlight.countDown();
    }
  }

  /** Waits, at most as long as Slack waits for an ack, until the command of this URL is answered. */
  void awaitAnswered(String id) {
    CountDownLatch inFlight = commandsInFlight.get(id);
    if (inFlight == null) {
      return;
    }
    try {
      inFlight.await(3, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  Optional<Target> target(String id) {
    return Optional.ofNullable(targets.get(id));
  }
}

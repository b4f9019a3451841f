package dev.roundup.sandbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Slack's posting limits for {@code chat.postMessage}, modelled: about one message per second per
 * channel with short bursts tolerated, and a workspace-wide limit of several hundred per minute.
 * Each is a token bucket (a steady rate and a burst). A post over either is refused as Slack
 * refuses it: HTTP 429, {@code Retry-After} in whole seconds, {@code {"ok":false,"error":"ratelimited"}}.
 * Off until {@link SlackEmulator#limitPosting} turns it on.
 */
final class PostingLimits {

  /** A token bucket on the emulator's clock. */
  private static final class Bucket {
    final double perMilli;
    final double burst;
    double tokens;
    long at;

    Bucket(double perSecond, int burst, long nowMillis) {
      this.perMilli = perSecond / 1000.0;
      this.burst = burst;
      this.tokens = burst;
      this.at = nowMillis;
    }

    long millisUntilToken(long now) {
      if (now > at) {
        tokens = Math.min(burst, tokens + (now - at) * perMilli);
        at = now;
      }
      return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
    }
  }

  private Clock clock = Clock.systemUTC();
  private boolean on;
  private double channelPerSecond;
  private int channelBurst;
  private double workspacePerSecond;
  private int workspaceBurst;
  private Bucket workspace;
  private final Map<String, Bucket> channels = new HashMap<>();

  synchronized void setClock(Clock clock) {
    this.clock = clock;
  }

  synchronized void limit(double channelPerSecond, int channelBurst, int workspacePerMinute,
      int workspaceBurst) {
    if (channelPerSecond <= 0 || workspacePerMinute <= 0 || channelBurst < 1 || workspaceBurst < 1) {
      throw new IllegalArgumentException("rates must be positive and bursts at least 1");
    }
    this.on = true;
    this.channelPerSecond = channelPerSecond;
    this.channelBurst = channelBurst;
    this.workspacePerSecond = workspacePerMinute / 60.0;
    this.workspaceBurst = workspaceBurst;
    this.workspace = new Bucket(workspacePerSecond, workspaceBurst, clock.millis());
    this.channels.clear();
  }

  synchronized void clear() {
    on = false;
    channels.clear();
  }

  /** Counts a post to the channel if both limits allow it; otherwise answers the Retry-After seconds. */
  synchronized OptionalLong tryPost(String channel) {
    if (!on) {
      return OptionalLong.empty();
    }
    long now = clock.millis();
    Bucket inChannel = channels.computeIfAbsent(channel,
        c -> new Bucket(channelPerSecond, channelBurst, now));
    long wait = Math.max(inChannel.millisUntilToken(now), workspace.millisUntilToken(now));
    if (wait > 0) {
      return OptionalLong.of(Math.max(1, (wait + 999) / 1000));
    }
    inChannel.tokens -= 1;
    workspace.tokens -= 1;
    return OptionalLong.empty();
  }
}

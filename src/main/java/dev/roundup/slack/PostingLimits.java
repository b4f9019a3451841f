package dev.roundup.slack;

/**
 * The pace the {@link OutboundQueue} keeps to, modelled on Slack's limits for
 * {@code chat.postMessage}: about one message per second per channel (short bursts tolerated) and
 * several hundred per minute per workspace. Each is a token bucket: a steady rate and a burst.
 * A rate of zero means no limit (benchmarks of Roundup's own speed).
 *
 * @param channelPerSecond   steady messages per second into one channel (or one person's DM)
 * @param channelBurst       messages one channel may take at once after a quiet spell
 * @param workspacePerMinute steady messages per minute into the whole workspace
 * @param workspaceBurst     messages the workspace may take at once after a quiet spell
 */
public record PostingLimits(double channelPerSecond, int channelBurst, int workspacePerMinute,
    int workspaceBurst) {

  /** Roundup's defaults: one a second per channel (bursts of 3), 300 a minute (bursts of 10). */
  public static final PostingLimits SLACK = new PostingLimits(1, 3, 300, 10);
  /** No pacing at all; Slack's 429s are still honoured. */
  public static final PostingLimits UNLIMITED = new PostingLimits(0, 1, 0, 1);

  public PostingLimits {
    if (channelPerSecond < 0 || workspacePerMinute < 0 || channelBurst < 1 || workspaceBurst < 1) {
      throw new IllegalArgumentException("rates are zero (no limit) or positive, bursts at least 1");
    }
  }
}

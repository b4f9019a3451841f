package dev.roundup.slack;

import java.time.Duration;
import java.util.Optional;

/**
 * A Slack Web API call failed: {@code ok:false} with Slack's error code, a rate limit that outlasted
 * our patience, or the network. {@link #error()} is Slack's code ({@code not_in_channel}) or one of
 * ours ({@code network_error}); {@link SlackErrors#explain} turns it into a sentence.
 */
public final class SlackCallException extends RuntimeException {

  private final String method;
  private final String error;
  private final String needed;
  private final Duration retryAfter;

  public SlackCallException(String method, String error, String needed, Throwable cause) {
    this(method, error, needed, null, cause);
  }

  /** @param retryAfter for {@code ratelimited}: how long Slack asked to wait, else null */
  public SlackCallException(String method, String error, String needed, Duration retryAfter,
      Throwable cause) {
    super(method + " failed: " + error + (needed == null ? "" : " (needs " + needed + ")"), cause);
    this.method = method;
    this.error = error;
    this.needed = needed;
    this.retryAfter = retryAfter;
  }

  public String method() {
    return method;
  }

  public String error() {
    return error;
  }

  /** For a rate limit that was not waited out: how long Slack asked to wait before trying again. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The missing OAuth scope for {@code missing_scope}, else null. */
  public String needed() {
    return needed;
  }
}

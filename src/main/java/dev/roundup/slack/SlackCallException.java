package dev.roundup.slack;

/**
 * A Slack Web API call failed: {@code ok:false} with Slack's error code, a rate limit that outlasted
 * our patience, or the network. {@link #error()} is Slack's code ({@code not_in_channel}) or one of
 * ours ({@code network_error}); {@link SlackErrors#explain} turns it into a sentence.
 */
public final class SlackCallException extends RuntimeException {

  private final String method;
  private final String error;
  private final String needed;

  public SlackCallException(String method, String error, String needed, Throwable cause) {
    super(method + " failed: " + error + (needed == null ? "" : " (needs " + needed + ")"), cause);
    this.method = method;
    this.error = error;
    this.needed = needed;
  }

  public String method() {
    return method;
  }

  public String error() {
    return error;
  }

  /** The missing OAuth scope for {@code missing_scope}, else null. */
  public String needed() {
    return needed;
  }
}

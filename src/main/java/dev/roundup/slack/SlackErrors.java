package dev.roundup.slack;

/** Turns Slack error codes into sentences a person can act on. */
public final class SlackErrors {

  private SlackErrors() {}

  public static String explain(SlackCallException e) {
    return switch (e.error()) {
      case "not_in_channel" ->
          "I'm not in that channel. Invite me with `/invite @roundup` and ask again.";
      case "channel_not_found" ->
          "I can't see that channel. If it's private, invite me with `/invite @roundup` first.";
      case "thread_not_found", "message_not_found" ->
          "I can't find that thread any more; it may have been deleted.";
      case "is_archived" -> "That channel is archived, so I can't post there.";
      case "missing_scope" -> "I'm missing the `" + e.needed()
          + "` permission. Ask a workspace admin to reinstall Roundup from its manifest.";
      case "invalid_auth", "not_authed", "token_revoked", "account_inactive", "token_expired" ->
          "My Slack token is no longer valid. Ask a workspace admin to reinstall Roundup.";
      case "ratelimited" -> "Slack is rate-limiting me right now. Please try again in a few minutes.";
      case "network_error" -> "I couldn't reach Slack. Please try again in a minute.";
      case "user_not_found" -> "I couldn't find that user.";
      default -> unexplained(e);
    };
  }

  /** Slack's own failures, which pass: worth the same request again shortly. */
  private static final java.util.Set<String> ON_SLACKS_SIDE = java.util.Set.of("internal_error",
      "fatal_error", "service_unavailable", "request_timeout", "timeout", "upstream_error");

  /**
   * An error without a sentence of its own: its code and method stay in sight (what an admin or
   * Slack's support will ask for), followed by what to do next.
   */
  private static String unexplained(SlackCallException e) {
    String what = "(`" + e.error() + "` from " + e.method() + ")";
    return ON_SLACKS_SIDE.contains(e.error())
        ? "Slack had a problem on its side " + what + ". Please try again in a minute; if it keeps "
            + "failing, tell your Slack admin, with the error code."
        : "Slack refused the request " + what + ". Please try again in a minute; if it keeps "
            + "failing, tell your Slack admin, with the error code: they can check Roundup's "
            + "permissions and the workspace's settings.";
  }
}

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
      default -> "Slack refused the request (`" + e.error() + "` from " + e.method() + ").";
    };
  }
}

package dev.roundup.install;

import java.util.List;

/**
 * The bot scopes Roundup asks for when a workspace installs it: the same list as manifest.yml's
 * {@code oauth_config.scopes.bot} (a test holds the two together), so an install through
 * {@code /slack/install} grants what the manifest promises.
 */
public final class BotScopes {

  public static final List<String> ALL = List.of("app_mentions:read", "channels:history", "channels:read",
      "groups:history", "files:read", "groups:read", "chat:write", "commands", "im:write", "im:history", "users:read");

  private BotScopes() {}

  /** The scopes as Slack's authorize URL takes them. */
  public static String commaSeparated() {
    return String.join(",", ALL);
  }
}

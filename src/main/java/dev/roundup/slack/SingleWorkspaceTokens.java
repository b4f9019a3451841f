package dev.roundup.slack;

import java.util.Objects;
import java.util.Optional;

/**
 * Single-workspace mode: the one configured bot token ({@code SLACK_BOT_TOKEN}) speaks for the
 * workspace {@code auth.test} said it belongs to, and for no other.
 */
public final class SingleWorkspaceTokens implements WorkspaceTokens {

  private final String teamId;
  private final String botToken;

  public SingleWorkspaceTokens(String teamId, String botToken) {
    this.teamId = Objects.requireNonNull(teamId);
    this.botToken = Objects.requireNonNull(botToken);
  }

  @Override
  public Optional<String> botToken(String teamId) {
    return this.teamId.equals(teamId) ? Optional.of(botToken) : Optional.empty();
  }
}

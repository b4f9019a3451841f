package dev.roundup.slack;

import java.util.Optional;

/** Which bot token speaks for a workspace: one token in single-workspace mode, the stored installation's otherwise. */
public interface WorkspaceTokens {
  /** The bot token installed in {@code teamId}; empty when Roundup is not (or no longer) installed there. */
  Optional<String> botToken(String teamId);

  /**
   * The user Roundup is in {@code teamId} (whose mentions are requests and whose posts are its
   * own), when the installation says; empty when it does not, and the one {@code auth.test} answered
   * stands.
   */
  default Optional<String> botUserId(String teamId) {
    return Optional.empty();
  }
}

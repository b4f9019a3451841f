package dev.roundup.install;

import com.slack.api.bolt.model.Bot;
import dev.roundup.slack.WorkspaceTokens;
import java.util.Optional;

/** {@link WorkspaceTokens} in multi-workspace mode: the bot token stored for the workspace, refreshed when due. */
public final class InstalledBotTokens implements WorkspaceTokens {

  private final JdbcInstallationService installations;

  public InstalledBotTokens(JdbcInstallationService installations) {
    this.installations = installations;
  }

  @Override
  public Optional<String> botToken(String teamId) {
    return installations.findBotOfTeam(teamId).map(Bot::getBotAccessToken);
  }

  /** The bot user Roundup is in that workspace (its mentions are requests), from the installation. */
  public Optional<String> botUserId(String teamId) {
    return installations.findBotOfTeam(teamId).map(Bot::getBotUserId);
  }
}

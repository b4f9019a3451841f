package dev.roundup.install;

import com.slack.api.bolt.model.Bot;
import dev.roundup.slack.WorkspaceTokens;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link WorkspaceTokens} in multi-workspace mode: the bot token stored for the workspace, refreshed when due. */
public final class InstalledBotTokens implements WorkspaceTokens {

  private final JdbcInstallationService installations;
  /**
   * Bot user ids by team: asked for every message a summary reads, and an app's bot user in a
   * workspace does not change, so the installation is read once (tokens are read every time: they
   * rotate).
   */
  private final Map<String, String> botUsers = new ConcurrentHashMap<>();

  public InstalledBotTokens(JdbcInstallationService installations) {
    this.installations = installations;
  }

  @Override
  public Optional<String> botToken(String teamId) {
    return installations.findBotOfTeam(teamId).map(Bot::getBotAccessToken);
  }

  /** The bot user Roundup is in that workspace (its mentions are requests), from the installation. */
  @Override
  public Optional<String> botUserId(String teamId) {
    String known = botUsers.get(teamId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<String> found = installations.findBotOfTeam(teamId).map(Bot::getBotUserId);
    found.ifPresent(id -> botUsers.put(teamId, id));
    return found;
  }
}

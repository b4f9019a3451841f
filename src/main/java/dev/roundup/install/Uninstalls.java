package dev.roundup.install;

import com.slack.api.bolt.model.builtin.DefaultBot;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Roundup does when a workspace takes it out: {@code app_uninstalled} deletes every token
 * stored for the workspace, {@code tokens_revoked} the revoked ones (the bot's, people's); when the
 * bot token is gone, the workspace-removed hook is told (it stops the workspace's tasks and digests).
 */
public final class Uninstalls {

  private static final Logger log = LoggerFactory.getLogger(Uninstalls.class);

  private final JdbcInstallationService installations;
  private final Consumer<String> workspaceRemoved;

  /** @param workspaceRemoved told the team id of a workspace Roundup can no longer speak in */
  public Uninstalls(JdbcInstallationService installations, Consumer<String> workspaceRemoved) {
    this.installations = installations;
    this.workspaceRemoved = workspaceRemoved;
  }

  public void appUninstalled(String enterpriseId, String teamId) {
    installations.deleteAll(enterpriseId, teamId);
    log.info("Roundup was uninstalled from workspace {}; its tokens are deleted", teamId);
    workspaceRemoved.accept(teamId);
  }

  /**
   * @param botUserIds  the bot users whose tokens were revoked (Roundup's own, if any)
   * @param userIds     the people whose user tokens were revoked
   */
  public void tokensRevoked(String enterpriseId, String teamId, List<String> botUserIds, List<String> userIds) {
    int users = userIds.isEmpty() ? 0 : installations.deleteUserTokens(enterpriseId, teamId, userIds);
    if (!botUserIds.isEmpty()) {
      DefaultBot bot = new DefaultBot();
      bot.setEnterpriseId(enterpriseId);
      bot.setTeamId(teamId);
      installations.deleteBot(bot);
      log.info("The bot token in workspace {} was revoked and is deleted ({} user token(s) too)", teamId, users);
      workspaceRemoved.accept(teamId);
    } else if (users > 0) {
      log.info("{} revoked user token(s) in workspace {} deleted", users, teamId);
    }
  }
}

package dev.roundup.install;

import com.slack.api.bolt.model.builtin.DefaultBot;
import dev.roundup.store.WorkspaceDirectory;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Roundup does when a workspace takes it out: {@code app_uninstalled} deletes every token
 * stored for the workspace, {@code tokens_revoked} the revoked ones (the bot's, people's); when the
 * bot token is gone, the workspace-removed hook is told (it stops the workspace's tasks and digests).
 *
 * <p>When an Enterprise Grid org takes out an org-wide installation, the hook is told every
 * workspace recorded in that org ({@link WorkspaceDirectory}) that no installation of its own still
 * speaks for; when it takes the installation out of some of its workspaces
 * ({@code team_access_revoked}), each of those.
 */
public final class Uninstalls {

  private static final Logger log = LoggerFactory.getLogger(Uninstalls.class);

  private final JdbcInstallationService installations;
  private final WorkspaceDirectory directory;
  private final Consumer<String> workspaceRemoved;

  /** @param workspaceRemoved told the team id of a workspace Roundup can no longer speak in */
  public Uninstalls(JdbcInstallationService installations, WorkspaceDirectory directory,
      Consumer<String> workspaceRemoved) {
    this.installations = installations;
    this.directory = directory;
    this.workspaceRemoved = workspaceRemoved;
  }

  /**
   * Whether an event is about an org-wide installation: its authorization says so, or it names an
   * org and no workspace of it (Slack puts the org's id, or nothing, where the team would be).
   */
  public static boolean orgWide(String enterpriseId, String teamId, boolean enterpriseInstall) {
    return enterpriseId != null && (enterpriseInstall || teamId == null || teamId.isBlank()
        || teamId.equals(enterpriseId));
  }

  /** @param enterpriseInstall the event came for an org-wide installation */
  public void appUninstalled(String enterpriseId, String teamId, boolean enterpriseInstall) {
    if (orgWide(enterpriseId, teamId, enterpriseInstall)) {
      installations.deleteAll(enterpriseId, null);
      log.info("Roundup was uninstalled from Enterprise Grid org {}; its org-wide tokens are deleted", enterpriseId);
      orgRemoved(enterpriseId);
      return;
    }
    installations.deleteAll(enterpriseId, teamId);
    log.info("Roundup was uninstalled from workspace {}; its tokens are deleted", teamId);
    workspaceRemoved.accept(teamId);
  }

  /**
   * @param botUserIds  the bot users whose tokens were revoked (Roundup's own, if any)
   * @param userIds     the people whose user tokens were revoked
   * @param enterpriseInstall the event came for an org-wide installation
   */
  public void tokensRevoked(String enterpriseId, String teamId, List<String> botUserIds, List<String> userIds,
      boolean enterpriseInstall) {
    boolean org = orgWide(enterpriseId, teamId, enterpriseInstall);
    String installedIn = org ? null : teamId;
    int users = userIds.isEmpty() ? 0 : installations.deleteUserTokens(enterpriseId, installedIn, userIds);
    if (!botUserIds.isEmpty()) {
      DefaultBot bot = new DefaultBot();
      bot.setEnterpriseId(enterpriseId);
      bot.setTeamId(installedIn);
      installations.deleteBot(bot);
      log.info("The bot token in {} {} was revoked and is deleted ({} user token(s) too)",
          org ? "Enterprise Grid org" : "workspace", org ? enterpriseId : teamId, users);
      if (org) {
        orgRemoved(enterpriseId);
      } else {
        workspaceRemoved.accept(teamId);
      }
    } else if (users > 0) {
      log.info("{} revoked user token(s) in {} deleted", users, org ? enterpriseId : teamId);
    }
  }

  /**
   * The org took its org-wide installation out of these workspaces ({@code team_access_revoked}):
   * each that has no installation of its own stops.
   */
  public void teamAccessRevoked(String enterpriseId, List<String> teamIds) {
    directory.orgAccess(enterpriseId, teamIds, false);
    for (String team : teamIds) {
      if (installations.findBotOfTeam(team).isEmpty()) {
        workspaceRemoved.accept(team);
      }
    }
    log.info("Enterprise Grid org {} took Roundup out of workspace(s) {}", enterpriseId, teamIds);
  }

  /**
   * The org gave its org-wide installation (back) to these workspaces ({@code team_access_granted}).
   * What was stopped stays paused, as after a reinstall.
   */
  public void teamAccessGranted(String enterpriseId, List<String> teamIds) {
    directory.orgAccess(enterpriseId, teamIds, true);
    log.info("Enterprise Grid org {} gave Roundup workspace(s) {}", enterpriseId, teamIds);
  }

  /** Each workspace of the org that nothing speaks for any more. */
  private void orgRemoved(String enterpriseId) {
    List<String> teams = directory.teamsOf(enterpriseId);
    int stopped = 0;
    for (String team : teams) {
      if (installations.findBotOfTeam(team).isEmpty()) {
        workspaceRemoved.accept(team);
        stopped++;
      }
    }
    log.info("{} of the {} workspace(s) recorded in org {} had no installation of their own and are stopped",
        stopped, teams.size(), enterpriseId);
  }
}

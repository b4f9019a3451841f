package dev.roundup.store;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Deletes everything Roundup stored for one workspace, in one transaction: its messages and what
 * it knows of their coverage, its tasks and their runs, its digests and their builds, its
 * suggestions and command log, its people's settings, the model tokens it spent and its posting
 * budget, and the record of the workspace itself (and its Grid org; a request from it records it
 * again). Rows of other workspaces are untouched. Its installation (the encrypted tokens) is not
 * purged here: uninstalling Roundup deletes it, and purging a workspace that still has Roundup
 * installed must not uninstall it.
 * Quartz triggers are shared by instant across workspaces and stay: with nothing of the workspace
 * left, a firing finds nothing of it to run.
 */
public final class WorkspacePurge {

  /** Each table (in deletion order: children first) and the statement that deletes its rows of one team. */
  private static final Map<String, String> DELETES = new LinkedHashMap<>();

  static {
    DELETES.put("task_runs", "DELETE FROM task_runs WHERE task_id IN (SELECT id FROM tasks WHERE team_id = ?)");
    DELETES.put("tasks", "DELETE FROM tasks WHERE team_id = ?");
    DELETES.put("digest_builds", "DELETE FROM digest_builds WHERE subscription_id IN "
        + "(SELECT id FROM digest_subscriptions WHERE team_id = ?)");
    DELETES.put("digest_subscriptions", "DELETE FROM digest_subscriptions WHERE team_id = ?");
    DELETES.put("messages", "DELETE FROM messages WHERE team_id = ?");
    DELETES.put("message_coverage", "DELETE FROM message_coverage WHERE team_id = ?");
    DELETES.put("channel_locks", "DELETE FROM channel_locks WHERE team_id = ?");
    DELETES.put("user_settings", "DELETE FROM user_settings WHERE team_id = ?");
    DELETES.put("suggestions", "DELETE FROM suggestions WHERE team_id = ?");
    DELETES.put("suggestion_optouts", "DELETE FROM suggestion_optouts WHERE team_id = ?");
    DELETES.put("suggestion_runs", "DELETE FROM suggestion_runs WHERE team_id = ?");
    DELETES.put("command_log", "DELETE FROM command_log WHERE team_id = ?");
    DELETES.put("llm_usage", "DELETE FROM llm_usage WHERE team_id = ?");
    DELETES.put("posting_budgets", "DELETE FROM posting_budgets WHERE team_id = ?");
    DELETES.put("workspaces", "DELETE FROM workspaces WHERE team_id = ?");
  }

  /** Tables with a team id that are not purged, and why: uninstalling removes the installation. */
  public static final java.util.Set<String> KEPT = java.util.Set.of("slack_installations",
      "slack_installers");

  private WorkspacePurge() {}

  /** The tables a purge deletes from, in order. */
  public static java.util.List<String> tables() {
    return java.util.List.copyOf(DELETES.keySet());
  }

  /** Deletes the workspace's rows; answers how many went, by table, in deletion order. */
  public static Map<String, Integer> purge(DataSource dataSource, String teamId) {
    if (teamId == null || teamId.isBlank()) {
      throw new IllegalArgumentException("a workspace's team id is needed");
    }
    return Transactions.inTransaction(dataSource, "purge workspace " + teamId, c -> {
      Map<String, Integer> deleted = new LinkedHashMap<>();
      for (Map.Entry<String, String> delete : DELETES.entrySet()) {
        try (PreparedStatement ps = c.prepareStatement(delete.getValue())) {
          ps.setString(1, teamId);
          deleted.put(delete.getKey(), ps.executeUpdate());
        }
      }
      return deleted;
    });
  }
}

package dev.roundup.store;

import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Single-workspace mode's start-up step: rows stored before Roundup knew workspaces (team id
 * {@link Workspace#NONE}, as migration V13 left them) become the rows of the one workspace the bot
 * token belongs to. A row whose key the workspace already holds (another node adopted first, or
 * stored it again since) is left as it is, unread. A multi-workspace install never adopts: no one
 * can say whose those rows were.
 */
public final class WorkspaceAdoption {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceAdoption.class);

  /** Each table, and the columns besides team_id that make a row's key (none: not keyed by them). */
  private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("messages", List.of("channel", "ts"));
    TABLES.put("message_coverage", List.of("channel", "from_micros"));
    TABLES.put("user_settings", List.of("user_id"));
    TABLES.put("digest_subscriptions", List.of());
  }

  private WorkspaceAdoption() {}

  /** Gives the rows of no workspace to {@code teamId}; answers how many moved. */
  public static int adopt(DataSource dataSource, String teamId) {
    int moved = Transactions.inTransaction(dataSource, "adopt the rows stored before workspaces", c -> {
      int n = 0;
      for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
        try (PreparedStatement ps = c.prepareStatement(adoptSql(table.getKey(), table.getValue()))) {
          ps.setString(1, teamId);
          ps.setString(2, Workspace.NONE);
          if (!table.getValue().isEmpty()) {
            ps.setString(3, teamId);
          }
          n += ps.executeUpdate();
        }
      }
      return n;
    });
    if (moved > 0) {
      log.info("{} row(s) stored before workspaces now belong to workspace {}", moved, teamId);
    }
    return moved;
  }

  private static String adoptSql(String table, List<String> key) {
    String sql = "UPDATE " + table + " SET team_id = ? WHERE team_id = ?";
    if (key.isEmpty()) {
      return sql;
    }
    StringBuilder same = new StringBuilder();
    for (String column : key) {
      same.append(" AND o.").append(column).append(" = ").append(table).append('.').append(column);
    }
    return sql + " AND NOT EXISTS (SELECT 1 FROM " + table + " o WHERE o.team_id = ?" + same + ")";
  }
}

package dev.roundup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A purge reaches every table that keeps a workspace's rows, and only that workspace's. */
class WorkspacePurgeTest {

  @OnEachDatabase
  void every_table_with_a_team_id_is_purged_or_kept_for_a_stated_reason(ScratchDatabase db)
      throws SQLException {
    Set<String> withTeam = tables(db, "AND LOWER(column_name) = 'team_id'");
    Set<String> covered = new HashSet<>(WorkspacePurge.tables());
    covered.addAll(WorkspacePurge.KEPT);
    assertThat(withTeam).as("tables with a team_id").isNotEmpty();
    assertThat(covered).containsAll(withTeam);
    // task_runs and digest_builds have no team id of their own: they go with their task or digest.
    assertThat(tables(db, "")).as("no purge of a table that does not exist").containsAll(covered);
  }

  private static Set<String> tables(ScratchDatabase db, String condition) throws SQLException {
    Set<String> tables = new HashSet<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.columns "
            + "WHERE table_schema = CURRENT_SCHEMA " + condition);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  @OnEachDatabase
  void the_tokens_spent_and_the_posting_budget_of_one_workspace_go_and_the_other_s_stay(
      ScratchDatabase db) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String team : new String[] {"T1", "T2"}) {
        s.execute("INSERT INTO llm_usage (team_id, usage_day, task_id, tokens) VALUES ('" + team
            + "', DATE '2026-11-30', 0, 1200)");
      }
    }
    assertThat(WorkspacePurge.purge(db.dataSource(), "T1")).containsEntry("llm_usage", 1)
        .containsKey("posting_budgets");
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT team_id FROM llm_usage")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("T2");
      assertThat(rs.next()).isFalse();
    }
  }
}

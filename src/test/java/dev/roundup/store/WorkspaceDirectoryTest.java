package dev.roundup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The workspaces table's contract, on H2 and on PostgreSQL. */
class WorkspaceDirectoryTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));

  @OnEachDatabase
  void a_workspace_is_recorded_with_its_grid_org_and_the_org_lists_its_workspaces(ScratchDatabase db) {
    WorkspaceDirectory directory = new WorkspaceDirectory(db.dataSource(), clock);

    directory.record("T1", "E1");
    directory.record("T2", "E1");
    directory.record("T3", null);
    directory.record("T4", "E2");

    assertThat(directory.enterpriseOf("T1")).contains("E1");
    assertThat(directory.enterpriseOf("T3")).isEmpty();
    assertThat(directory.enterpriseOf("T9")).isEmpty();
    assertThat(directory.teamsOf("E1")).containsExactly("T1", "T2");
    assertThat(directory.teamsOf("E3")).isEmpty();
    assertThat(directory.teams()).containsExactly("T1", "T2", "T3", "T4");
    // Another node (a fresh directory) reads what this one wrote.
    assertThat(new WorkspaceDirectory(db.dataSource(), clock).enterpriseOf("T4")).contains("E2");
  }

  @OnEachDatabase
  void a_known_workspace_costs_no_write_until_the_recheck_and_a_missing_row_then_comes_back(ScratchDatabase db)
      throws SQLException {
    WorkspaceDirectory directory = new WorkspaceDirectory(db.dataSource(), clock);
    directory.record("T1", "E1");
    execute(db.dataSource(), "DELETE FROM workspaces");

    directory.record("T1", "E1");
    directory.record("T1", null);
    assertThat(new WorkspaceDirectory(db.dataSource(), clock).teams()).as("no write while known").isEmpty();

    clock.advance(WorkspaceDirectory.RECHECK.plus(Duration.ofSeconds(1)));
    directory.record("T1", "E1");
    assertThat(new WorkspaceDirectory(db.dataSource(), clock).enterpriseOf("T1")).contains("E1");
  }

  @OnEachDatabase
  void a_changed_org_is_written_at_once_and_a_request_naming_no_org_never_clears_one(ScratchDatabase db) {
    WorkspaceDirectory directory = new WorkspaceDirectory(db.dataSource(), clock);
    directory.record("T1", null);
    directory.record("T1", "E1");
    assertThat(new WorkspaceDirectory(db.dataSource(), clock).enterpriseOf("T1")).contains("E1");

    clock.advance(WorkspaceDirectory.RECHECK.multipliedBy(2));
    directory.record("T1", null);
    directory.record("T1", "");
    assertThat(new WorkspaceDirectory(db.dataSource(), clock).enterpriseOf("T1")).contains("E1");

    directory.record("T1", "E2");
    assertThat(new WorkspaceDirectory(db.dataSource(), clock).teamsOf("E2")).containsExactly("T1");
    assertThat(directory.teamsOf("E1")).isEmpty();
  }

  @OnEachDatabase
  void an_org_taking_its_installation_out_of_a_workspace_stops_it_speaking_there_until_given_back(
      ScratchDatabase db) {
    WorkspaceDirectory directory = new WorkspaceDirectory(db.dataSource(), clock);
    directory.record("T1", "E1");
    directory.record("T2", "E1");
    assertThat(directory.orgSpeaksFor("T1")).contains("E1");

    directory.orgAccess("E1", List.of("T1", "T3"), false);

    WorkspaceDirectory elsewhere = new WorkspaceDirectory(db.dataSource(), clock);
    assertThat(directory.orgSpeaksFor("T1")).isEmpty();
    assertThat(elsewhere.orgSpeaksFor("T1")).as("another node reads it").isEmpty();
    assertThat(elsewhere.orgSpeaksFor("T3")).as("a workspace first named by the revocation").isEmpty();
    assertThat(elsewhere.enterpriseOf("T3")).contains("E1");
    assertThat(directory.orgSpeaksFor("T2")).contains("E1");
    directory.record("T1", "E1");
    assertThat(directory.orgSpeaksFor("T1")).as("a request does not undo it").isEmpty();

    directory.orgAccess("E1", List.of("T1"), true);
    assertThat(directory.orgSpeaksFor("T1")).contains("E1");
  }

  @OnEachDatabase
  void a_request_naming_no_workspace_records_nothing(ScratchDatabase db) {
    WorkspaceDirectory directory = new WorkspaceDirectory(db.dataSource(), clock);

    directory.record(null, "E1");
    directory.record(Workspace.NONE, "E1");

    assertThat(directory.teams()).isEmpty();
  }

  @OnEachDatabase
  void purging_a_workspace_deletes_its_record_and_no_other(ScratchDatabase db) {
    WorkspaceDirectory directory = new WorkspaceDirectory(db.dataSource(), clock);
    directory.record("T1", "E1");
    directory.record("T2", "E1");

    assertThat(WorkspacePurge.purge(db.dataSource(), "T1")).containsEntry("workspaces", 1);

    assertThat(new WorkspaceDirectory(db.dataSource(), clock).teamsOf("E1")).containsExactly("T2");
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}

package dev.roundup.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.MigrationTarget;
import dev.roundup.ScratchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A reminder its recipient stopped before the stop had a column of its own stays stopped by them
 * after the migration; a task paused for any other reason is stopped by nobody.
 */
class TaskStoppedByMigrationTest {

  @ParameterizedTest
  @EnumSource(ScratchDatabase.Kind.class)
  void a_stop_told_only_by_the_pause_reason_is_kept(ScratchDatabase.Kind kind) throws SQLException {
    MigrationTarget target = MigrationTarget.open(kind);
    try {
      target.migrate("17");
      try (Connection c = target.connect(); Statement s = c.createStatement()) {
        String columns = "INSERT INTO tasks (owner_id, team_id, action, targets, body, delivery_kind, "
            + "delivery_channel, phrase, schedule_spec, zone_id, created_at, paused, pause_reason) VALUES ";
        s.execute(columns + "('U1', 'T1', 'REMIND', 'U2', 'ping me back', 'DM', 'U2', 'every day at 9am', "
            + "'every day at 9am', 'UTC', CURRENT_TIMESTAMP, TRUE, 'stopped by <@U2>, whom it reminded')");
        s.execute(columns + "('U1', 'T1', 'SUMMARIZE', 'C1', '', 'DM', 'U1', 'every day at 9am', "
            + "'every day at 9am', 'UTC', CURRENT_TIMESTAMP, TRUE, 'Roundup was removed from <#C1>')");
        s.execute(columns + "('U1', 'T1', 'REMIND', 'U3', 'stretch', 'DM', 'U3', 'every day at 9am', "
            + "'every day at 9am', 'UTC', CURRENT_TIMESTAMP, FALSE, NULL)");
      }
      target.migrate("latest");
      Map<String, String> stoppedBy = new HashMap<>();
      try (Connection c = target.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT body, stopped_by FROM tasks")) {
        while (rs.next()) {
          stoppedBy.put(rs.getString(1), rs.getString(2));
        }
      }
      assertThat(stoppedBy).containsEntry("ping me back", "U2").containsEntry("", null)
          .containsEntry("stretch", null);
    } finally {
      target.drop();
    }
  }
}

package dev.roundup.tasks;

import dev.roundup.slack.Destination;
import dev.roundup.store.SqlTimes;
import dev.roundup.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The {@code tasks} row as {@link TaskRepository} and {@link TaskRuns} both read it (a claimed run
 * is read back with its task), and the one-statement update both use.
 */
final class TaskRows {

  static final String COLUMNS = "id, owner_id, team_id, action, targets, body, delivery_kind, "
      + "delivery_channel, delivery_thread_ts, phrase, schedule_spec, zone_id, created_at, paused, "
      + "consecutive_failures, last_run_at, next_run_at, pause_reason, left_out, stopped_by";

  /** {@link #COLUMNS} of the task table named {@code t}. */
  static final String TASK_COLUMNS = Arrays.stream(COLUMNS.split(", "))
      .map(column -> "t." + column).collect(Collectors.joining(", "));

  private TaskRows() {}

  /** Binds a statement's parameters. */
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Runs one update statement; answers the rows it changed. */
  static int update(DataSource dataSource, String what, String sql, Binder binder) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not " + what, e);
    }
  }

  /** Binds every column but the id, from parameter {@code i}; answers the next parameter. */
  static int bind(PreparedStatement ps, Task t, int i) throws SQLException {
    ps.setString(i++, t.ownerId());
    ps.setString(i++, t.teamId());
    ps.setString(i++, t.action().name());
    ps.setString(i++, String.join(",", t.targets()));
    ps.setString(i++, t.body());
    ps.setString(i++, t.destination().kind().name());
    ps.setString(i++, t.destination().channelId());
    ps.setString(i++, t.destination().threadTs());
    ps.setString(i++, t.phrase());
    ps.setString(i++, t.scheduleSpec());
    ps.setString(i++, t.zone().getId());
    SqlTimes.set(ps, i++, t.createdAt());
    ps.setBoolean(i++, t.paused());
    ps.setInt(i++, t.consecutiveFailures());
    SqlTimes.set(ps, i++, t.lastRunAt());
    SqlTimes.set(ps, i++, t.nextRunAt());
    ps.setString(i++, t.pauseReason());
    ps.setString(i++, t.leftOut());
    return i;
  }

  static Task read(ResultSet rs) throws SQLException {
    return new Task(rs.getLong("id"), rs.getString("owner_id"), rs.getString("team_id"),
        ActionKind.valueOf(rs.getString("action")),
        Arrays.asList(rs.getString("targets").split(",")), rs.getString("body"),
        new Destination(Destination.Kind.valueOf(rs.getString("delivery_kind")),
            rs.getString("delivery_channel"), rs.getString("delivery_thread_ts")),
        rs.getString("phrase"), rs.getString("schedule_spec"), ZoneId.of(rs.getString("zone_id")),
        SqlTimes.instant(rs, "created_at"), rs.getBoolean("paused"),
        rs.getInt("consecutive_failures"), SqlTimes.instant(rs, "last_run_at"),
        SqlTimes.instant(rs, "next_run_at"), rs.getString("pause_reason"),
        rs.getString("left_out"), rs.getString("stopped_by"));
  }

  /** Text cut to a column's length. */
  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}

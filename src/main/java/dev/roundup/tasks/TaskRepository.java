package dev.roundup.tasks;

import dev.roundup.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Tasks and their runs in the database (tables {@code tasks} and {@code task_runs}). */
public final class TaskRepository {

  private static final String COLUMNS = "id, owner_id, team_id, action, targets, body, delivery_kind, "
      + "delivery_channel, delivery_thread_ts, phrase, schedule_spec, zone_id, created_at, paused, "
      + "consecutive_failures, last_run_at, next_run_at";

  private final DataSource dataSource;

  public TaskRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Saves a new task (its id is ignored) and returns it with the id the database gave it. */
  public Task insert(Task t) {
    String sql = "INSERT INTO tasks (owner_id, team_id, action, targets, body, delivery_kind, "
        + "delivery_channel, delivery_thread_ts, phrase, schedule_spec, zone_id, created_at, paused, "
        + "consecutive_failures, last_run_at, next_run_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      bind(ps, t, 1);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return withId(t, keys.getLong(1));
      }
    } catch (SQLException e) {
      throw new StoreException("could not save a task for " + t.ownerId(), e);
    }
  }

  /** Saves many new tasks in one transaction (imports, benchmarks); returns them with their ids. */
  public List<Task> insertAll(List<Task> batch) {
    String sql = "INSERT INTO tasks (owner_id, team_id, action, targets, body, delivery_kind, "
        + "delivery_channel, delivery_thread_ts, phrase, schedule_spec, zone_id, created_at, paused, "
        + "consecutive_failures, last_run_at, next_run_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
        for (Task t : batch) {
          bind(ps, t, 1);
          ps.addBatch();
        }
        ps.executeBatch();
        List<Task> saved = new ArrayList<>();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          for (Task t : batch) {
            keys.next();
            saved.add(withId(t, keys.getLong(1)));
          }
        }
        c.commit();
        return saved;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("could not save " + batch.size() + " tasks", e);
    }
  }

  private static Task withId(Task t, long id) {
    return new Task(id, t.ownerId(), t.teamId(), t.action(), t.targets(), t.body(), t.destination(),
        t.phrase(), t.scheduleSpec(), t.zone(), t.createdAt(), t.paused(), t.consecutiveFailures(),
        t.lastRunAt(), t.nextRunAt());
  }

  /** Overwrites every field of a stored task. */
  public void update(Task t) {
    String sql = "UPDATE tasks SET owner_id=?, team_id=?, action=?, targets=?, body=?, delivery_kind=?, "
        + "delivery_channel=?, delivery_thread_ts=?, phrase=?, schedule_spec=?, zone_id=?, created_at=?, "
        + "paused=?, consecutive_failures=?, last_run_at=?, next_run_at=? WHERE id=?";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      int next = bind(ps, t, 1);
      ps.setLong(next, t.id());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not update task " + t.id(), e);
    }
  }

  public Optional<Task> find(long id) {
    List<Task> found = query("SELECT " + COLUMNS + " FROM tasks WHERE id = ?", ps -> ps.setLong(1, id));
    return found.stream().findFirst();
  }

  /** A person's tasks, oldest first. */
  public List<Task> byOwner(String ownerId) {
    return query("SELECT " + COLUMNS + " FROM tasks WHERE owner_id = ? ORDER BY id",
        ps -> ps.setString(1, ownerId));
  }

  /** Every task of the workspace, oldest first, at most {@code limit}. */
  public List<Task> all(int limit) {
    return query("SELECT " + COLUMNS + " FROM tasks ORDER BY id LIMIT ?", ps -> ps.setInt(1, limit));
  }

  /** Tasks that are neither paused nor finished. */
  public int countActive(String ownerId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tasks "
            + "WHERE owner_id = ? AND paused = FALSE AND next_run_at IS NOT NULL")) {
      ps.setString(1, ownerId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException("could not count tasks of " + ownerId, e);
    }
  }

  /** Removes the task and its run history. */
  public void delete(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement runs = c.prepareStatement("DELETE FROM task_runs WHERE task_id = ?");
        PreparedStatement task = c.prepareStatement("DELETE FROM tasks WHERE id = ?")) {
      runs.setLong(1, id);
      runs.executeUpdate();
      task.setLong(1, id);
      task.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not delete task " + id, e);
    }
  }

  public void recordRun(TaskRun run) {
    String sql = "INSERT INTO task_runs (task_id, scheduled_for, started_at, ended_at, outcome, "
        + "message_ts, error) VALUES (?,?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, run.taskId());
      setInstant(ps, 2, run.scheduledFor());
      setInstant(ps, 3, run.startedAt());
      setInstant(ps, 4, run.endedAt());
      ps.setString(5, run.outcome());
      ps.setString(6, run.messageTs());
      ps.setString(7, run.error() == null ? null : truncate(run.error(), 1000));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not record a run of task " + run.taskId(), e);
    }
  }

  /** The task's runs, oldest first. */
  public List<TaskRun> runs(long taskId) {
    String sql = "SELECT task_id, scheduled_for, started_at, ended_at, outcome, message_ts, error "
        + "FROM task_runs WHERE task_id = ? ORDER BY id";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, taskId);
      List<TaskRun> runs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          runs.add(new TaskRun(rs.getLong(1), instant(rs, 2), instant(rs, 3), instant(rs, 4),
              rs.getString(5), rs.getString(6), rs.getString(7)));
        }
      }
      return runs;
    } catch (SQLException e) {
      throw new StoreException("could not read runs of task " + taskId, e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<Task> query(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<Task> tasks = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tasks.add(read(rs));
        }
      }
      return tasks;
    } catch (SQLException e) {
      throw new StoreException("could not read tasks", e);
    }
  }

  private static int bind(PreparedStatement ps, Task t, int i) throws SQLException {
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
    setInstant(ps, i++, t.createdAt());
    ps.setBoolean(i++, t.paused());
    ps.setInt(i++, t.consecutiveFailures());
    setInstant(ps, i++, t.lastRunAt());
    setInstant(ps, i++, t.nextRunAt());
    return i;
  }

  private static Task read(ResultSet rs) throws SQLException {
    return new Task(rs.getLong("id"), rs.getString("owner_id"), rs.getString("team_id"),
        ActionKind.valueOf(rs.getString("action")),
        Arrays.asList(rs.getString("targets").split(",")), rs.getString("body"),
        new Destination(Destination.Kind.valueOf(rs.getString("delivery_kind")),
            rs.getString("delivery_channel"), rs.getString("delivery_thread_ts")),
        rs.getString("phrase"), rs.getString("schedule_spec"), ZoneId.of(rs.getString("zone_id")),
        instant(rs, rs.findColumn("created_at")), rs.getBoolean("paused"),
        rs.getInt("consecutive_failures"), instant(rs, rs.findColumn("last_run_at")),
        instant(rs, rs.findColumn("next_run_at")));
  }

  private static void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }
  }

  private static Instant instant(ResultSet rs, int i) throws SQLException {
    OffsetDateTime value = rs.getObject(i, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}

package dev.roundup.tasks;

import dev.roundup.store.Workspace;
import dev.roundup.store.DueIds;
import dev.roundup.store.SqlTimes;
import dev.roundup.store.StoreException;
import dev.roundup.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Tasks in the database (table {@code tasks}; their runs are {@link TaskRuns}, reached through
 * {@link #runs()}). Runs change a task through narrow updates (counters, next run, pause) rather than by rewriting the row, so
 * a run finishing while the owner edits the task, or a "run now" beside a scheduled run, never
 * undoes the other's change.
 */
public final class TaskRepository {

  private final DataSource dataSource;

  private final TaskRuns runs;

  public TaskRepository(DataSource dataSource) {
    this.dataSource = dataSource;
    this.runs = new TaskRuns(dataSource);
  }

  /** The tasks' runs, in the same database. */
  public TaskRuns runs() {
    return runs;
  }

  /** Saves a new task (its id is ignored) and returns it with the id the database gave it. */
  public Task insert(Task t) {
    String sql = "INSERT INTO tasks (owner_id, team_id, action, targets, body, delivery_kind, "
        + "delivery_channel, delivery_thread_ts, phrase, schedule_spec, zone_id, created_at, paused, "
        + "consecutive_failures, last_run_at, next_run_at, pause_reason, left_out) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      TaskRows.bind(ps, t, 1);
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
        + "consecutive_failures, last_run_at, next_run_at, pause_reason, left_out) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return Transactions.inTransaction(dataSource, "save " + batch.size() + " tasks", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
        for (Task t : batch) {
          TaskRows.bind(ps, t, 1);
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
        return saved;
      }
    });
  }

  private static Task withId(Task t, long id) {
    return new Task(id, t.ownerId(), t.teamId(), t.action(), t.targets(), t.body(), t.destination(),
        t.phrase(), t.scheduleSpec(), t.zone(), t.createdAt(), t.paused(), t.consecutiveFailures(),
        t.lastRunAt(), t.nextRunAt(), t.pauseReason(), t.leftOut(), t.stoppedBy());
  }

  /**
   * Replaces what a task does and when (an edit), and its next run; its counters, history and
   * pause state stay.
   */
  public void replace(long id, TaskRequest r, Instant nextRunAt) {
    update("replace task " + id, "UPDATE tasks SET action=?, targets=?, body=?, delivery_kind=?, "
        + "delivery_channel=?, delivery_thread_ts=?, phrase=?, schedule_spec=?, zone_id=?, "
        + "next_run_at=?, left_out=NULL WHERE id=?", ps -> {
          ps.setString(1, r.action().name());
          ps.setString(2, String.join(",", r.targets()));
          ps.setString(3, r.body());
          ps.setString(4, r.destination().kind().name());
          ps.setString(5, r.destination().channelId());
          ps.setString(6, r.destination().threadTs());
          ps.setString(7, r.phrase());
          ps.setString(8, r.schedule().spec());
          ps.setString(9, r.schedule().zone().getId());
          SqlTimes.set(ps, 10, nextRunAt);
          ps.setLong(11, id);
        });
  }

  /** Pauses a task; {@code reason} says why when Roundup paused it (null: its owner did). */
  public void pause(long id, String reason) {
    update("pause task " + id, "UPDATE tasks SET paused=TRUE, pause_reason=? WHERE id=?", ps -> {
      ps.setString(1, reason == null ? null : TaskRows.truncate(reason, 1000));
      ps.setLong(2, id);
    });
  }

  /**
   * Pauses a reminder for good on behalf of the person it reminds ({@code stoppedBy}), saying so
   * in its pause reason for its owner.
   */
  public void stop(long id, String stoppedBy, String reason) {
    update("stop task " + id, "UPDATE tasks SET paused=TRUE, pause_reason=?, stopped_by=? WHERE id=?",
        ps -> {
          ps.setString(1, TaskRows.truncate(reason, 1000));
          ps.setString(2, stoppedBy);
          ps.setLong(3, id);
        });
  }

  /**
   * Pauses every active task of the workspace (Roundup was removed from it), saying why; answers
   * how many. A paused task is not planned again, and a firing of its instant skips it.
   */
  public int pauseWorkspace(String teamId, String reason) {
    return update("pause the tasks of " + teamId,
        "UPDATE tasks SET paused=TRUE, pause_reason=? WHERE team_id=? AND paused=FALSE", ps -> {
          ps.setString(1, TaskRows.truncate(reason, 1000));
          ps.setString(2, teamId);
        });
  }

  /**
   * Resumes a task from {@code nextRunAt}, with its failure count, pause reason and a stop by
   * someone it no longer reminds cleared.
   */
  public void resume(long id, Instant nextRunAt) {
    update("resume task " + id, "UPDATE tasks SET paused=FALSE, pause_reason=NULL, stopped_by=NULL, "
        + "consecutive_failures=0, left_out=NULL, next_run_at=? WHERE id=?", ps -> {
          SqlTimes.set(ps, 1, nextRunAt);
          ps.setLong(2, id);
        });
  }

  /**
   * Plans the next run after a scheduled one, unless the task was edited (its schedule changed) or
   * paused meanwhile; answers whether it did. {@code next} null marks a one-off finished.
   */
  public boolean advance(long id, String expectedSpec, Instant next) {
    return update("plan the next run of task " + id, "UPDATE tasks SET next_run_at=? "
        + "WHERE id=? AND schedule_spec=? AND paused=FALSE", ps -> {
          SqlTimes.set(ps, 1, next);
          ps.setLong(2, id);
          ps.setString(3, expectedSpec);
        }) > 0;
  }

  /**
   * Counts a run's outcome in one statement: success resets the consecutive failures, failure adds
   * one. Answers the count afterwards.
   */
  public int recordOutcome(long id, boolean ok, Instant ranAt) {
    return Transactions.inTransaction(dataSource, "count a run of task " + id, c -> {
      try (PreparedStatement up = c.prepareStatement("UPDATE tasks SET consecutive_failures = "
          + "CASE WHEN ? THEN 0 ELSE consecutive_failures + 1 END, last_run_at = ? WHERE id = ?");
          PreparedStatement read = c.prepareStatement(
              "SELECT consecutive_failures FROM tasks WHERE id = ?")) {
        up.setBoolean(1, ok);
        SqlTimes.set(up, 2, ranAt);
        up.setLong(3, id);
        up.executeUpdate();
        read.setLong(1, id);
        try (ResultSet rs = read.executeQuery()) {
          return rs.next() ? rs.getInt(1) : 0;
        }
      }
    });
  }

  /**
   * Records a scheduled run that posted, in one transaction: the run's outcome, the task's
   * counters, and its next run — unless the task was edited (its schedule changed) or paused
   * meanwhile, as {@link #advance}. Answers whether the next run was planned.
   */
  public boolean recordScheduledSuccess(long runId, long taskId, Instant endedAt, String messageTs,
      String note, Instant ranAt, String expectedSpec, Instant next) {
    return recordScheduledSuccesses(List.of(new Success(runId, taskId, endedAt, messageTs, note,
        ranAt, expectedSpec, next)))[0];
  }

  /**
   * A scheduled run that posted, to be recorded.
   *
   * @param ranAt        when the run started (the task's last run)
   * @param expectedSpec the schedule the next run was computed from
   * @param next         the next run, or null when the task is finished
   */
  public record Success(long runId, long taskId, Instant endedAt, String messageTs, String note,
      Instant ranAt, String expectedSpec, Instant next) {}

  /**
   * Records many scheduled runs that posted, as {@link #recordScheduledSuccess} does one, in one
   * transaction of three batched statements: one commit instead of thousands when the runs of 9:00
   * finish together. Answers, for each in order, whether its next run was planned.
   */
  public boolean[] recordScheduledSuccesses(List<Success> successes) {
    return Transactions.inTransaction(dataSource, "record " + successes.size() + " run(s)", c -> {
      try (PreparedStatement run = c.prepareStatement("UPDATE task_runs SET ended_at=?, outcome=?, "
              + "message_ts=?, error=? WHERE id=?");
          PreparedStatement advance = c.prepareStatement("UPDATE tasks SET consecutive_failures=0, "
              + "last_run_at=?, next_run_at=? WHERE id=? AND schedule_spec=? AND paused=FALSE");
          PreparedStatement counters = c.prepareStatement("UPDATE tasks SET consecutive_failures=0, "
              + "last_run_at=? WHERE id=?")) {
        for (Success s : successes) {
          SqlTimes.set(run, 1, s.endedAt());
          run.setString(2, TaskRun.OK);
          run.setString(3, s.messageTs());
          run.setString(4, s.note());
          run.setLong(5, s.runId());
          run.addBatch();
          SqlTimes.set(advance, 1, s.ranAt());
          SqlTimes.set(advance, 2, s.next());
          advance.setLong(3, s.taskId());
          advance.setString(4, s.expectedSpec());
          advance.addBatch();
        }
        run.executeBatch();
        int[] advanced = advance.executeBatch();
        boolean[] planned = new boolean[successes.size()];
        boolean edited = false;
        for (int i = 0; i < planned.length; i++) {
          planned[i] = advanced[i] > 0;
          if (!planned[i]) {
            // Edited or paused meanwhile: count the run, leave the next run as the edit set it.
            SqlTimes.set(counters, 1, successes.get(i).ranAt());
            counters.setLong(2, successes.get(i).taskId());
            counters.addBatch();
            edited = true;
          }
        }
        if (edited) {
          counters.executeBatch();
        }
        return planned;
      }
    });
  }

  /** Sets the next run of many tasks in one transaction (imports, benchmarks). */
  public void setNextRuns(Map<Long, Instant> runs) {
    Transactions.inTransaction(dataSource, "plan " + runs.size() + " tasks", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE tasks SET next_run_at=? WHERE id=?")) {
        for (Map.Entry<Long, Instant> e : runs.entrySet()) {
          SqlTimes.set(ps, 1, e.getValue());
          ps.setLong(2, e.getKey());
          ps.addBatch();
        }
        return ps.executeBatch().length;
      }
    });
  }

  /** Remembers what the last run left out under the privacy rule (null: nothing). */
  public void setLeftOut(long id, String leftOut) {
    update("note what task " + id + " left out", "UPDATE tasks SET left_out=? WHERE id=?", ps -> {
      ps.setString(1, leftOut == null ? null : TaskRows.truncate(leftOut, 2000));
      ps.setLong(2, id);
    });
  }

  /** Active tasks whose next run is due by {@code now}, with that run's time, earliest first. */
  public Map<Long, Instant> dueBy(Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, next_run_at FROM tasks "
            + "WHERE paused = FALSE AND next_run_at IS NOT NULL AND next_run_at <= ? ORDER BY next_run_at")) {
      SqlTimes.set(ps, 1, now);
      Map<Long, Instant> out = new java.util.LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), SqlTimes.instant(rs, 2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not list due tasks", e);
    }
  }

  /**
   * Active tasks whose next run is the instant {@code at} (to the millisecond): what the firing
   * of that instant runs.
   */
  public List<Long> dueAt(Instant at) {
    return DueIds.at(dataSource, "SELECT id FROM tasks WHERE next_run_at >= ? "
        + "AND next_run_at < ? AND paused = FALSE ORDER BY id", at, "tasks");
  }

  /** The distinct next runs of active tasks (not paused, not finished): what the sweep checks. */
  public Set<Instant> activeRunInstants() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT DISTINCT next_run_at FROM tasks "
            + "WHERE paused = FALSE AND next_run_at IS NOT NULL")) {
      Set<Instant> out = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(SqlTimes.instant(rs, 1).truncatedTo(ChronoUnit.MILLIS));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not list the next runs of active tasks", e);
    }
  }

  public Optional<Task> find(long id) {
    List<Task> found = query("SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE id = ?", ps -> ps.setLong(1, id));
    return found.stream().findFirst();
  }

  /** A person's tasks in the current workspace, oldest first. */
  public List<Task> byOwner(String ownerId) {
    return query("SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE owner_id = ? AND team_id = ? ORDER BY id", ps -> {
      ps.setString(1, ownerId);
      ps.setString(2, Workspace.current());
    });
  }

  /** Every task of the current workspace, oldest first, at most {@code limit}. */
  public List<Task> all(int limit) {
    return query("SELECT " + TaskRows.COLUMNS + " FROM tasks WHERE team_id = ? ORDER BY id LIMIT ?", ps -> {
      ps.setString(1, Workspace.current());
      ps.setInt(2, limit);
    });
  }

  /** Tasks that are neither paused nor finished. */
  public int countActive(String ownerId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tasks "
            + "WHERE owner_id = ? AND team_id = ? AND paused = FALSE AND next_run_at IS NOT NULL")) {
      ps.setString(1, ownerId);
      ps.setString(2, Workspace.current());
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

  private int update(String what, String sql, TaskRows.Binder binder) {
    return TaskRows.update(dataSource, what, sql, binder);
  }

  private List<Task> query(String sql, TaskRows.Binder binder) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<Task> tasks = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tasks.add(TaskRows.read(rs));
        }
      }
      return tasks;
    } catch (SQLException e) {
      throw new StoreException("could not read tasks", e);
    }
  }

}

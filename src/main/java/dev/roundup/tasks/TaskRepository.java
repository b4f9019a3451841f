package dev.roundup.tasks;

import dev.roundup.store.Workspace;
import dev.roundup.slack.Destination;
import dev.roundup.store.SqlStates;
import dev.roundup.store.StoreException;
import dev.roundup.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Tasks and their runs in the database (tables {@code tasks} and {@code task_runs}). Runs change
 * a task through narrow updates (counters, next run, pause) rather than by rewriting the row, so
 * a run finishing while the owner edits the task, or a "run now" beside a scheduled run, never
 * undoes the other's change.
 */
public final class TaskRepository {

  private static final String COLUMNS = "id, owner_id, team_id, action, targets, body, delivery_kind, "
      + "delivery_channel, delivery_thread_ts, phrase, schedule_spec, zone_id, created_at, paused, "
      + "consecutive_failures, last_run_at, next_run_at, pause_reason, left_out";

  /** {@link #COLUMNS} of the task table named {@code t}. */
  private static final String TASK_COLUMNS = Arrays.stream(COLUMNS.split(", "))
      .map(column -> "t." + column).collect(Collectors.joining(", "));

  private static final String RUN_COLUMNS = "task_id, scheduled_for, started_at, ended_at, outcome, "
      + "message_ts, error, id, claimed_by";

  private final DataSource dataSource;

  public TaskRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Saves a new task (its id is ignored) and returns it with the id the database gave it. */
  public Task insert(Task t) {
    String sql = "INSERT INTO tasks (owner_id, team_id, action, targets, body, delivery_kind, "
        + "delivery_channel, delivery_thread_ts, phrase, schedule_spec, zone_id, created_at, paused, "
        + "consecutive_failures, last_run_at, next_run_at, pause_reason, left_out) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
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
        + "consecutive_failures, last_run_at, next_run_at, pause_reason, left_out) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return Transactions.inTransaction(dataSource, "save " + batch.size() + " tasks", c -> {
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
        return saved;
      }
    });
  }

  private static Task withId(Task t, long id) {
    return new Task(id, t.ownerId(), t.teamId(), t.action(), t.targets(), t.body(), t.destination(),
        t.phrase(), t.scheduleSpec(), t.zone(), t.createdAt(), t.paused(), t.consecutiveFailures(),
        t.lastRunAt(), t.nextRunAt(), t.pauseReason(), t.leftOut());
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
          setInstant(ps, 10, nextRunAt);
          ps.setLong(11, id);
        });
  }

  /** Pauses a task; {@code reason} says why when Roundup paused it (null: its owner did). */
  public void pause(long id, String reason) {
    update("pause task " + id, "UPDATE tasks SET paused=TRUE, pause_reason=? WHERE id=?", ps -> {
      ps.setString(1, reason == null ? null : truncate(reason, 1000));
      ps.setLong(2, id);
    });
  }

  /**
   * Pauses every active task of the workspace (Roundup was removed from it), saying why; answers
   * how many. A paused task is not planned again, and a firing of its instant skips it.
   */
  public int pauseWorkspace(String teamId, String reason) {
    return update("pause the tasks of " + teamId,
        "UPDATE tasks SET paused=TRUE, pause_reason=? WHERE team_id=? AND paused=FALSE", ps -> {
          ps.setString(1, truncate(reason, 1000));
          ps.setString(2, teamId);
        });
  }

  /** Resumes a task from {@code nextRunAt}, with its failure count and pause reason cleared. */
  public void resume(long id, Instant nextRunAt) {
    update("resume task " + id, "UPDATE tasks SET paused=FALSE, pause_reason=NULL, "
        + "consecutive_failures=0, left_out=NULL, next_run_at=? WHERE id=?", ps -> {
          setInstant(ps, 1, nextRunAt);
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
          setInstant(ps, 1, next);
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
        setInstant(up, 2, ranAt);
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
          setInstant(run, 1, s.endedAt());
          run.setString(2, TaskRun.OK);
          run.setString(3, s.messageTs());
          run.setString(4, s.note());
          run.setLong(5, s.runId());
          run.addBatch();
          setInstant(advance, 1, s.ranAt());
          setInstant(advance, 2, s.next());
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
            setInstant(counters, 1, successes.get(i).ranAt());
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
          setInstant(ps, 1, e.getValue());
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
      ps.setString(1, leftOut == null ? null : truncate(leftOut, 2000));
      ps.setLong(2, id);
    });
  }

  /** Active tasks whose next run is due by {@code now}, with that run's time, earliest first. */
  public Map<Long, Instant> dueBy(Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id, next_run_at FROM tasks "
            + "WHERE paused = FALSE AND next_run_at IS NOT NULL AND next_run_at <= ? ORDER BY next_run_at")) {
      setInstant(ps, 1, now);
      Map<Long, Instant> out = new java.util.LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), instant(rs, 2));
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
    Instant from = at.truncatedTo(ChronoUnit.MILLIS);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id FROM tasks WHERE next_run_at >= ? "
            + "AND next_run_at < ? AND paused = FALSE ORDER BY id")) {
      setInstant(ps, 1, from);
      setInstant(ps, 2, from.plusMillis(1));
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not list the tasks due at " + at, e);
    }
  }

  /** The distinct next runs of active tasks (not paused, not finished): what the sweep checks. */
  public Set<Instant> activeRunInstants() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT DISTINCT next_run_at FROM tasks "
            + "WHERE paused = FALSE AND next_run_at IS NOT NULL")) {
      Set<Instant> out = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(instant(rs, 1).truncatedTo(ChronoUnit.MILLIS));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not list the next runs of active tasks", e);
    }
  }

  public Optional<Task> find(long id) {
    List<Task> found = query("SELECT " + COLUMNS + " FROM tasks WHERE id = ?", ps -> ps.setLong(1, id));
    return found.stream().findFirst();
  }

  /** A person's tasks in the current workspace, oldest first. */
  public List<Task> byOwner(String ownerId) {
    return query("SELECT " + COLUMNS + " FROM tasks WHERE owner_id = ? AND team_id = ? ORDER BY id", ps -> {
      ps.setString(1, ownerId);
      ps.setString(2, Workspace.current());
    });
  }

  /** Every task of the current workspace, oldest first, at most {@code limit}. */
  public List<Task> all(int limit) {
    return query("SELECT " + COLUMNS + " FROM tasks WHERE team_id = ? ORDER BY id LIMIT ?", ps -> {
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

  /**
   * Claims a run before it starts: records it as running by {@code node} and answers its id, or
   * empty when this planned run ({@code scheduledFor}) was claimed before, by this node or another.
   * A run by hand ({@code scheduledFor} null) is always claimed.
   */
  public Optional<Long> claimRun(long taskId, Instant scheduledFor, Instant startedAt, String node) {
    String sql = "INSERT INTO task_runs (task_id, scheduled_for, started_at, ended_at, outcome, "
        + "claimed_by) VALUES (?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      ps.setLong(1, taskId);
      setInstant(ps, 2, scheduledFor);
      setInstant(ps, 3, startedAt);
      setInstant(ps, 4, startedAt);
      ps.setString(5, TaskRun.RUNNING);
      ps.setString(6, node);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return Optional.of(keys.getLong(1));
      }
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        return Optional.empty();
      }
      throw new StoreException("could not claim a run of task " + taskId, e);
    }
  }

  /** A run claimed by a firing, with its task as it was read then. */
  public record ClaimedRun(long runId, Task task) {}

  /** Task ids per claiming statement: a few statements for 5,000 tasks, none of them long. */
  private static final int CLAIM_CHUNK = 500;

  /**
   * Claims, for the planned instant, the run of each listed task that is due then, active, and not
   * claimed yet, in a few statements (one per {@value #CLAIM_CHUNK} tasks, each over a range of
   * ids, which the database finds by its primary key), and reads the claimed runs back with their
   * tasks in one query. Answers them by task id. A task missing from the answer was claimed before,
   * is no longer due then, or its statement lost a race with another node's claim (a unique
   * violation claims nothing of that statement): its firing goes the one-at-a-time way,
   * {@link #claimRun}, which settles it. A task that fell due at the instant after the list was
   * read is released again, so only the listed tasks are claimed.
   */
  public Map<Long, ClaimedRun> claimDue(List<Long> taskIds, Instant scheduledFor, Instant startedAt,
      String node) {
    String token = UUID.randomUUID().toString();
    Instant at = scheduledFor.truncatedTo(ChronoUnit.MILLIS);
    String sql = "INSERT INTO task_runs (task_id, scheduled_for, started_at, ended_at, outcome, "
        + "claimed_by, claim_token) SELECT t.id, CAST(? AS TIMESTAMP WITH TIME ZONE), "
        + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
        + "CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(120)), CAST(? AS VARCHAR(36)) FROM tasks t "
        + "WHERE t.id >= ? AND t.id <= ? AND t.next_run_at >= ? AND t.next_run_at < ? "
        + "AND t.paused = FALSE "
        + "AND NOT EXISTS (SELECT 1 FROM task_runs r WHERE r.task_id = t.id AND r.scheduled_for = ?)";
    try (Connection c = dataSource.getConnection()) {
      List<Long> ids = taskIds.stream().sorted().toList();
      for (int from = 0; from < ids.size(); from += CLAIM_CHUNK) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CLAIM_CHUNK));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          setInstant(ps, 1, scheduledFor);
          setInstant(ps, 2, startedAt);
          setInstant(ps, 3, startedAt);
          ps.setString(4, TaskRun.RUNNING);
          ps.setString(5, node);
          ps.setString(6, token);
          ps.setLong(7, chunk.get(0));
          ps.setLong(8, chunk.get(chunk.size() - 1));
          setInstant(ps, 9, at);
          setInstant(ps, 10, at.plusMillis(1));
          setInstant(ps, 11, scheduledFor);
          ps.executeUpdate();
        } catch (SQLException e) {
          if (!SqlStates.isUniqueViolation(e)) {
            throw e;
          }
          // Another node claimed some of these meanwhile: each goes the one-at-a-time way.
        }
      }
      Map<Long, ClaimedRun> claimed = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT r.id AS claimed_run, " + TASK_COLUMNS
          + " FROM task_runs r JOIN tasks t ON t.id = r.task_id WHERE r.claim_token = ?")) {
        ps.setString(1, token);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Task task = read(rs);
            claimed.put(task.id(), new ClaimedRun(rs.getLong("claimed_run"), task));
          }
        }
      }
      Set<Long> listed = new HashSet<>(taskIds);
      for (ClaimedRun extra : claimed.values().stream().filter(r -> !listed.contains(r.task().id())).toList()) {
        releaseRun(extra.runId());
        claimed.remove(extra.task().id());
      }
      return claimed;
    } catch (SQLException e) {
      throw new StoreException("could not claim the runs of " + taskIds.size() + " task(s) due at "
          + scheduledFor, e);
    }
  }

  /**
   * Takes over a run that {@code deadNode} claimed and never finished (it died): the claim becomes
   * {@code node}'s, in one conditional update, so of several nodes trying only one succeeds.
   */
  public boolean takeOverRun(long runId, String deadNode, String node, Instant now) {
    return update("take over run " + runId, "UPDATE task_runs SET claimed_by=?, started_at=? "
        + "WHERE id=? AND claimed_by=? AND outcome=?", ps -> {
          ps.setString(1, node);
          setInstant(ps, 2, now);
          ps.setLong(3, runId);
          ps.setString(4, deadNode);
          ps.setString(5, TaskRun.RUNNING);
        }) > 0;
  }

  /** Gives a claimed run back (Roundup is stopping before it ran): it may be claimed again. */
  public void releaseRun(long runId) {
    update("release run " + runId, "DELETE FROM task_runs WHERE id=? AND outcome=?", ps -> {
      ps.setLong(1, runId);
      ps.setString(2, TaskRun.RUNNING);
    });
  }

  /** Records how a claimed run ended. */
  public void finishRun(long runId, Instant endedAt, String outcome, String messageTs, String error) {
    update("record run " + runId, "UPDATE task_runs SET ended_at=?, outcome=?, message_ts=?, error=? "
        + "WHERE id=?", ps -> {
          setInstant(ps, 1, endedAt);
          ps.setString(2, outcome);
          ps.setString(3, messageTs);
          ps.setString(4, error == null ? null : truncate(error, 1000));
          ps.setLong(5, runId);
        });
  }

  /** The run claimed for a planned time, if any. */
  public Optional<TaskRun> runFor(long taskId, Instant scheduledFor) {
    return runs("SELECT " + RUN_COLUMNS + " FROM task_runs WHERE task_id = ? AND scheduled_for = ?", ps -> {
          ps.setLong(1, taskId);
          setInstant(ps, 2, scheduledFor);
        }).stream().findFirst();
  }

  /** The task's runs, oldest first. */
  public List<TaskRun> runs(long taskId) {
    return runs("SELECT " + RUN_COLUMNS + " FROM task_runs WHERE task_id = ? ORDER BY id",
        ps -> ps.setLong(1, taskId));
  }

  private List<TaskRun> runs(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<TaskRun> runs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          runs.add(new TaskRun(rs.getLong(1), instant(rs, 2), instant(rs, 3), instant(rs, 4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9)));
        }
      }
      return runs;
    } catch (SQLException e) {
      throw new StoreException("could not read task runs", e);
    }
  }

  private int update(String what, String sql, Binder binder) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not " + what, e);
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
    ps.setString(i++, t.pauseReason());
    ps.setString(i++, t.leftOut());
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
        instant(rs, rs.findColumn("next_run_at")), rs.getString("pause_reason"),
        rs.getString("left_out"));
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

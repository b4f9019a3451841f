package dev.roundup.tasks;

import dev.roundup.store.SqlStates;
import dev.roundup.store.SqlTimes;
import dev.roundup.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The runs of tasks (table {@code task_runs}): each planned run claimed once across nodes before it
 * starts, taken over from a node that died, given back when stopping, and finished with its
 * outcome. The unique (task, planned time) key is what makes a run happen once.
 */
public final class TaskRuns {

  private static final String RUN_COLUMNS = "task_id, scheduled_for, started_at, ended_at, outcome, "
      + "message_ts, error, id, claimed_by";

  private final DataSource dataSource;

  public TaskRuns(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Claims a run before it starts: records it as running by {@code node} and answers its id, or
   * empty when this planned run ({@code scheduledFor}) was claimed before, by this node or another.
   * A run by hand ({@code scheduledFor} null) is always claimed.
   */
  public Optional<Long> claim(long taskId, Instant scheduledFor, Instant startedAt, String node) {
    String sql = "INSERT INTO task_runs (task_id, scheduled_for, started_at, ended_at, outcome, "
        + "claimed_by) VALUES (?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      ps.setLong(1, taskId);
      SqlTimes.set(ps, 2, scheduledFor);
      SqlTimes.set(ps, 3, startedAt);
      SqlTimes.set(ps, 4, startedAt);
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
   * {@link #claim}, which settles it. A task that fell due at the instant after the list was
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
          SqlTimes.set(ps, 1, scheduledFor);
          SqlTimes.set(ps, 2, startedAt);
          SqlTimes.set(ps, 3, startedAt);
          ps.setString(4, TaskRun.RUNNING);
          ps.setString(5, node);
          ps.setString(6, token);
          ps.setLong(7, chunk.get(0));
          ps.setLong(8, chunk.get(chunk.size() - 1));
          SqlTimes.set(ps, 9, at);
          SqlTimes.set(ps, 10, at.plusMillis(1));
          SqlTimes.set(ps, 11, scheduledFor);
          ps.executeUpdate();
        } catch (SQLException e) {
          if (!SqlStates.isUniqueViolation(e)) {
            throw e;
          }
          // Another node claimed some of these meanwhile: each goes the one-at-a-time way.
        }
      }
      Map<Long, ClaimedRun> claimed = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT r.id AS claimed_run, " + TaskRows.TASK_COLUMNS
          + " FROM task_runs r JOIN tasks t ON t.id = r.task_id WHERE r.claim_token = ?")) {
        ps.setString(1, token);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Task task = TaskRows.read(rs);
            claimed.put(task.id(), new ClaimedRun(rs.getLong("claimed_run"), task));
          }
        }
      }
      Set<Long> listed = new HashSet<>(taskIds);
      for (ClaimedRun extra : claimed.values().stream().filter(r -> !listed.contains(r.task().id())).toList()) {
        release(extra.runId());
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
  public boolean takeOver(long runId, String deadNode, String node, Instant now) {
    return TaskRows.update(dataSource, "take over run " + runId, "UPDATE task_runs SET claimed_by=?, started_at=? "
        + "WHERE id=? AND claimed_by=? AND outcome=?", ps -> {
          ps.setString(1, node);
          SqlTimes.set(ps, 2, now);
          ps.setLong(3, runId);
          ps.setString(4, deadNode);
          ps.setString(5, TaskRun.RUNNING);
        }) > 0;
  }

  /** Gives a claimed run back (Roundup is stopping before it ran): it may be claimed again. */
  public void release(long runId) {
    TaskRows.update(dataSource, "release run " + runId, "DELETE FROM task_runs WHERE id=? AND outcome=?", ps -> {
      ps.setLong(1, runId);
      ps.setString(2, TaskRun.RUNNING);
    });
  }

  /** Records how a claimed run ended. */
  public void finish(long runId, Instant endedAt, String outcome, String messageTs, String error) {
    TaskRows.update(dataSource, "record run " + runId, "UPDATE task_runs SET ended_at=?, outcome=?, message_ts=?, error=? "
        + "WHERE id=?", ps -> {
          SqlTimes.set(ps, 1, endedAt);
          ps.setString(2, outcome);
          ps.setString(3, messageTs);
          ps.setString(4, error == null ? null : TaskRows.truncate(error, 1000));
          ps.setLong(5, runId);
        });
  }

  /** The run claimed for a planned time, if any. */
  public Optional<TaskRun> planned(long taskId, Instant scheduledFor) {
    return runs("SELECT " + RUN_COLUMNS + " FROM task_runs WHERE task_id = ? AND scheduled_for = ?", ps -> {
          ps.setLong(1, taskId);
          SqlTimes.set(ps, 2, scheduledFor);
        }).stream().findFirst();
  }

  /** The task's runs, oldest first. */
  public List<TaskRun> of(long taskId) {
    return runs("SELECT " + RUN_COLUMNS + " FROM task_runs WHERE task_id = ? ORDER BY id",
        ps -> ps.setLong(1, taskId));
  }

  private List<TaskRun> runs(String sql, TaskRows.Binder binder) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<TaskRun> runs = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          runs.add(new TaskRun(rs.getLong(1), SqlTimes.instant(rs, 2), SqlTimes.instant(rs, 3), SqlTimes.instant(rs, 4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9)));
        }
      }
      return runs;
    } catch (SQLException e) {
      throw new StoreException("could not read task runs", e);
    }
  }

}

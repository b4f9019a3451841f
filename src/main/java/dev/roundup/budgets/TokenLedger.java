package dev.roundup.budgets;

import dev.roundup.llm.LlmAccount;
import dev.roundup.llm.TokenBudgets;
import dev.roundup.llm.TokenUsage;
import dev.roundup.store.SqlStates;
import dev.roundup.store.StoreException;
import dev.roundup.store.Transactions;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Model tokens spent, in the database so that every node sees the same figures: per workspace
 * per UTC day, and per task (today, and its last run). A day is the UTC day: Roundup knows no
 * single time zone for a workspace whose people sit in several, and UTC resets at the same
 * moment on every node.
 *
 * <p>Before a call, {@link #hold} adds the most the call can use to the day's figures with a
 * conditional UPDATE that refuses to pass a budget; the database's row lock makes calls made at
 * the same moment (on any node) wait for one another, so each sees what the others hold and the
 * total can pass a budget only by what a call used beyond its estimate. {@link #settle} then
 * replaces the hold by what the provider billed. A node that dies mid-call leaves its hold
 * counted, which errs on the side of spending less.
 */
public final class TokenLedger {

  /** Task id of the row that holds a workspace's total. */
  private static final long WORKSPACE = 0;

  /** Which budget refused a call. */
  public enum Refusal { NONE, WORKSPACE_DAY, TASK_RUN }

  /**
   * Tokens held for one call, to settle when it returns; or, when {@code refusal} is not NONE,
   * nothing held because a budget had no room.
   */
  public record Hold(String teamId, LocalDate day, Long taskId, String runKey, long tokens,
      Refusal refusal) {
    public boolean held() {
      return refusal == Refusal.NONE;
    }
  }

  /** A task's spending: today, and in its last run (whenever that was). */
  public record TaskSpend(long today, long lastRun) {
    public static final TaskSpend NONE = new TaskSpend(0, 0);
  }

  private final DataSource dataSource;
  private final Clock clock;

  public TokenLedger(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The UTC day budgets are counted in now. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /**
   * Holds {@code most} tokens for one call of {@code account} if the workspace's day and, for a
   * task run, the run have room for them under {@code budgets}; otherwise holds nothing and says
   * which budget refused.
   */
  public Hold hold(LlmAccount account, long most, TokenBudgets budgets) {
    LocalDate day = today();
    ensureRow(account.teamId(), day, WORKSPACE);
    if (account.isTaskRun()) {
      ensureRow(account.teamId(), day, account.taskId());
    }
    Refusal refusal = Transactions.inTransaction(dataSource, "hold LLM tokens", c -> {
      // Workspace row first, then the task's: one order everywhere, so two holds never deadlock.
      if (!holdWorkspace(c, account.teamId(), day, most, budgets.dailyPerWorkspace())) {
        return Refusal.WORKSPACE_DAY;
      }
      if (account.isTaskRun()
          && !holdTask(c, account, day, most, budgets.perTaskRun())) {
        c.rollback();
        return Refusal.TASK_RUN;
      }
      return Refusal.NONE;
    });
    return new Hold(account.teamId(), day, account.taskId(), account.runKey(),
        refusal == Refusal.NONE ? most : 0, refusal);
  }

  /** Replaces a hold by what the call used (counted as one call). */
  public void settle(Hold hold, TokenUsage used) {
    adjust(hold, used.input(), used.output(), 1, "settle LLM tokens");
  }

  /** Gives a hold back: the call failed before the provider answered it. */
  public void release(Hold hold) {
    adjust(hold, 0, 0, 0, "release LLM tokens");
  }

  /** What the workspace has spent today (including what calls under way hold). */
  public long spentToday(String teamId) {
    return Transactions.inTransaction(dataSource, "read LLM usage", c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT tokens FROM llm_usage WHERE team_id = ? AND usage_day = ? AND task_id = ?")) {
        s.setString(1, teamId);
        s.setDate(2, Date.valueOf(today()));
        s.setLong(3, WORKSPACE);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? r.getLong(1) : 0L;
        }
      }
    });
  }

  /** Each task's spending in this workspace, for the tasks asked about (absent: none). */
  public Map<Long, TaskSpend> taskSpend(String teamId, Iterable<Long> taskIds) {
    return Transactions.inTransaction(dataSource, "read task LLM usage", c -> {
      Map<Long, TaskSpend> spend = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT usage_day, tokens, run_key, run_tokens FROM llm_usage WHERE team_id = ? AND task_id = ?"
              + " ORDER BY usage_day DESC FETCH FIRST 2 ROWS ONLY")) {
        for (Long id : taskIds) {
          s.setString(1, teamId);
          s.setLong(2, id);
          long today = 0;
          Long lastRun = null;
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              if (r.getDate(1).toLocalDate().equals(today())) {
                today = r.getLong(2);
              }
              if (lastRun == null && r.getString(3) != null) {
                lastRun = r.getLong(4);
              }
            }
          }
          if (today > 0 || lastRun != null) {
            spend.put(id, new TaskSpend(today, lastRun == null ? 0 : lastRun));
          }
        }
      }
      return spend;
    });
  }

  private static boolean holdWorkspace(Connection c, String teamId, LocalDate day, long most,
      long budget) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE llm_usage SET tokens = tokens + ?"
        + " WHERE team_id = ? AND usage_day = ? AND task_id = ? AND (? = 0 OR tokens + ? <= ?)")) {
      s.setLong(1, most);
      s.setString(2, teamId);
      s.setDate(3, Date.valueOf(day));
      s.setLong(4, WORKSPACE);
      s.setLong(5, budget);
      s.setLong(6, most);
      s.setLong(7, budget);
      return s.executeUpdate() == 1;
    }
  }

  /** A run's spending starts from nothing when a new run key first spends. */
  private static boolean holdTask(Connection c, LlmAccount account, LocalDate day, long most,
      long budget) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE llm_usage SET tokens = tokens + ?,"
        + " run_tokens = CASE WHEN run_key = ? THEN run_tokens + ? ELSE ? END, run_key = ?"
        + " WHERE team_id = ? AND usage_day = ? AND task_id = ?"
        + " AND (? = 0 OR CASE WHEN run_key = ? THEN run_tokens ELSE 0 END + ? <= ?)")) {
      String run = account.runKey() == null ? "" : account.runKey();
      int i = 1;
      s.setLong(i++, most);
      s.setString(i++, run);
      s.setLong(i++, most);
      s.setLong(i++, most);
      s.setString(i++, run);
      s.setString(i++, account.teamId());
      s.setDate(i++, Date.valueOf(day));
      s.setLong(i++, account.taskId());
      s.setLong(i++, budget);
      s.setString(i++, run);
      s.setLong(i++, most);
      s.setLong(i++, budget);
      return s.executeUpdate() == 1;
    }
  }

  private void adjust(Hold hold, long input, long output, int calls, String what) {
    if (!hold.held()) {
      return;
    }
    long delta = input + output - hold.tokens();
    Transactions.inTransaction(dataSource, what, c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE llm_usage SET tokens = tokens + ?,"
          + " input_tokens = input_tokens + ?, output_tokens = output_tokens + ?,"
          + " calls = calls + ? WHERE team_id = ? AND usage_day = ? AND task_id = ?")) {
        bindAdjust(s, delta, input, output, calls, hold.teamId(), hold.day(), WORKSPACE);
        s.executeUpdate();
        if (hold.taskId() != null) {
          bindAdjust(s, delta, input, output, calls, hold.teamId(), hold.day(), hold.taskId());
          s.executeUpdate();
        }
      }
      if (hold.taskId() != null) {
        try (PreparedStatement s = c.prepareStatement("UPDATE llm_usage"
            + " SET run_tokens = run_tokens + ?"
            + " WHERE team_id = ? AND usage_day = ? AND task_id = ? AND run_key = ?")) {
          s.setLong(1, delta);
          s.setString(2, hold.teamId());
          s.setDate(3, Date.valueOf(hold.day()));
          s.setLong(4, hold.taskId());
          s.setString(5, hold.runKey() == null ? "" : hold.runKey());
          s.executeUpdate();
        }
      }
      return null;
    });
  }

  private static void bindAdjust(PreparedStatement s, long delta, long input, long output,
      int calls, String teamId, LocalDate day, long taskId) throws SQLException {
    s.setLong(1, delta);
    s.setLong(2, input);
    s.setLong(3, output);
    s.setInt(4, calls);
    s.setString(5, teamId);
    s.setDate(6, Date.valueOf(day));
    s.setLong(7, taskId);
  }

  /** The day's row, created empty if this is its first call; another node may create it first. */
  private void ensureRow(String teamId, LocalDate day, long taskId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO llm_usage (team_id, usage_day, task_id)"
            + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM llm_usage"
            + " WHERE team_id = ? AND usage_day = ? AND task_id = ?)")) {
      s.setString(1, teamId);
      s.setDate(2, Date.valueOf(day));
      s.setLong(3, taskId);
      s.setString(4, teamId);
      s.setDate(5, Date.valueOf(day));
      s.setLong(6, taskId);
      s.executeUpdate();
    } catch (SQLException e) {
      if (!SqlStates.isUniqueViolation(e)) {
        throw new StoreException("could not start the day's LLM usage", e);
      }
    }
  }
}

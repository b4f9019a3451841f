package dev.roundup.slack;

import dev.roundup.store.SqlStates;
import dev.roundup.store.StoreException;
import dev.roundup.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Each workspace's posting allowance, one token bucket row per workspace in the database (table
 * {@code posting_budgets}), shared by every node: a node takes a few permits at a time with a
 * conditional update that refills the bucket to now and takes from it in the database itself, so
 * two nodes taking at once queue on the row and never get the same permit (on PostgreSQL; H2,
 * embedded in one process, takes in turn there). The bucket refills by the wall clock; a node whose clock is behind the last refill
 * adds nothing, so clocks that disagree can only slow posting, never speed it past the limit.
 */
public final class PostingBudgetStore {

  /** What a take got: permits (0 or more), and when none, how long until one is there. */
  public record Grant(int permits, long waitMillis) {}

  private final DataSource dataSource;
  private volatile Boolean embedded;

  public PostingBudgetStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Takes up to {@code want} permits from the workspace's bucket ({@code perSecond} steady,
   * {@code burst} at most), creating it full on first use.
   */
  public Grant take(String teamId, int want, double perSecond, int burst, long nowMillis) {
    if (!embedded()) {
      return takeFromRow(teamId, want, perSecond, burst, nowMillis);
    }
    // H2 runs inside this process, so every queue sharing it is here too: take in turn. Under
    // concurrent conditional updates of one row H2 handed the same permits out twice.
    synchronized (dataSource) {
      return takeFromRow(teamId, want, perSecond, burst, nowMillis);
    }
  }

  private Grant takeFromRow(String teamId, int want, double perSecond, int burst, long nowMillis) {
    for (int attempt = 0; ; attempt++) {
      try {
        return Transactions.inTransaction(dataSource, "take posting permits for workspace "
            + teamId, c -> tryTake(c, teamId, want, perSecond, burst, nowMillis));
      } catch (StoreException e) {
        // Two nodes creating the workspace's row at once: the loser reads the winner's.
        if (attempt > 0 || !(e.getCause() instanceof SQLException sql && SqlStates.isUniqueViolation(sql))) {
          throw e;
        }
      }
    }
  }

  /**
   * What the bucket holds once refilled to {@code now}, as SQL: the clock of a node behind the last
   * refill adds nothing. Parameters: burst, now, per second.
   */
  private static final String AVAILABLE = "LEAST(CAST(? AS DOUBLE PRECISION), tokens + "
      + "(GREATEST(refilled_at, CAST(? AS BIGINT)) - refilled_at) * CAST(? AS DOUBLE PRECISION) / 1000.0)";

  /**
   * Takes {@code want} permits, or as many as the bucket holds, each in one conditional update that
   * refills and takes in the database itself: the row lock orders nodes taking at once, and each
   * update sees the other's result, so no permit is handed out twice.
   */
  private static Grant tryTake(Connection c, String teamId, int want, double perSecond, int burst,
      long nowMillis) throws SQLException {
    int permits = want;
    while (true) {
      try (PreparedStatement take = c.prepareStatement("UPDATE posting_budgets SET tokens = "
          + AVAILABLE + " - ?, refilled_at = GREATEST(refilled_at, CAST(? AS BIGINT)), "
          + "version = version + 1 WHERE team_id = ? AND " + AVAILABLE + " >= ?")) {
        int i = bindAvailable(take, 1, burst, nowMillis, perSecond);
        take.setInt(i++, permits);
        take.setLong(i++, nowMillis);
        take.setString(i++, teamId);
        i = bindAvailable(take, i, burst, nowMillis, perSecond);
        take.setInt(i, permits);
        if (take.executeUpdate() == 1) {
          return new Grant(permits, 0);
        }
      }
      // Fewer than that: see how many there are (the row may not exist yet).
      try (PreparedStatement read = c.prepareStatement("SELECT " + AVAILABLE
          + " FROM posting_budgets WHERE team_id = ?")) {
        int i = bindAvailable(read, 1, burst, nowMillis, perSecond);
        read.setString(i, teamId);
        try (ResultSet rs = read.executeQuery()) {
          if (!rs.next()) {
            return create(c, teamId, want, burst, nowMillis);
          }
          double available = rs.getDouble(1);
          int there = (int) Math.min(want, Math.floor(available));
          if (there < 1) {
            return new Grant(0, Math.max(1, (long) Math.ceil((1 - available) * 1000 / perSecond)));
          }
          permits = Math.min(there, permits - 1);
        }
      }
    }
  }

  /** True for H2 (embedded in this process); asked once. */
  private boolean embedded() {
    Boolean known = embedded;
    if (known == null) {
      try (Connection c = dataSource.getConnection()) {
        known = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2");
      } catch (SQLException e) {
        throw new StoreException("could not tell which database holds the posting budgets", e);
      }
      embedded = known;
    }
    return known;
  }

  private static int bindAvailable(PreparedStatement ps, int i, int burst, long nowMillis,
      double perSecond) throws SQLException {
    ps.setDouble(i++, burst);
    ps.setLong(i++, nowMillis);
    ps.setDouble(i++, perSecond);
    return i;
  }

  /** The workspace's first take: its bucket starts full, less what this take gets. */
  private static Grant create(Connection c, String teamId, int want, int burst, long nowMillis)
      throws SQLException {
    int permits = Math.min(want, burst);
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO posting_budgets "
        + "(team_id, tokens, refilled_at, version) VALUES (?, ?, ?, 0)")) {
      insert.setString(1, teamId);
      insert.setDouble(2, burst - permits);
      insert.setLong(3, nowMillis);
      insert.executeUpdate();
      return new Grant(permits, 0);
    }
  }
}

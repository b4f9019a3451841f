package dev.roundup.ingest;

import dev.roundup.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * The database lock of a channel ({@code channel_locks}), held until the transaction ends. Writes
 * that read a channel's rows and write back what they add up to (a parent's reply counts, merged
 * coverage ranges) take it first, so a read never misses a row that another thread or node is
 * writing at the same moment: the later writer waits, and its statements after the lock see what
 * the earlier one committed (READ COMMITTED, the default of H2 and PostgreSQL).
 *
 * <p>The lock is per channel, not per thread or per row: a thread's parent may not be stored yet
 * (a reply can arrive before it), but a channel's row can always be created, and a channel's
 * writes come at the pace people type, so waiting on one another costs nothing noticeable.
 * Channels are locked in name order, so two transactions never wait on each other in a circle.
 * A channel's lock is the current {@link Workspace}'s: a channel shared between workspaces has one
 * in each, as it has one copy of its messages in each.
 */
final class ChannelLocks {

  private ChannelLocks() {}

  /** Locks the channels in name order. */
  static void lock(Connection c, Collection<String> channels) throws SQLException {
    for (String channel : new TreeSet<>(channels)) {
      lock(c, channel);
    }
  }

  static void lock(Connection c, String channel) throws SQLException {
    if (lockRow(c, channel)) {
      return;
    }
    // The channel's first write creates its row. Two writers doing so at once: the second insert
    // waits for the first transaction, then does nothing, and the select below waits for its lock.
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO channel_locks (channel, team_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, channel);
      ps.setString(2, Workspace.current());
      ps.executeUpdate();
    }
    if (!lockRow(c, channel)) {
      throw new SQLException("the lock row of channel " + channel + " is missing after its insert");
    }
  }

  /**
   * Takes the lock named {@code name} (a row of the same table, e.g. a channel's backfill lock)
   * in the connection's transaction if no other transaction holds it; false at once when one does
   * ({@code SKIP LOCKED}: no error, which H2 would report as a timeout and the pool would take for
   * a broken connection). The row is created first, committed on its own, so that a waiting
   * insert never stands behind a holder's transaction.
   */
  static boolean tryLock(Connection c, String name) throws SQLException {
    c.setAutoCommit(true);
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO channel_locks (channel, team_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      insert.setString(1, name);
      insert.setString(2, Workspace.current());
      insert.executeUpdate();
    }
    c.setAutoCommit(false);
    try (PreparedStatement lock = c.prepareStatement(
        "SELECT channel FROM channel_locks WHERE channel = ? AND team_id = ? FOR UPDATE SKIP LOCKED")) {
      lock.setString(1, name);
      lock.setString(2, Workspace.current());
      try (ResultSet rs = lock.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static boolean lockRow(Connection c, String channel) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT channel FROM channel_locks WHERE channel = ? AND team_id = ? FOR UPDATE")) {
      ps.setString(1, channel);
      ps.setString(2, Workspace.current());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}

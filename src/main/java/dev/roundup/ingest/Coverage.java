package dev.roundup.ingest;

import dev.roundup.store.Transactions;
import dev.roundup.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * Which time ranges of each channel the message store holds completely. Two things add ranges: a
 * finished backfill page, and live events. While Roundup runs it receives every message of the
 * channels it is in, so a range that reaches the moment this process started listening
 * ({@code liveSince}) is complete up to now; a heartbeat writes that down every minute, so after a
 * crash or downtime the store knows where its knowledge stops and backfill fills the gap.
 *
 * <p>Several nodes may share the database and backfill or hear the same channel at once, so every
 * write to a channel's ranges holds the channel's database lock ({@link ChannelLocks}) for its
 * read-merge-rewrite; a lock in memory would serialise one process only.
 *
 * <p>Ranges are the current {@link Workspace}'s; the heartbeat and the purge go through every
 * workspace's, each in its own.
 */
public final class Coverage {

  private final DataSource dataSource;
  private final Clock clock;
  private final long liveSinceMicros;

  /**
   * @param liveSince when this process started receiving message events; null when it receives
   *                  none (the command line, tests of backfill alone)
   */
  public Coverage(DataSource dataSource, Clock clock, Instant liveSince) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.liveSinceMicros = liveSince == null ? Long.MAX_VALUE : SlackTs.toMicros(liveSince);
  }

  /** The ranges of a channel, merged and in order, live ones extended to now. */
  public List<TimeRange> ranges(String channel) {
    long now = SlackTs.toMicros(clock.instant());
    List<TimeRange> out = new ArrayList<>();
    for (TimeRange r : stored(channel)) {
      out.add(r.toMicros() >= liveSinceMicros ? new TimeRange(r.fromMicros(), Math.max(now, r.toMicros())) : r);
    }
    return out;
  }

  /** The parts of [from, to] the store does not cover, oldest first. */
  public List<TimeRange> gaps(String channel, Instant from, Instant to) {
    long start = SlackTs.toMicros(from);
    long end = SlackTs.toMicros(to);
    List<TimeRange> gaps = new ArrayList<>();
    long cursor = start;
    for (TimeRange r : ranges(channel)) {
      if (r.toMicros() < cursor) {
        continue;
      }
      if (r.fromMicros() > end) {
        break;
      }
      if (r.fromMicros() > cursor) {
        gaps.add(new TimeRange(cursor, r.fromMicros()));
      }
      cursor = Math.max(cursor, r.toMicros());
    }
    if (cursor < end) {
      gaps.add(new TimeRange(cursor, end));
    }
    return gaps;
  }

  /** Records that [from, to] is held completely, merging with touching ranges. */
  public void add(String channel, TimeRange range) {
    inChannelTransaction(channel, "record coverage of " + channel, c -> {
      List<TimeRange> all = stored(c, channel);
      all.add(range);
      replace(c, channel, merge(all));
      return null;
    });
  }

  /** The ranges sorted, with touching or overlapping ones joined. */
  private static List<TimeRange> merge(List<TimeRange> all) {
    all.sort(Comparator.comparingLong(TimeRange::fromMicros));
    List<TimeRange> merged = new ArrayList<>();
    for (TimeRange r : all) {
      TimeRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && r.fromMicros() <= last.toMicros()) {
        merged.set(merged.size() - 1, new TimeRange(last.fromMicros(), Math.max(last.toMicros(), r.toMicros())));
      } else {
        merged.add(r);
      }
    }
    return merged;
  }

  /**
   * A live message arrived at {@code ts}: from then on the channel is covered while this process
   * runs. Nothing to do when a live range already exists.
   */
  public void live(String channel, long tsMicros) {
    if (liveSinceMicros == Long.MAX_VALUE) {
      return;
    }
    long now = SlackTs.toMicros(clock.instant());
    boolean hasLive = stored(channel).stream().anyMatch(r -> r.toMicros() >= liveSinceMicros);
    if (!hasLive) {
      add(channel, new TimeRange(Math.min(tsMicros, now), Math.max(now, liveSinceMicros)));
    }
  }

  /**
   * A live message at {@code lostMicros} was not stored (the ingest queue was full): the live
   * coverage of the channel restarts just after it, so the part of the window before it counts as
   * a gap and the next read of that window backfills it from Slack. Called after every message
   * queued before the lost one was stored, so no later {@link #live} call reaches back over it.
   */
  public void restartLive(String channel, long lostMicros) {
    if (liveSinceMicros == Long.MAX_VALUE) {
      return;
    }
    long now = SlackTs.toMicros(clock.instant());
    inChannelTransaction(channel, "restart live coverage of " + channel, c -> {
      List<TimeRange> kept = new ArrayList<>();
      boolean live = false;
      for (TimeRange r : stored(c, channel)) {
        if (r.toMicros() < liveSinceMicros || r.fromMicros() > lostMicros) {
          kept.add(r);
          live |= r.toMicros() >= liveSinceMicros;
        } else if (r.toMicros() > lostMicros + 1) {
          kept.add(new TimeRange(lostMicros + 1, r.toMicros()));
          live = true;
        }
      }
      if (!live) {
        kept.add(new TimeRange(lostMicros + 1, Math.max(now, Math.max(liveSinceMicros, lostMicros + 1))));
      }
      replace(c, channel, merge(kept));
      return null;
    });
  }

  /**
   * Writes down that live ranges reach now (run every minute); answers how many ranges moved. Each
   * channel in its own transaction under its lock, so a merge rewriting that channel's ranges at the
   * same moment cannot write back the old end.
   */
  public int heartbeat() {
    if (liveSinceMicros == Long.MAX_VALUE) {
      return 0;
    }
    long now = SlackTs.toMicros(clock.instant());
    int moved = 0;
    for (TeamChannel tc : channelsWhere("to_micros >= ? AND to_micros < ?", liveSinceMicros, now)) {
      String channel = tc.channel();
      moved += Workspace.call(tc.team(), () -> inChannelTransaction(channel,
          "extend live coverage of " + channel, c -> execute(c, "UPDATE message_coverage SET to_micros = ? "
              + "WHERE channel = ? AND to_micros >= ? AND to_micros < ? AND team_id = ?",
              now, channel, liveSinceMicros, now, Workspace.current())));
    }
    return moved;
  }

  /**
   * Forgets coverage before the cutoff, as the messages there are purged; each channel under its
   * lock, so a merge on another node cannot write back what was just forgotten.
   */
  public void purgeBefore(Instant cutoff) {
    long cut = SlackTs.toMicros(cutoff);
    for (TeamChannel tc : channelsWhere("from_micros < ?", cut)) {
      String channel = tc.channel();
      String team = tc.team();
      Workspace.run(team, () -> inChannelTransaction(channel, "purge coverage of " + channel, c -> {
        execute(c, "DELETE FROM message_coverage WHERE channel = ? AND to_micros < ? AND team_id = ?",
            channel, cut, team);
        return execute(c, "UPDATE message_coverage SET from_micros = ? WHERE channel = ? AND from_micros < ? "
            + "AND team_id = ?", cut, channel, cut, team);
      }));
    }
  }

  /** Runs the work in one transaction that holds the channel's lock. */
  private <T> T inChannelTransaction(String channel, String what, Transactions.Work<T> work) {
    return Transactions.inTransaction(dataSource, what, c -> {
      ChannelLocks.lock(c, channel);
      return work.run(c);
    });
  }

  private List<TimeRange> stored(String channel) {
    return Transactions.inTransaction(dataSource, "read coverage of " + channel, c -> stored(c, channel));
  }

  private static List<TimeRange> stored(Connection c, String channel) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT from_micros, to_micros FROM message_coverage "
        + "WHERE channel = ? AND team_id = ? ORDER BY from_micros")) {
      ps.setString(1, channel);
      ps.setString(2, Workspace.current());
      List<TimeRange> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new TimeRange(rs.getLong(1), rs.getLong(2)));
        }
      }
      return out;
    }
  }

  private static void replace(Connection c, String channel, List<TimeRange> ranges) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM message_coverage WHERE channel = ? AND team_id = ?");
        PreparedStatement ins = c.prepareStatement(
            "INSERT INTO message_coverage (channel, from_micros, to_micros, team_id) VALUES (?, ?, ?, ?)")) {
      String team = Workspace.current();
      del.setString(1, channel);
      del.setString(2, team);
      del.executeUpdate();
      for (TimeRange r : ranges) {
        ins.setString(1, channel);
        ins.setLong(2, r.fromMicros());
        ins.setLong(3, r.toMicros());
        ins.setString(4, team);
        ins.addBatch();
      }
      ins.executeBatch();
    }
  }

  /** A channel of one workspace. */
  private record TeamChannel(String team, String channel) {}

  /** The channels, of every workspace, that have a range matching the condition (its parameters are numbers). */
  private List<TeamChannel> channelsWhere(String condition, long... args) {
    return Transactions.inTransaction(dataSource, "read covered channels", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT DISTINCT team_id, channel FROM message_coverage WHERE " + condition
              + " ORDER BY team_id, channel")) {
        for (int i = 0; i < args.length; i++) {
          ps.setLong(i + 1, args[i]);
        }
        List<TeamChannel> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new TeamChannel(rs.getString(1), rs.getString(2)));
          }
        }
        return out;
      }
    });
  }

  /** Runs one statement with the given parameters; answers the rows it changed. */
  private static int execute(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }
}

package dev.roundup.ingest;

import dev.roundup.store.StoreException;
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
  public synchronized void add(String channel, TimeRange range) {
    List<TimeRange> all = new ArrayList<>(stored(channel));
    all.add(range);
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
    replace(channel, merged);
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

  /** Writes down that live ranges reach now (run every minute). */
  public int heartbeat() {
    if (liveSinceMicros == Long.MAX_VALUE) {
      return 0;
    }
    return execute("UPDATE message_coverage SET to_micros = ? WHERE to_micros >= ? AND to_micros < ?",
        SlackTs.toMicros(clock.instant()), liveSinceMicros, SlackTs.toMicros(clock.instant()));
  }

  /** Forgets coverage before the cutoff, as the messages there are purged. */
  public void purgeBefore(Instant cutoff) {
    long c = SlackTs.toMicros(cutoff);
    execute("DELETE FROM message_coverage WHERE to_micros < ?", c);
    execute("UPDATE message_coverage SET from_micros = ? WHERE from_micros < ?", c, c);
  }

  private List<TimeRange> stored(String channel) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT from_micros, to_micros FROM message_coverage "
            + "WHERE channel = ? ORDER BY from_micros")) {
      ps.setString(1, channel);
      List<TimeRange> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new TimeRange(rs.getLong(1), rs.getLong(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not read coverage of " + channel, e);
    }
  }

  private void replace(String channel, List<TimeRange> ranges) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement del = c.prepareStatement("DELETE FROM message_coverage WHERE channel = ?");
          PreparedStatement ins = c.prepareStatement(
              "INSERT INTO message_coverage (channel, from_micros, to_micros) VALUES (?, ?, ?)")) {
        del.setString(1, channel);
        del.executeUpdate();
        for (TimeRange r : ranges) {
          ins.setString(1, channel);
          ins.setLong(2, r.fromMicros());
          ins.setLong(3, r.toMicros());
          ins.addBatch();
        }
        ins.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("could not record coverage of " + channel, e);
    }
  }

  private int execute(String sql, long... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setLong(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not update coverage", e);
    }
  }
}

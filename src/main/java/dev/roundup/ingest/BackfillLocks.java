package dev.roundup.ingest;

import dev.roundup.store.StoreException;
import dev.roundup.time.Sleeper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * One backfill per channel at a time, across threads and across nodes sharing the database: a
 * backfill holds its channel's backfill lock (the row {@code backfill:<channel>} of
 * {@code channel_locks}, locked in a transaction of its own) from before it reads which ranges are
 * missing until it is done. A second backfill of the channel waits, then finds those ranges covered
 * and fetches nothing: two digests of one channel due at once, on one node or two, read Slack's
 * history once. The lock is the database's, so a node that dies releases it with its connection.
 *
 * <p>Live message writes take the channel's own row, not this one, so they never wait for a
 * backfill that is pacing itself through Slack's rate limits. A held lock keeps a pooled
 * connection for the backfill's length, so at most {@code maxHeld} are held at once per process,
 * leaving the rest of the pool for the backfills' own writes.
 */
public final class BackfillLocks {

  /** How often a waiting backfill tries the lock again. */
  private static final Duration POLL = Duration.ofMillis(200);

  private final DataSource dataSource;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Semaphore connections;

  /** @param maxHeld backfill locks held at once in this process (each keeps a connection) */
  public BackfillLocks(DataSource dataSource, Clock clock, Sleeper sleeper, int maxHeld) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.sleeper = sleeper;
    this.connections = new Semaphore(Math.max(1, maxHeld), true);
  }

  /** A held backfill lock; closing it releases the lock. */
  public final class Held implements AutoCloseable {
    private final Connection connection;

    private Held(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void close() {
      try (Connection c = connection) {
        c.rollback();
      } catch (SQLException e) {
        // Closing the connection ends the transaction, and with it the lock.
      } finally {
        connections.release();
      }
    }
  }

  /**
   * Takes the channel's backfill lock, waiting while another backfill holds it; empty when the
   * deadline came first.
   */
  Optional<Held> hold(String channel, Instant deadline) throws InterruptedException {
    long left = Duration.between(clock.instant(), deadline).toMillis();
    if (!connections.tryAcquire(Math.max(0, left), TimeUnit.MILLISECONDS)) {
      return Optional.empty();
    }
    Connection c = null;
    try {
      c = dataSource.getConnection();
      while (!ChannelLocks.tryLock(c, name(channel))) {
        c.rollback();
        if (!clock.instant().plus(POLL).isBefore(deadline)) {
          c.close();
          connections.release();
          return Optional.empty();
        }
        sleeper.sleep(POLL);
      }
      return Optional.of(new Held(c));
    } catch (SQLException e) {
      closeQuietly(c);
      connections.release();
      throw new StoreException("could not take the backfill lock of " + channel, e);
    } catch (InterruptedException | RuntimeException e) {
      closeQuietly(c);
      connections.release();
      throw e;
    }
  }

  static String name(String channel) {
    return "backfill:" + channel;
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Nothing to release beyond the connection itself.
      }
    }
  }
}

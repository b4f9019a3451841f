package dev.roundup.digest;

import dev.roundup.store.SqlArguments;
import dev.roundup.store.SqlStates;
import dev.roundup.store.DueIds;
import dev.roundup.store.SqlTimes;
import dev.roundup.store.StoreException;
import dev.roundup.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Digest subscriptions and the record of each build, over JDBC (H2 and PostgreSQL alike). A
 * subscription belongs to the {@link Workspace} current when it was made; what a person lists is
 * theirs in the current workspace. The scheduler's reads (due, by instant, all) span workspaces,
 * and each build runs in its subscription's ({@link #teamOf}).
 */
public final class DigestRepository {

  private static final String COLUMNS = "id, owner, channels, schedule_spec, zone, focus, "
      + "destination, created_at, next_run_at, last_period_end";

  /** How a build ended. */
  public enum Status { RUNNING, SENT, SKIPPED, FAILED }

  /** Who holds a build's claim, since when, and how far it got. */
  public record Claim(Status status, Instant startedAt, String node) {}

  /** One recorded build. */
  public record Build(long subscriptionId, Instant scheduledFor, Status status, Instant periodFrom,
      Instant periodTo, Integer messages, Integer parts, String detail) {}

  private final DataSource dataSource;

  public DigestRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public DigestSubscription create(DigestSubscription s) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO digest_subscriptions (owner, channels, "
            + "schedule_spec, zone, focus, destination, created_at, next_run_at, last_period_end, team_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
      ps.setString(10, Workspace.current());
      ps.setString(1, s.owner());
      ps.setString(2, String.join(",", s.channels()));
      ps.setString(3, s.scheduleSpec());
      ps.setString(4, s.zone().getId());
      ps.setString(5, s.focus());
      ps.setString(6, s.destination());
      SqlTimes.set(ps, 7, s.createdAt());
      SqlTimes.set(ps, 8, s.nextRunAt());
      SqlTimes.set(ps, 9, s.lastPeriodEnd());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return s.withId(keys.getLong(1));
      }
    } catch (SQLException e) {
      throw new StoreException("could not save the digest of " + s.owner(), e);
    }
  }

  public void update(DigestSubscription s) {
    execute("UPDATE digest_subscriptions SET channels = ?, schedule_spec = ?, focus = ?, "
        + "destination = ?, next_run_at = ?, last_period_end = ? WHERE id = ?",
        String.join(",", s.channels()), s.scheduleSpec(), s.focus(), s.destination(),
        SqlTimes.of(s.nextRunAt()),
        SqlTimes.of(s.lastPeriodEnd()), s.id());
  }

  public boolean delete(long id) {
    execute("DELETE FROM digest_builds WHERE subscription_id = ?", id);
    return execute("DELETE FROM digest_subscriptions WHERE id = ?", id) > 0;
  }

  public Optional<DigestSubscription> find(long id) {
    return query("SELECT " + COLUMNS + " FROM digest_subscriptions WHERE id = ?", id).stream().findFirst();
  }

  /**
   * The owner's digests in the current workspace, in creation order: position + 1 is the number
   * the owner uses.
   */
  public List<DigestSubscription> byOwner(String owner) {
    return query("SELECT " + COLUMNS + " FROM digest_subscriptions WHERE owner = ? AND team_id = ? ORDER BY id",
        owner, Workspace.current());
  }

  /**
   * Stops every digest of the workspace (Roundup was removed from it): none is due again, and the
   * trigger repair plans none; answers how many stopped. Editing one plans it again.
   */
  public int stopWorkspace(String teamId) {
    return execute("UPDATE digest_subscriptions SET next_run_at = ? WHERE team_id = ? AND next_run_at < ?",
        SqlTimes.of(DigestScheduler.NEVER), teamId, SqlTimes.of(DigestScheduler.NEVER));
  }

  /** The workspace a subscription belongs to (a scheduled build runs in it); empty when it is gone. */
  public Optional<String> teamOf(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT team_id FROM digest_subscriptions WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the workspace of digest " + id, e);
    }
  }

  /** Every subscription, oldest first (for the trigger repair sweep). */
  public List<DigestSubscription> all() {
    return query("SELECT " + COLUMNS + " FROM digest_subscriptions ORDER BY id");
  }

  public List<DigestSubscription> dueBy(Instant now) {
    return query("SELECT " + COLUMNS + " FROM digest_subscriptions WHERE next_run_at <= ? ORDER BY next_run_at",
        SqlTimes.of(now));
  }

  /** The subscriptions whose next run is the instant {@code at} (to the millisecond). */
  public List<Long> dueAt(Instant at) {
    return DueIds.at(dataSource, "SELECT id FROM digest_subscriptions "
        + "WHERE next_run_at >= ? AND next_run_at < ? ORDER BY id", at, "digests");
  }

  /** The distinct next runs of all subscriptions, those before {@code before}: what the sweep checks. */
  public Set<Instant> nextRunInstants(Instant before) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT DISTINCT next_run_at FROM digest_subscriptions "
            + "WHERE next_run_at < ?")) {
      SqlTimes.set(ps, 1, before);
      Set<Instant> out = new HashSet<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(SqlTimes.instant(rs, 1).truncatedTo(ChronoUnit.MILLIS));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not list the next runs of digests", e);
    }
  }

  /** Claims a run for {@code node}; false when it was claimed before (by this node or another). */
  public boolean claim(long subscriptionId, Instant scheduledFor, Instant now, String node) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("INSERT INTO digest_builds (subscription_id, "
            + "scheduled_for, started_at, status, claimed_by) VALUES (?, ?, ?, ?, ?)")) {
      ps.setLong(1, subscriptionId);
      SqlTimes.set(ps, 2, scheduledFor);
      SqlTimes.set(ps, 3, now);
      ps.setString(4, Status.RUNNING.name());
      ps.setString(5, node);
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        return false;
      }
      throw new StoreException("could not claim digest run " + subscriptionId, e);
    }
  }

  /** The claim of a planned run, if it was claimed. */
  public Optional<Claim> claimOf(long subscriptionId, Instant scheduledFor) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT status, started_at, claimed_by FROM "
            + "digest_builds WHERE subscription_id = ? AND scheduled_for = ?")) {
      ps.setLong(1, subscriptionId);
      SqlTimes.set(ps, 2, scheduledFor);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Claim(Status.valueOf(rs.getString(1)),
            SqlTimes.instant(rs, 2), rs.getString(3))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the claim of digest run " + subscriptionId, e);
    }
  }

  /**
   * Takes over a run {@code deadNode} claimed and never finished (it died), in one conditional
   * update, so of several nodes trying only one succeeds.
   */
  public boolean takeOver(long subscriptionId, Instant scheduledFor, String deadNode, String node,
      Instant now) {
    return execute("UPDATE digest_builds SET claimed_by = ?, started_at = ? WHERE subscription_id = ? "
        + "AND scheduled_for = ? AND claimed_by = ? AND status = ?", node, SqlTimes.of(now),
        subscriptionId, SqlTimes.of(scheduledFor), deadNode, Status.RUNNING.name()) > 0;
  }

  /** Gives a claimed run back (Roundup is stopping before it was posted): it may be claimed again. */
  public void release(long subscriptionId, Instant scheduledFor) {
    execute("DELETE FROM digest_builds WHERE subscription_id = ? AND scheduled_for = ? AND status = ?",
        subscriptionId, SqlTimes.of(scheduledFor), Status.RUNNING.name());
  }

  public void finish(long subscriptionId, Instant scheduledFor, Instant now, Status status,
      Instant periodFrom, Instant periodTo, Integer messages, Integer parts, String detail) {
    execute("UPDATE digest_builds SET finished_at = ?, status = ?, period_from = ?, period_to = ?, "
        + "messages = ?, parts = ?, detail = ? WHERE subscription_id = ? AND scheduled_for = ?",
        SqlTimes.of(now), status.name(), SqlTimes.of(periodFrom),
        SqlTimes.of(periodTo), messages, parts,
        detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)),
        subscriptionId, SqlTimes.of(scheduledFor));
  }

  /** What the owner was last told was left out of the digest (one sentence a line), or null. */
  public String leftOutTold(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT left_out FROM digest_subscriptions WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("could not read what was left out of digest " + id, e);
    }
  }

  public void setLeftOutTold(long id, String leftOut) {
    execute("UPDATE digest_subscriptions SET left_out = ? WHERE id = ?",
        leftOut == null ? null : leftOut.substring(0, Math.min(leftOut.length(), 4000)), id);
  }

  /** The digest's latest finished build, if any. */
  public Optional<Build> lastBuild(long subscriptionId) {
    List<Build> all = builds(subscriptionId);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).status() != Status.RUNNING) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  public List<Build> builds(long subscriptionId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT subscription_id, scheduled_for, status, "
            + "period_from, period_to, messages, parts, detail FROM digest_builds "
            + "WHERE subscription_id = ? ORDER BY scheduled_for")) {
      ps.setLong(1, subscriptionId);
      List<Build> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Build(rs.getLong(1), SqlTimes.instant(rs, 2),
              Status.valueOf(rs.getString(3)), SqlTimes.instant(rs, 4),
              SqlTimes.instant(rs, 5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
              rs.getString(8)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not read digest builds", e);
    }
  }

  private List<DigestSubscription> query(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      SqlArguments.bind(ps, args);
      List<DigestSubscription> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new DigestSubscription(rs.getLong(1), rs.getString(2),
              Arrays.stream(rs.getString(3).split(",")).filter(s -> !s.isBlank()).toList(),
              rs.getString(4), ZoneId.of(rs.getString(5)), rs.getString(6), rs.getString(7),
              SqlTimes.instant(rs, 8), SqlTimes.instant(rs, 9),
              SqlTimes.instant(rs, 10)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not read digest subscriptions", e);
    }
  }

  private int execute(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      SqlArguments.bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not update digests", e);
    }
  }
}

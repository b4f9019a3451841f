package dev.roundup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Remembers which Slack event ids have been handled, in the database, so a retried delivery (Slack
 * retries after 3 s without an ack) or a delivery to another node does the work only once.
 */
public final class ProcessedEvents {

  private final DataSource dataSource;
  private final Clock clock;

  public ProcessedEvents(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Claims an event id. Returns true for the first claim and false for every later one: the
   * primary key makes the claim atomic across threads and nodes.
   */
  public boolean claim(String eventId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO processed_events (event_id, received_at) VALUES (?, ?)")) {
      ps.setString(1, eventId);
      SqlTimes.set(ps, 2, clock.instant());
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        return false;
      }
      throw new StoreException("could not record event " + eventId, e);
    }
  }

  /**
   * Claims an event id inside the caller's transaction, so the claim commits (or rolls back)
   * with the work it stands for. False when the id is claimed already, also by a transaction of
   * another node that commits first (the insert waits for it).
   */
  public boolean claim(Connection c, String eventId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO processed_events (event_id, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setString(1, eventId);
      SqlTimes.set(ps, 2, clock.instant());
      return ps.executeUpdate() > 0;
    }
  }

  /** Forgets ids older than the given age (Slack stops retrying after about an hour). */
  public int purgeOlderThan(Duration age) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM processed_events WHERE received_at < ?")) {
      SqlTimes.set(ps, 1, clock.instant().minus(age));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("could not purge processed events", e);
    }
  }
}

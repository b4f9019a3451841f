package dev.roundup.tasks;

import dev.roundup.store.Workspace;
import dev.roundup.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;

/** Per-person settings Roundup keeps itself: the time zone set with {@code /task timezone}. */
public final class UserSettings {

  private final DataSource dataSource;

  public UserSettings(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The zone the person chose, if they chose one (else their Slack profile's zone applies). */
  public Optional<ZoneId> zone(String userId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT zone_id FROM user_settings WHERE user_id = ? AND team_id = ?")) {
      ps.setString(1, userId);
      ps.setString(2, Workspace.current());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(ZoneId.of(rs.getString(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("could not read settings of " + userId, e);
    }
  }

  public void setZone(String userId, ZoneId zone) {
    // Update, then insert when there was nothing to update: portable across H2 and PostgreSQL.
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement("UPDATE user_settings SET zone_id = ? WHERE user_id = ? AND team_id = ?");
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO user_settings (user_id, zone_id, team_id) VALUES (?, ?, ?)")) {
      update.setString(1, zone.getId());
      update.setString(2, userId);
      update.setString(3, Workspace.current());
      if (update.executeUpdate() == 0) {
        insert.setString(1, userId);
        insert.setString(2, zone.getId());
        insert.setString(3, Workspace.current());
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("could not save settings of " + userId, e);
    }
  }
}

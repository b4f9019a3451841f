package dev.roundup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.MigrationTarget;
import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Instants are stored with their time zone in every table, so nodes in different zones write the
 * same value for the same instant and the hour a daylight-saving change repeats stays two hours;
 * and the migration that made it so keeps the instants already stored.
 */
class InstantColumnsTest {

  @OnEachDatabase
  void no_table_of_roundup_stores_a_timestamp_without_its_time_zone(ScratchDatabase db)
      throws SQLException {
    List<String> local = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, data_type "
            + "FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(3).toLowerCase(java.util.Locale.ROOT);
          // Flyway's own history table is Flyway's business.
          if (type.startsWith("timestamp") && !type.contains("with time zone")
              && !rs.getString(1).equalsIgnoreCase("flyway_schema_history")) {
            local.add(rs.getString(1) + "." + rs.getString(2) + " " + type);
          }
        }
      }
    }
    assertThat(local).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ScratchDatabase.Kind.class)
  void a_digest_stored_before_the_change_keeps_its_next_run_and_its_claimed_runs(
      ScratchDatabase.Kind kind) throws SQLException {
    // Not in an hour a daylight-saving change repeats in any zone: such a value was ambiguous as
    // the old columns stored it, and no conversion can tell which of the two it was.
    Instant nextRun = Instant.parse("2026-11-06T21:00:00Z");
    Instant scheduled = Instant.parse("2026-10-30T16:00:00.250Z");
    MigrationTarget target = MigrationTarget.open(kind);
    try {
      target.migrate("16");
      try (Connection c = target.connect()) {
        // Written as Roundup wrote them before: java.sql.Timestamp into plain TIMESTAMP columns.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO digest_subscriptions (owner, "
            + "channels, schedule_spec, zone, created_at, next_run_at, team_id) "
            + "VALUES ('U1', 'C1', 'every friday at 4pm', 'America/New_York', ?, ?, 'T1')")) {
          ps.setTimestamp(1, Timestamp.from(scheduled));
          ps.setTimestamp(2, Timestamp.from(nextRun));
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO digest_builds "
            + "(subscription_id, scheduled_for, started_at, status) VALUES (1, ?, ?, 'SENT')")) {
          ps.setTimestamp(1, Timestamp.from(scheduled));
          ps.setTimestamp(2, Timestamp.from(scheduled));
          ps.executeUpdate();
        }
      }
      target.migrate("latest");
      try (Connection c = target.connect(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT next_run_at, created_at FROM digest_subscriptions")) {
        assertThat(rs.next()).isTrue();
        assertThat(SqlTimes.instant(rs, 1)).isEqualTo(nextRun);
        assertThat(SqlTimes.instant(rs, 2)).isEqualTo(scheduled);
      }
      try (Connection c = target.connect();
          PreparedStatement ps = c.prepareStatement(
              "SELECT status FROM digest_builds WHERE subscription_id = 1 AND scheduled_for = ?")) {
        SqlTimes.set(ps, 1, scheduled);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).as("the claim is found by its instant").isTrue();
          assertThat(rs.getString(1)).isEqualTo("SENT");
        }
      }
    } finally {
      target.drop();
    }
  }
}

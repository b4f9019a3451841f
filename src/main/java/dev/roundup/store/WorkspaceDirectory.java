package dev.roundup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The workspaces Roundup has seen (table {@code workspaces}) and the Enterprise Grid org each
 * belongs to. Slack's team ids are unique across Slack, Grid included, so a stored row's
 * {@code team_id} leads here to its org. Requests and installations {@link #record} what they say;
 * a workspace already known with the same org within {@link #RECHECK} costs no database write (every
 * request passes here), so the table is written once per workspace and node, and again when its org
 * changes.
 *
 * <p>An org a request does not name (null) never clears one already known: Slack names the org on
 * every payload from a Grid workspace, and a payload that leaves it out says nothing about it.
 */
public final class WorkspaceDirectory {

  /** How long a workspace recorded by this node is taken as still recorded (another node may purge it). */
  static final Duration RECHECK = Duration.ofMinutes(10);

  private final DataSource dataSource;
  private final Clock clock;
  /** What this node last recorded or read for each team, and when. */
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  private record Known(Optional<String> enterprise, Instant at) {}

  public WorkspaceDirectory(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * Notes that {@code teamId} exists, in {@code enterpriseId}'s Grid org when not null. A blank team
   * (a request that names none) is ignored.
   */
  public void record(String teamId, String enterpriseId) {
    if (blank(teamId)) {
      return;
    }
    String enterprise = blank(enterpriseId) ? null : enterpriseId;
    Known k = known.get(teamId);
    Instant now = clock.instant();
    if (k != null && k.at().isAfter(now.minus(RECHECK))
        && (enterprise == null || Objects.equals(k.enterprise().orElse(null), enterprise))) {
      return;
    }
    Optional<String> stored = Transactions.inTransaction(dataSource, "record workspace " + teamId,
        c -> record(c, teamId, enterprise, now));
    known.put(teamId, new Known(stored, now));
  }

  /**
   * {@link #record(String, String)} inside a caller's transaction (an installation being saved);
   * answers the org stored for the team afterwards.
   */
  public Optional<String> record(Connection c, String teamId, String enterpriseId, Instant now) throws SQLException {
    if (blank(teamId)) {
      return Optional.empty();
    }
    String enterprise = blank(enterpriseId) ? null : enterpriseId;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO workspaces (team_id, enterprise_id, "
        + "first_seen_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      SqlArguments.bind(ps, teamId, enterprise, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
      ps.executeUpdate();
    }
    if (enterprise != null) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE workspaces SET enterprise_id = ?, updated_at = ? "
          + "WHERE team_id = ? AND (enterprise_id IS NULL OR enterprise_id <> ?)")) {
        SqlArguments.bind(ps, enterprise, now.atOffset(ZoneOffset.UTC), teamId, enterprise);
        ps.executeUpdate();
      }
    }
    Optional<String> stored = enterpriseOf(c, teamId);
    known.remove(teamId);
    return stored;
  }

  /** The Grid org {@code teamId} belongs to; empty outside a Grid, or for a workspace never seen. */
  public Optional<String> enterpriseOf(String teamId) {
    if (blank(teamId)) {
      return Optional.empty();
    }
    Known k = known.get(teamId);
    Instant now = clock.instant();
    if (k != null && k.at().isAfter(now.minus(RECHECK))) {
      return k.enterprise();
    }
    Optional<String> stored = Transactions.inTransaction(dataSource, "read the org of " + teamId,
        c -> enterpriseOf(c, teamId));
    known.put(teamId, new Known(stored, now));
    return stored;
  }

  private static Optional<String> enterpriseOf(Connection c, String teamId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT enterprise_id FROM workspaces WHERE team_id = ?")) {
      ps.setString(1, teamId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** The workspaces seen in {@code enterpriseId}'s Grid org, by team id. */
  public List<String> teamsOf(String enterpriseId) {
    if (blank(enterpriseId)) {
      return List.of();
    }
    return Transactions.inTransaction(dataSource, "list the workspaces of " + enterpriseId, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT team_id FROM workspaces WHERE enterprise_id = ? ORDER BY team_id")) {
        ps.setString(1, enterpriseId);
        return teams(ps);
      }
    });
  }

  /** Every workspace seen, by team id. */
  public List<String> teams() {
    return Transactions.inTransaction(dataSource, "list the workspaces", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT team_id FROM workspaces ORDER BY team_id")) {
        return teams(ps);
      }
    });
  }

  private static List<String> teams(PreparedStatement ps) throws SQLException {
    List<String> teams = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        teams.add(rs.getString(1));
      }
    }
    return teams;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

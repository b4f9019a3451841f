package dev.roundup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 *
 * <p>An org may take an org-wide installation out of some of its workspaces and give it back
 * ({@link #orgAccess}): while it is out, {@link #orgSpeaksFor} answers nothing for them.
 */
public final class WorkspaceDirectory {

  /** How long a workspace recorded by this node is taken as still recorded (another node may purge it). */
  static final Duration RECHECK = Duration.ofMinutes(10);

  private final DataSource dataSource;
  private final Clock clock;
  /** What this node last recorded or read for each team, and when. */
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  /** A workspace as stored: its org, and whether the org's org-wide installation was taken out of it. */
  private record Stored(Optional<String> enterprise, boolean orgAccessRevoked) {}

  private record Known(Stored stored, Instant at) {
    Optional<String> enterprise() {
      return stored.enterprise();
    }
  }

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
    Stored stored = Transactions.inTransaction(dataSource, "record workspace " + teamId, c -> {
      record(c, teamId, enterprise, now);
      return read(c, teamId);
    });
    known.put(teamId, new Known(stored, now));
  }

  /** {@link #record(String, String)} inside a caller's transaction (an installation being saved). */
  public void record(Connection c, String teamId, String enterpriseId, Instant now) throws SQLException {
    if (blank(teamId)) {
      return;
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
    known.remove(teamId);
  }

  /**
   * The org took its org-wide installation out of these workspaces ({@code granted} false) or gave
   * it back (true); each is recorded as a workspace of {@code enterpriseId}.
   */
  public void orgAccess(String enterpriseId, List<String> teamIds, boolean granted) {
    Instant now = clock.instant();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    Transactions.inTransaction(dataSource, "change the org's access to " + teamIds, c -> {
      for (String team : teamIds) {
        record(c, team, enterpriseId, now);
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE workspaces SET org_access_revoked_at = ?, updated_at = ? WHERE team_id = ?")) {
          SqlArguments.bind(ps, granted ? null : at, at, team);
          ps.executeUpdate();
        }
      }
      return null;
    });
    teamIds.forEach(known::remove);
  }

  /** The Grid org {@code teamId} belongs to; empty outside a Grid, or for a workspace never seen. */
  public Optional<String> enterpriseOf(String teamId) {
    return blank(teamId) ? Optional.empty() : stored(teamId).enterprise();
  }

  /**
   * The org whose org-wide installation may speak for {@code teamId}: its org, unless the org took
   * that installation out of this workspace.
   */
  public Optional<String> orgSpeaksFor(String teamId) {
    if (blank(teamId)) {
      return Optional.empty();
    }
    Stored s = stored(teamId);
    return s.orgAccessRevoked() ? Optional.empty() : s.enterprise();
  }

  private Stored stored(String teamId) {
    Known k = known.get(teamId);
    Instant now = clock.instant();
    if (k != null && k.at().isAfter(now.minus(RECHECK))) {
      return k.stored();
    }
    Stored s = read(teamId);
    known.put(teamId, new Known(s, now));
    return s;
  }

  private Stored read(String teamId) {
    return Transactions.inTransaction(dataSource, "read workspace " + teamId, c -> read(c, teamId));
  }

  private static Stored read(Connection c, String teamId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT enterprise_id, org_access_revoked_at FROM workspaces WHERE team_id = ?")) {
      ps.setString(1, teamId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Stored(Optional.ofNullable(rs.getString(1)), rs.getObject(2) != null)
            : new Stored(Optional.empty(), false);
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

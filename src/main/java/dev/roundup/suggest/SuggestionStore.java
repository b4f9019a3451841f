package dev.roundup.suggest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.store.SqlArguments;
import dev.roundup.store.SqlStates;
import dev.roundup.store.StoreException;
import dev.roundup.store.SqlTimes;
import dev.roundup.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Suggestions offered and their answers, who turned suggestions off, and the claims on nightly runs,
 * over JDBC (H2 and PostgreSQL alike). Every query is for one workspace.
 */
public final class SuggestionStore {

  private static final String COLUMNS = "id, team_id, user_id, kind, channel_id, phrase, body, pattern, "
      + "summary_window, evidence, confidence, state, offered_at, answered_at, quiet_until, dm_channel, dm_ts";

  private final DataSource dataSource;

  public SuggestionStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  // ---- Suggestions ---------------------------------------------------------------------------

  public Suggestion insert(Suggestion s) {
    return Transactions.inTransaction(dataSource, "save a suggestion for " + s.user(), c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO suggestions (team_id, user_id, kind, channel_id, "
          + "phrase, body, pattern, summary_window, evidence, confidence, state, offered_at, answered_at, "
          + "quiet_until, dm_channel, dm_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"})) {
        ps.setString(1, s.teamId());
        ps.setString(2, s.user());
        ps.setString(3, s.kind().word());
        ps.setString(4, s.channel());
        ps.setString(5, s.phrase());
        ps.setString(6, s.text());
        ps.setString(7, s.pattern());
        ps.setString(8, s.window());
        ps.setString(9, evidence(s.evidence()));
        ps.setDouble(10, s.confidence());
        ps.setString(11, s.state().name());
        ps.setObject(12, SqlTimes.of(s.offeredAt()));
        ps.setObject(13, SqlTimes.of(s.answeredAt()));
        ps.setObject(14, SqlTimes.of(s.quietUntil()));
        ps.setString(15, s.dmChannel());
        ps.setString(16, s.dmTs());
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          return s.withId(keys.getLong(1));
        }
      }
    });
  }

  /** The suggestion with this id in this workspace. */
  public Optional<Suggestion> find(String teamId, long id) {
    return query("SELECT " + COLUMNS + " FROM suggestions WHERE team_id = ? AND id = ?", teamId, id)
        .stream().findFirst();
  }

  /** Everything ever offered to this person, newest first. */
  public List<Suggestion> ofPerson(String teamId, String user) {
    return query("SELECT " + COLUMNS + " FROM suggestions WHERE team_id = ? AND user_id = ? "
        + "ORDER BY offered_at DESC, id DESC", teamId, user);
  }

  /** When this person was last offered a suggestion, if ever. */
  public Optional<Instant> lastOffered(String teamId, String user) {
    return ofPerson(teamId, user).stream().map(Suggestion::offeredAt).findFirst();
  }

  /** Remembers the direct message that carries the card. */
  public void placed(String teamId, long id, String dmChannel, String dmTs) {
    update("UPDATE suggestions SET dm_channel = ?, dm_ts = ? WHERE team_id = ? AND id = ?",
        dmChannel, dmTs, teamId, id);
  }

  /**
   * Records the answer, if the suggestion is still unanswered: false when it was answered already
   * (two clicks, on the DM and in the Home, count once).
   */
  public boolean answer(String teamId, long id, Suggestion.State state, Instant at, Instant quietUntil) {
    return update("UPDATE suggestions SET state = ?, answered_at = ?, quiet_until = ? "
        + "WHERE team_id = ? AND id = ? AND state = ?", state.name(), SqlTimes.of(at), SqlTimes.of(quietUntil), teamId, id,
        Suggestion.State.OFFERED.name()) > 0;
  }

  /** Takes back an answer that did not hold (a Schedule it the tasks refused): offered again. */
  public void reopen(String teamId, long id, Instant quietUntil) {
    update("UPDATE suggestions SET state = ?, answered_at = NULL, quiet_until = ? WHERE team_id = ? AND id = ?",
        Suggestion.State.OFFERED.name(), SqlTimes.of(quietUntil), teamId, id);
  }

  /** Offers left unanswered past their quiet time become expired; answers how many. */
  public int expire(String teamId, Instant now) {
    return update("UPDATE suggestions SET state = ? WHERE team_id = ? AND state = ? AND quiet_until <= ?",
        Suggestion.State.EXPIRED.name(), teamId, Suggestion.State.OFFERED.name(), SqlTimes.of(now));
  }

  // ---- The person's switch -------------------------------------------------------------------

  public boolean isOff(String teamId, String user) {
    return Transactions.inTransaction(dataSource, "read the suggestion switch of " + user, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT 1 FROM suggestion_optouts WHERE team_id = ? AND user_id = ?")) {
        ps.setString(1, teamId);
        ps.setString(2, user);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      }
    });
  }

  public void turn(String teamId, String user, boolean on, Instant at) {
    update("DELETE FROM suggestion_optouts WHERE team_id = ? AND user_id = ?", teamId, user);
    if (!on) {
      update("INSERT INTO suggestion_optouts (team_id, user_id, off_at) VALUES (?, ?, ?)", teamId, user, SqlTimes.of(at));
    }
  }

  // ---- Nightly runs ----------------------------------------------------------------------------

  /** Claims the run planned for this instant; false when it was claimed before (here or elsewhere). */
  public boolean claimRun(String teamId, Instant plannedFor, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "INSERT INTO suggestion_runs (team_id, planned_for, started_at) VALUES (?, ?, ?)")) {
      ps.setString(1, teamId);
      ps.setObject(2, SqlTimes.of(plannedFor));
      ps.setObject(3, SqlTimes.of(now));
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        return false;
      }
      throw new StoreException("could not claim the suggestion run of " + plannedFor, e);
    }
  }

  public void finishRun(String teamId, Instant plannedFor, Instant now, int offered) {
    update("UPDATE suggestion_runs SET finished_at = ?, offered = ? WHERE team_id = ? AND planned_for = ?",
        SqlTimes.of(now), offered, teamId, SqlTimes.of(plannedFor));
  }

  // ---- JDBC ------------------------------------------------------------------------------------

  private List<Suggestion> query(String sql, Object... args) {
    return Transactions.inTransaction(dataSource, "read suggestions", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        SqlArguments.bind(ps, args);
        List<Suggestion> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Suggestion(rs.getLong(1), rs.getString(2), rs.getString(3), Kind.fromWord(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                evidence(rs.getString(10)), rs.getDouble(11), Suggestion.State.valueOf(rs.getString(12)),
                SqlTimes.instant(rs, 13), SqlTimes.instant(rs, 14), SqlTimes.instant(rs, 15), rs.getString(16), rs.getString(17)));
          }
        }
        return out;
      }
    });
  }

  private int update(String sql, Object... args) {
    return Transactions.inTransaction(dataSource, "update suggestions", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        SqlArguments.bind(ps, args);
        return ps.executeUpdate();
      }
    });
  }

  static String evidence(List<Occurrence> occurrences) {
    JsonArray out = new JsonArray();
    for (Occurrence o : occurrences) {
      JsonObject e = new JsonObject();
      e.addProperty("at", o.at().toString());
      e.addProperty("c", o.channel());
      e.addProperty("ts", o.ts());
      e.addProperty("cmd", o.command());
      out.add(e);
    }
    return out.toString();
  }

  static List<Occurrence> evidence(String json) {
    List<Occurrence> out = new ArrayList<>();
    for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
      JsonObject o = e.getAsJsonObject();
      out.add(new Occurrence(Instant.parse(o.get("at").getAsString()), string(o, "c"), string(o, "ts"),
          string(o, "cmd")));
    }
    return out;
  }

  private static String string(JsonObject o, String key) {
    JsonElement v = o.get(key);
    return v == null || v.isJsonNull() ? null : v.getAsString();
  }
}

package dev.roundup.ingest;

import dev.roundup.store.ProcessedEvents;
import dev.roundup.store.SqlTimes;
import dev.roundup.store.Transactions;
import dev.roundup.store.Workspace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The messages Roundup has seen, over JDBC (H2 and PostgreSQL alike). Saving is an upsert, so a
 * message that arrives twice (event and backfill) is stored once. A new or deleted reply moves its
 * parent's reply count, which therefore stays Slack's figure even when older replies were never
 * stored; a parent stored after some of its replies (their events were handled first) takes them
 * into its counts. Every write that inserts a message or moves a count holds the channel's lock
 * ({@link ChannelLocks}) first, so replies stored at the same moment by several threads or nodes
 * are each counted, and the same message arriving twice at once is stored once.
 *
 * <p>Every message belongs to the {@link Workspace} current when it is stored, and every read and
 * write sees only the current workspace's messages (a channel shared between workspaces keeps one
 * copy in each). Only the retention purge and {@link #count()} span every workspace.
 */
public final class MessageStore {

  private static final String COLUMNS =
      "channel, ts, thread_ts, user_id, bot_id, text, subtype, reply_count, reply_users_count, edited";

  private final DataSource dataSource;
  private final Clock clock;

  public MessageStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Stores or replaces a message as Slack reports it (backfill, edits). */
  public void save(ChannelMessage m) {
    saveAll(List.of(m));
  }

  /** Stores or replaces messages in one transaction. */
  public void saveAll(List<ChannelMessage> messages) {
    inTransaction(c -> {
      ChannelLocks.lock(c, messages.stream().map(ChannelMessage::channel).toList());
      for (ChannelMessage m : messages) {
        if (!update(c, m)) {
          insert(c, m);
        }
      }
      return null;
    }, "save messages");
  }

  /**
   * Stores a message that just arrived as an event. A new reply raises its parent's reply count;
   * the same message arriving again changes nothing.
   */
  public void saveNew(ChannelMessage m) {
    inTransaction(c -> {
      ChannelLocks.lock(c, m.channel());
      saveNew(c, m);
      return null;
    }, "save message " + m.ts());
  }

  /** What a message event asks of the store. */
  public enum Change {
    /** A new message or reply: stored once, its parent's reply count raised. */
    POSTED,
    /** An edit: the stored text replaced, or the message stored if it never was. */
    EDITED,
    /** A delete: the message removed, its parent's reply count lowered. */
    DELETED
  }

  /**
   * A message event, with the event id that claims it (null: no claim). For a delete only the
   * message's channel and ts count.
   */
  public record Arrival(String eventId, ChannelMessage message, Change change) {

    /** A new message. */
    public Arrival(String eventId, ChannelMessage message) {
      this(eventId, message, Change.POSTED);
    }
  }

  /**
   * Applies message events in the order given, all in one transaction: the channels' locks are
   * taken once, in name order, and each arrival claims its event id in the same transaction, so a
   * batch commits its changes and their claims together. An arrival whose id is claimed already (a
   * redelivery, or the same event on another node) changes nothing. Applied in order, a delete or
   * an edit that arrived right after its message finds it stored.
   *
   * @param events where event ids are claimed (may be null when no arrival carries one)
   * @return the arrivals applied
   */
  public List<Arrival> apply(List<Arrival> arrivals, ProcessedEvents events) {
    return inTransaction(c -> {
      ChannelLocks.lock(c, arrivals.stream().map(a -> a.message().channel()).toList());
      List<Arrival> applied = new ArrayList<>(arrivals.size());
      for (Arrival a : arrivals) {
        if (a.eventId() == null || events.claim(c, a.eventId())) {
          apply(c, a);
          applied.add(a);
        }
      }
      return applied;
    }, "apply " + arrivals.size() + " message event(s)");
  }

  private void apply(Connection c, Arrival a) throws SQLException {
    ChannelMessage m = a.message();
    switch (a.change()) {
      case POSTED -> saveNew(c, m);
      case EDITED -> {
        if (!edit(c, m.channel(), m.ts(), m.text())) {
          // An edit of a message never stored (sent before Roundup joined, or while it was down).
          insert(c, m);
        }
      }
      case DELETED -> delete(c, m.channel(), m.ts());
    }
  }

  /** A new reply raises its parent's reply count; the same message again changes nothing. */
  private void saveNew(Connection c, ChannelMessage m) throws SQLException {
    if (update(c, m)) {
      return;
    }
    insert(c, m);
    if (m.isReply()) {
      adjustReplies(c, m.channel(), m.threadTs(), +1);
    }
  }

  /** Replaces a message's text and marks it edited; false when it is not stored. */
  public boolean edit(String channel, String ts, String text) {
    return inTransaction(c -> edit(c, channel, ts, text), "edit message " + ts);
  }

  private boolean edit(Connection c, String channel, String ts, String text) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE messages SET text = ?, edited = TRUE, stored_at = ? WHERE channel = ? AND ts = ? AND team_id = ?")) {
      ps.setString(1, text == null ? "" : text);
      SqlTimes.set(ps, 2, clock.instant());
      ps.setString(3, channel);
      ps.setString(4, ts);
      ps.setString(5, Workspace.current());
      return ps.executeUpdate() > 0;
    }
  }

  /** Removes a message; a removed reply lowers its parent's reply count. False when absent. */
  public boolean delete(String channel, String ts) {
    return inTransaction(c -> {
      ChannelLocks.lock(c, channel);
      return delete(c, channel, ts);
    }, "delete message " + ts);
  }

  /** Removes a message, its channel locked by the caller. */
  private boolean delete(Connection c, String channel, String ts) throws SQLException {
    Optional<ChannelMessage> existing = find(c, channel, ts);
    if (existing.isEmpty()) {
      return false;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "DELETE FROM messages WHERE channel = ? AND ts = ? AND team_id = ?")) {
      ps.setString(1, channel);
      ps.setString(2, ts);
      ps.setString(3, Workspace.current());
      ps.executeUpdate();
    }
    if (existing.get().isReply()) {
      adjustReplies(c, channel, existing.get().threadTs(), -1);
    }
    return true;
  }

  public Optional<ChannelMessage> find(String channel, String ts) {
    return inTransaction(c -> find(c, channel, ts), "read message " + ts);
  }

  /** Messages (replies included) with from ≤ ts < to, oldest first. */
  public List<ChannelMessage> between(String channel, Instant from, Instant to) {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM messages "
          + "WHERE channel = ? AND ts_micros >= ? AND ts_micros < ? AND team_id = ? ORDER BY ts_micros")) {
        ps.setString(1, channel);
        ps.setLong(2, SlackTs.toMicros(from));
        ps.setLong(3, SlackTs.toMicros(to));
        ps.setString(4, Workspace.current());
        return read(ps);
      }
    }, "read messages of " + channel);
  }

  /**
   * When the person last posted before {@code before} in any channel the store holds, if ever
   * (before the request itself: a mention asking to be caught up is a post of theirs too).
   */
  public Optional<Instant> lastPostBy(String user, Instant before) {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT MAX(ts_micros) FROM messages WHERE user_id = ? AND ts_micros < ? AND team_id = ?")) {
        ps.setString(1, user);
        ps.setLong(2, SlackTs.toMicros(before));
        ps.setString(3, Workspace.current());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long micros = rs.getLong(1);
          return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(SlackTs.toInstant(micros));
        }
      }
    }, "read the last post of " + user);
  }

  /**
   * For each thread of the channel the person posted in with from ≤ ts &lt; to, the ts of their last
   * message there: a catch-up knows which threads moved on after them.
   */
  public java.util.Map<String, String> lastPostsByThread(String channel, String user, Instant from,
      Instant to) {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT thread_ts, MAX(ts_micros) FROM messages "
          + "WHERE channel = ? AND user_id = ? AND thread_ts IS NOT NULL AND ts_micros >= ? "
          + "AND ts_micros < ? AND team_id = ? GROUP BY thread_ts")) {
        ps.setString(1, channel);
        ps.setString(2, user);
        ps.setLong(3, SlackTs.toMicros(from));
        ps.setLong(4, SlackTs.toMicros(to));
        ps.setString(5, Workspace.current());
        java.util.Map<String, String> out = new java.util.HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), SlackTs.format(rs.getLong(2)));
          }
        }
        return out;
      }
    }, "read the threads of " + user + " in " + channel);
  }

  /** The channels holding a message posted at or after {@code from}, in id order. */
  public List<String> channelsSince(Instant from) {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT DISTINCT channel FROM messages WHERE ts_micros >= ? AND team_id = ? ORDER BY channel")) {
        ps.setLong(1, SlackTs.toMicros(from));
        ps.setString(2, Workspace.current());
        List<String> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      }
    }, "list channels");
  }

  /** Deletes messages posted before the cutoff; answers how many. */
  public int purgeBefore(Instant cutoff) {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM messages WHERE ts_micros < ?")) {
        ps.setLong(1, SlackTs.toMicros(cutoff));
        return ps.executeUpdate();
      }
    }, "purge messages");
  }

  public int count() {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM messages");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }, "count messages");
  }

  private boolean update(Connection c, ChannelMessage m) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE messages SET thread_ts = ?, user_id = ?, "
        + "bot_id = ?, text = ?, subtype = ?, reply_count = GREATEST(reply_count, ?), "
        + "reply_users_count = GREATEST(reply_users_count, ?), edited = ?, stored_at = ? "
        + "WHERE channel = ? AND ts = ? AND team_id = ?")) {
      ps.setString(12, Workspace.current());
      ps.setString(1, m.threadTs());
      ps.setString(2, m.user());
      ps.setString(3, m.botId());
      ps.setString(4, m.text());
      ps.setString(5, m.subtype());
      ps.setInt(6, m.replyCount());
      ps.setInt(7, m.replyUsersCount());
      ps.setBoolean(8, m.edited());
      SqlTimes.set(ps, 9, clock.instant());
      ps.setString(10, m.channel());
      ps.setString(11, m.ts());
      return ps.executeUpdate() > 0;
    }
  }

  /**
   * Inserts a message that {@link #update} just found absent. Callers hold the channel's lock, so
   * no other thread or node can store it in between.
   */
  private void insert(Connection c, ChannelMessage m) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages (" + COLUMNS
        + ", ts_micros, stored_at, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(13, Workspace.current());
      ps.setString(1, m.channel());
      ps.setString(2, m.ts());
      ps.setString(3, m.threadTs());
      ps.setString(4, m.user());
      ps.setString(5, m.botId());
      ps.setString(6, m.text());
      if (m.subtype() == null) {
        ps.setNull(7, Types.VARCHAR);
      } else {
        ps.setString(7, m.subtype());
      }
      ps.setInt(8, m.replyCount());
      ps.setInt(9, m.replyUsersCount());
      ps.setBoolean(10, m.edited());
      ps.setLong(11, SlackTs.toMicros(m.ts()));
      SqlTimes.set(ps, 12, clock.instant());
      ps.executeUpdate();
    }
    if (!m.isReply()) {
      countEarlierReplies(c, m.channel(), m.ts());
    }
  }

  /** How many replies to a parent the store holds, and from how many people. */
  private record StoredReplies(int replies, int repliers) {}

  private static StoredReplies storedReplies(Connection c, String channel, String parentTs)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT user_id) "
        + "FROM messages WHERE channel = ? AND thread_ts = ? AND ts <> ? AND team_id = ?")) {
      ps.setString(4, Workspace.current());
      ps.setString(1, channel);
      ps.setString(2, parentTs);
      ps.setString(3, parentTs);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new StoredReplies(rs.getInt(1), rs.getInt(2));
      }
    }
  }

  /**
   * A message stored after replies to it takes them into its counts: their events found no parent
   * whose count they could raise. Slack's own figures, when higher, stay.
   */
  private static void countEarlierReplies(Connection c, String channel, String ts)
      throws SQLException {
    StoredReplies stored = storedReplies(c, channel, ts);
    if (stored.replies() == 0) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE messages SET "
        + "reply_count = GREATEST(reply_count, ?), reply_users_count = GREATEST(reply_users_count, ?), "
        + "thread_ts = ? WHERE channel = ? AND ts = ? AND team_id = ?")) {
      ps.setString(6, Workspace.current());
      ps.setInt(1, stored.replies());
      ps.setInt(2, stored.repliers());
      ps.setString(3, ts);
      ps.setString(4, channel);
      ps.setString(5, ts);
      ps.executeUpdate();
    }
  }

  /**
   * Moves the parent's reply count by delta; its distinct repliers are recounted from the store
   * (a new reply keeps Slack's figure when that is higher). The caller holds the channel's lock,
   * so the recount sees every reply committed before it.
   */
  private static void adjustReplies(Connection c, String channel, String parentTs, int delta)
      throws SQLException {
    int repliers = storedReplies(c, channel, parentTs).repliers();
    try (PreparedStatement ps = c.prepareStatement("UPDATE messages SET "
        + "reply_count = GREATEST(0, reply_count + ?), "
        + "reply_users_count = GREATEST(CASE WHEN ? > 0 THEN reply_users_count ELSE 0 END, ?), "
        + "thread_ts = ? WHERE channel = ? AND ts = ? AND team_id = ?")) {
      ps.setString(7, Workspace.current());
      ps.setInt(1, delta);
      ps.setInt(2, delta);
      ps.setInt(3, repliers);
      ps.setString(4, parentTs);
      ps.setString(5, channel);
      ps.setString(6, parentTs);
      ps.executeUpdate();
    }
  }

  private static Optional<ChannelMessage> find(Connection c, String channel, String ts)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM messages WHERE channel = ? AND ts = ? AND team_id = ?")) {
      ps.setString(3, Workspace.current());
      ps.setString(1, channel);
      ps.setString(2, ts);
      return read(ps).stream().findFirst();
    }
  }

  private static List<ChannelMessage> read(PreparedStatement ps) throws SQLException {
    List<ChannelMessage> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new ChannelMessage(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
            rs.getInt(9), rs.getBoolean(10)));
      }
    }
    return out;
  }

  private <T> T inTransaction(Transactions.Work<T> work, String what) {
    return Transactions.inTransaction(dataSource, what, work);
  }
}

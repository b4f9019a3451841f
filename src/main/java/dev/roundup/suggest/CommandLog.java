package dev.roundup.suggest;

import dev.roundup.store.SqlTimes;
import dev.roundup.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Roundup's own log of the slash commands people run ({@code /summarize}, {@code /digest preview}):
 * a command leaves no message in the channel, so this is the only evidence that someone summarizes
 * a channel by hand. Written after the ack by the listener that handles the command, only while
 * suggestions are on; kept as long as stored messages.
 */
public final class CommandLog {

  /** Longest argument text kept; commands are short. */
  static final int MAX_ARGS = 500;

  private final DataSource dataSource;

  public CommandLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void record(LoggedCommand c) {
    String args = c.args() == null ? "" : c.args().strip();
    Transactions.inTransaction(dataSource, "log " + c.command(), conn -> {
      try (PreparedStatement ps = conn.prepareStatement("INSERT INTO command_log (team_id, user_id, command, "
          + "args, channel_id, ran_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, c.teamId());
        ps.setString(2, c.user());
        ps.setString(3, c.command());
        ps.setString(4, args.length() > MAX_ARGS ? args.substring(0, MAX_ARGS) : args);
        ps.setString(5, c.channel());
        ps.setObject(6, SqlTimes.of(c.at()));
        return ps.executeUpdate();
      }
    });
  }

  /** The workspace's commands with from ≤ time < to, oldest first. */
  public List<LoggedCommand> between(String teamId, Instant from, Instant to) {
    return Transactions.inTransaction(dataSource, "read the command log", conn -> {
      try (PreparedStatement ps = conn.prepareStatement("SELECT team_id, user_id, command, args, channel_id, "
          + "ran_at FROM command_log WHERE team_id = ? AND ran_at >= ? AND ran_at < ? ORDER BY ran_at, id")) {
        ps.setString(1, teamId);
        ps.setObject(2, SqlTimes.of(from));
        ps.setObject(3, SqlTimes.of(to));
        List<LoggedCommand> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new LoggedCommand(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), SqlTimes.instant(rs, 6)));
          }
        }
        return out;
      }
    });
  }

  /** Deletes what is older than the cutoff (the message retention); answers how many rows. */
  public int purgeBefore(Instant cutoff) {
    return Transactions.inTransaction(dataSource, "purge the command log", conn -> {
      try (PreparedStatement ps = conn.prepareStatement("DELETE FROM command_log WHERE ran_at < ?")) {
        ps.setObject(1, SqlTimes.of(cutoff));
        return ps.executeUpdate();
      }
    });
  }
}

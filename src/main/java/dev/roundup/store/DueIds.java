package dev.roundup.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The ids of the rows due at one instant, to the millisecond (Quartz plans to the millisecond):
 * what the firing of that instant runs. Tasks and digests both ask it.
 */
public final class DueIds {

  private DueIds() {}

  /**
   * @param sql  a query of one id column whose two parameters are the instant's millisecond and
   *             the next one ({@code next_run_at >= ? AND next_run_at < ?})
   * @param what what is listed, for the error ("tasks", "digests")
   */
  public static List<Long> at(DataSource dataSource, String sql, Instant at, String what) {
    Instant from = at.truncatedTo(ChronoUnit.MILLIS);
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      SqlTimes.set(ps, 1, from);
      SqlTimes.set(ps, 2, from.plusMillis(1));
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("could not list the " + what + " due at " + at, e);
    }
  }
}

package dev.roundup.store;

import java.sql.SQLException;

/** Portable reading of SQL error states across H2 and PostgreSQL. */
public final class SqlStates {

  private SqlStates() {}

  /** SQLSTATE 23505 (both databases) is a unique or primary key violation. */
  public static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if ("23505".equals(x.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}

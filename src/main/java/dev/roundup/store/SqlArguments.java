package dev.roundup.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds a statement's arguments in order, nulls included (as SQL NULL of no particular type). */
public final class SqlArguments {

  private SqlArguments() {}

  public static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        ps.setNull(i + 1, Types.NULL);
      } else {
        ps.setObject(i + 1, args[i]);
      }
    }
  }
}

package dev.roundup.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in {@code TIMESTAMP WITH TIME ZONE} columns, the same way on H2 and PostgreSQL: written
 * as UTC offsets (both drivers take {@link OffsetDateTime}; neither maps {@link Instant} itself),
 * read back as instants; null stays null.
 */
public final class SqlTimes {

  private SqlTimes() {}

  /** The column value for an instant (null for null). */
  public static OffsetDateTime of(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  /** Binds an instant, or a typed SQL NULL, to a parameter. */
  public static void set(PreparedStatement ps, int parameter, Instant at) throws SQLException {
    if (at == null) {
      ps.setNull(parameter, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(parameter, of(at));
    }
  }

  /** The instant in a column, or null. */
  public static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** The instant in a named column, or null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    return instant(rs, rs.findColumn(column));
  }
}

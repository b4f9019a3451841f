package dev.roundup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * An empty database (H2 in memory) or schema (on the tests' PostgreSQL server) that a test
 * migrates step by step with Roundup's own migrations: rows written as an older version wrote them,
 * then the newer migrations, then what they made of those rows.
 */
public record MigrationTarget(String url, String vendor, String dropUrl, String dropStatement) {

  public static MigrationTarget open(ScratchDatabase.Kind kind) throws SQLException {
    if (kind == ScratchDatabase.Kind.H2) {
      String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID()
          + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;USER=sa";
      return new MigrationTarget(url, "h2", url, "SHUTDOWN");
    }
    String server = ScratchDatabase.postgresUrl();
    String schema = "roundup_migrations_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return new MigrationTarget(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        "postgresql", server, "DROP SCHEMA " + schema + " CASCADE");
  }

  /** Applies the migrations up to {@code version} ("latest" for all). */
  public void migrate(String version) {
    Flyway.configure().dataSource(url, null, null)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .target(version).load().migrate();
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  public void drop() throws SQLException {
    try (Connection c = DriverManager.getConnection(dropUrl); Statement s = c.createStatement()) {
      s.execute(dropStatement);
    }
  }
}

package dev.roundup;

import static org.junit.jupiter.api.Assertions.fail;

import dev.roundup.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A migrated, empty database for one test, on H2 or on PostgreSQL, thrown away on close. The H2 one
 * is a named in-memory database in PostgreSQL mode; the PostgreSQL one is a new schema in the
 * database that {@code ROUNDUP_TEST_PG_URL} names, so runs sharing that server never see each
 * other's rows.
 *
 * <p>Without {@code ROUNDUP_TEST_PG_URL} a PostgreSQL test is skipped, saying why — except on CI
 * ({@code CI=true}), where it fails: CI starts a server for these tests, and a run that skipped them
 * would pass without having run them.
 */
public final class ScratchDatabase implements AutoCloseable {

  /** The databases Roundup runs on. */
  public enum Kind { H2, POSTGRESQL }

  static final String POSTGRES_URL_VARIABLE = "ROUNDUP_TEST_PG_URL";
  private static final int POOL_SIZE = 10;

  private final Kind kind;
  private final String url;
  private final String user;
  private final String password;
  private final Database database;
  private final String dropStatement;
  private final String dropUrl;

  private ScratchDatabase(Kind kind, String url, String user, String password, String dropUrl,
      String dropStatement) {
    this.kind = kind;
    this.url = url;
    this.user = user;
    this.password = password;
    this.dropUrl = dropUrl;
    this.dropStatement = dropStatement;
    this.database = Database.open(url, user, password, POOL_SIZE);
  }

  public static ScratchDatabase open(Kind kind) {
    return kind == Kind.H2 ? h2() : postgres();
  }

  public static ScratchDatabase h2() {
    String url = "jdbc:h2:mem:scratch-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    return new ScratchDatabase(Kind.H2, url, "sa", "", url, "SHUTDOWN");
  }

  /** A new schema on the PostgreSQL server of the tests; skipped without one (failed on CI). */
  public static ScratchDatabase postgres() {
    String server = postgresUrl();
    String schema = "roundup_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(server, null, null, "CREATE SCHEMA " + schema);
    String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    String drop = "DROP SCHEMA " + schema + " CASCADE";
    try {
      return new ScratchDatabase(Kind.POSTGRESQL, url, null, null, server, drop);
    } catch (RuntimeException e) {
      execute(server, null, null, drop);
      throw e;
    }
  }

  /**
   * The JDBC URL of the PostgreSQL server for tests ({@code ROUNDUP_TEST_PG_URL}, e.g.
   * {@code jdbc:postgresql://127.0.0.1:5432/roundup_test?user=rt}). Without it the calling test is
   * skipped, or fails when {@code CI} is {@code true}.
   */
  public static String postgresUrl() {
    return postgresUrl(System.getenv());
  }

  /** {@link #postgresUrl()} read from the given environment. */
  public static String postgresUrl(Map<String, String> environment) {
    String url = environment.get(POSTGRES_URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return url;
    }
    String missing = POSTGRES_URL_VARIABLE + " is not set, so there is no PostgreSQL server for this test";
    if ("true".equalsIgnoreCase(environment.get("CI"))) {
      fail(missing + ". CI=true: .ci/run must start PostgreSQL and export " + POSTGRES_URL_VARIABLE
          + "; a CI run may not skip the PostgreSQL tests.");
    }
    Assumptions.abort(missing + " — skipping (point it at a scratch database, as .ci/run does, to run it)");
    throw new AssertionError("unreachable");
  }

  public Kind kind() {
    return kind;
  }

  /** The JDBC URL of this database, for another process (a node started by a test). */
  public String jdbcUrl() {
    return url;
  }

  public Database database() {
    return database;
  }

  public DataSource dataSource() {
    return database.dataSource();
  }

  /**
   * Another pool on the same database, as a second node of Roundup would open it: its own
   * connections, the same rows. The caller closes it, before this.
   */
  public Database openAnotherNode(int poolSize) {
    return Database.open(url, user, password, poolSize);
  }

  @Override
  public void close() {
    database.close();
    execute(dropUrl, user, password, dropStatement);
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = user == null ? DriverManager.getConnection(url)
        : DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql + " on the test database", e);
    }
  }
}

package dev.roundup.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and the schema. Opening a {@code Database} migrates the schema with Flyway
 * (scripts in {@code db/migration}, plus {@code db/vendor/h2} or {@code db/vendor/postgresql} for
 * vendor-specific DDL), so every repository can assume its tables exist. The same SQL
 * runs on H2 (in PostgreSQL mode) and on PostgreSQL.
 */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Statements an H2 session keeps parsed, unless the URL sets its own. H2's default is 8, fewer
   * than the statements one pooled connection runs in turn (storing a message event alone runs
   * seven, and Quartz and the acknowledging threads share the pool), so it parsed the same SQL
   * again and again.
   */
  static final int H2_QUERY_CACHE = 64;

  public static Database open(String url, String user, String password, int poolSize) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(withSettings(url));
    hikari.setUsername(user);
    hikari.setPassword(password);
    hikari.setMaximumPoolSize(poolSize);
    hikari.setPoolName("roundup-db");
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      // a wrong URL, an unreachable server, a missing file: said with the URL, not as a stack
      throw new StoreException("cannot open the database " + redacted(url) + ": " + rootMessage(e), e);
    }
    try {
      // db/vendor/<vendor> holds scripts whose DDL differs per database (Quartz's own schema).
      // It sits outside db/migration because Flyway scans locations recursively and would
      // otherwise see both vendors' scripts; the open-source Flyway has no {vendor} placeholder.
      String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
      Flyway.configure().dataSource(ds)
          .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds);
  }

  /** An H2 URL with Roundup's settings for H2 added where it does not set them; other URLs as given. */
  static String withSettings(String url) {
    if (url == null || !url.startsWith("jdbc:h2:")
        || url.toUpperCase(java.util.Locale.ROOT).contains(";QUERY_CACHE_SIZE=")) {
      return url;
    }
    return url + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE;
  }

  /** The URL without a password it may carry ({@code ?password=…}). */
  static String redacted(String url) {
    return url == null ? "(none)" : url.replaceAll("(?i)(password=)[^&;]*", "$1<redacted>");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public boolean isPostgres() {
    return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  /** True when a trivial query succeeds; used by {@code /healthz}. */
  public boolean healthy() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(2);
      return s.execute("SELECT 1");
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}

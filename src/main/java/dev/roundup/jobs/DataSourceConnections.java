package dev.roundup.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Hands Quartz connections from Roundup's own pool, so jobs and tasks share one database. */
final class DataSourceConnections implements ConnectionProvider {

  private final DataSource dataSource;

  DataSourceConnections(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {
    // The pool belongs to Roundup's Database and is closed there, after Quartz.
  }

  @Override
  public void initialize() {
    // Nothing to set up: the pool is already open.
  }
}

package dev.roundup.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in one transaction on a pooled connection: committed when it returns, rolled back when it throws. */
public final class Transactions {

  private Transactions() {}

  /** Work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs the work in a transaction and answers its result.
   *
   * @param what what the work does, for the error ("save message 1.2" → "could not save message 1.2")
   * @throws StoreException when the database fails; the transaction is rolled back
   */
  public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException("could not " + what, e);
    }
  }
}

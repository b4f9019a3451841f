package dev.roundup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings Roundup adds to an H2 URL, and that a URL's own settings win. */
class DatabaseSettingsTest {

  @TempDir
  Path dir;

  @Test
  void an_h2_session_keeps_more_statements_parsed_than_h2s_default() throws SQLException {
    try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("a") + ";MODE=PostgreSQL", "sa", "", 2)) {
      assertThat(queryCache(db)).isEqualTo(Database.H2_QUERY_CACHE).isGreaterThan(8);
    }
  }

  @Test
  void a_url_that_sets_the_query_cache_keeps_its_own_value() throws SQLException {
    try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("b") + ";query_cache_size=16", "sa", "", 2)) {
      assertThat(queryCache(db)).isEqualTo(16);
    }
  }

  @Test
  void a_postgresql_url_is_left_as_given() {
    String url = "jdbc:postgresql://127.0.0.1:5432/roundup?user=r";
    assertThat(Database.withSettings(url)).isEqualTo(url);
  }

  private static int queryCache(Database db) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'QUERY_CACHE_SIZE'")) {
      assertThat(rs.next()).isTrue();
      return Integer.parseInt(rs.getString(1));
    }
  }
}

package dev.roundup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The test databases: when a PostgreSQL run is skipped or fails, and that each starts empty. */
class ScratchDatabaseTest {

  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/roundup_test?user=rt";

  @Test
  void the_postgresql_url_is_the_one_in_the_environment() {
    assertThat(ScratchDatabase.postgresUrl(Map.of("ROUNDUP_TEST_PG_URL", URL, "CI", "true"))).isEqualTo(URL);
  }

  @Test
  void without_a_postgresql_url_a_local_run_skips_the_test_saying_why() {
    assertThatThrownBy(() -> ScratchDatabase.postgresUrl(Map.of()))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("ROUNDUP_TEST_PG_URL is not set");
    assertThatThrownBy(() -> ScratchDatabase.postgresUrl(Map.of("ROUNDUP_TEST_PG_URL", " ", "CI", "false")))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void without_a_postgresql_url_a_ci_run_fails_the_test() {
    assertThatThrownBy(() -> ScratchDatabase.postgresUrl(Map.of("CI", "true")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("ROUNDUP_TEST_PG_URL is not set").hasMessageContaining(".ci/run");
  }

  @OnEachDatabase
  void each_scratch_database_starts_migrated_and_empty_and_sees_only_its_own_rows(ScratchDatabase first) {
    try (ScratchDatabase second = ScratchDatabase.open(first.kind())) {
      assertThat(first.database().isPostgres()).isEqualTo(first.kind() == ScratchDatabase.Kind.POSTGRESQL);
      assertThat(new ProcessedEvents(first.dataSource(), Clock.systemUTC()).claim("Ev1")).isTrue();
      assertThat(new ProcessedEvents(second.dataSource(), Clock.systemUTC()).claim("Ev1")).isTrue();
    }
  }
}

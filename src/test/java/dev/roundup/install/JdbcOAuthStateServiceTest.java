package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** OAuth states on H2 and PostgreSQL: single use, with an expiry. */
class JdbcOAuthStateServiceTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));

  @OnEachDatabase
  void an_issued_state_is_accepted_once(ScratchDatabase db) throws Exception {
    JdbcOAuthStateService states = new JdbcOAuthStateService(db.dataSource(), clock, Duration.ofMinutes(10));
    states.addNewStateToDatastore("s-1");

    assertThat(states.isAvailableInDatabase("s-1")).isTrue();
    assertThat(states.isAvailableInDatabase("s-1")).isFalse();
    assertThat(states.isAvailableInDatabase("never-issued")).isFalse();
    assertThat(states.isAvailableInDatabase("")).isFalse();
  }

  @OnEachDatabase
  void a_state_is_refused_once_it_has_expired(ScratchDatabase db) throws Exception {
    JdbcOAuthStateService states = new JdbcOAuthStateService(db.dataSource(), clock, Duration.ofMinutes(10));
    states.addNewStateToDatastore("s-late");
    states.addNewStateToDatastore("s-on-time");

    clock.advance(Duration.ofMinutes(9));
    assertThat(states.isAvailableInDatabase("s-on-time")).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(states.isAvailableInDatabase("s-late")).isFalse();
    assertThat(states.getExpirationInSeconds()).isEqualTo(600);
  }

  @OnEachDatabase
  void of_callbacks_racing_with_one_state_exactly_one_passes(ScratchDatabase db) throws Exception {
    JdbcOAuthStateService states = new JdbcOAuthStateService(db.dataSource(), clock, Duration.ofMinutes(10));
    states.addNewStateToDatastore("s-raced");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> states.isAvailableInDatabase("s-raced")));
      }
      int passed = 0;
      for (Future<Boolean> a : answers) {
        passed += a.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(passed).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}

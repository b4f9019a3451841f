package dev.roundup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.ScratchDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessedEventsTest {

  @TempDir
  Path dir;

  @Test
  void on_postgresql_an_event_id_is_claimed_once() {
    String id = "EvPg" + System.nanoTime();
    try (ScratchDatabase scratch = ScratchDatabase.postgres()) {
      Database db = scratch.database();
      ProcessedEvents events = new ProcessedEvents(db.dataSource(), Clock.systemUTC());
      assertThat(db.isPostgres()).isTrue();
      assertThat(events.claim(id)).isTrue();
      assertThat(events.claim(id)).isFalse();
      assertThat(db.healthy()).isTrue();
    }
  }

  private Database open() {
    return Database.open("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        "sa", "", 4);
  }

  @Test
  void an_event_id_is_claimed_once_even_by_racing_threads() throws Exception {
    try (Database db = open()) {
      ProcessedEvents events = new ProcessedEvents(db.dataSource(), Clock.systemUTC());
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Callable<Boolean>> claims = IntStream.range(0, 16)
          .mapToObj(i -> (Callable<Boolean>) () -> events.claim("Ev123")).toList();
      long winners = 0;
      for (Future<Boolean> f : pool.invokeAll(claims)) {
        winners += f.get() ? 1 : 0;
      }
      pool.shutdown();
      assertThat(winners).isEqualTo(1);
      assertThat(events.claim("Ev456")).isTrue();
    }
  }

  @Test
  void claims_survive_a_restart_and_old_ones_are_purged() {
    Instant t0 = Instant.parse("2026-11-20T10:00:00Z");
    try (Database db = open()) {
      new ProcessedEvents(db.dataSource(), Clock.fixed(t0, ZoneOffset.UTC)).claim("EvOld");
    }
    try (Database db = open()) {
      ProcessedEvents later = new ProcessedEvents(db.dataSource(),
          Clock.fixed(t0.plus(Duration.ofHours(30)), ZoneOffset.UTC));
      assertThat(later.claim("EvOld")).isFalse();
      assertThat(later.purgeOlderThan(Duration.ofDays(1))).isEqualTo(1);
      assertThat(later.claim("EvOld")).isTrue();
      assertThat(db.healthy()).isTrue();
    }
  }
}

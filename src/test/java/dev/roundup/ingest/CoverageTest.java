package dev.roundup.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.TestClock;
import dev.roundup.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which parts of a channel the store holds: merging ranges, gaps, live ranges and downtime. */
class CoverageTest {

  private static final Instant T0 = Instant.parse("2026-11-16T00:00:00Z");

  private final TestClock clock = new TestClock(T0.plus(Duration.ofDays(3)));
  private Database db;

  @BeforeEach
  void open() {
    db = Database.open("jdbc:h2:mem:coverage-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", 2);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Instant h(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  @Test
  void touching_ranges_merge_and_the_gaps_between_are_reported_in_order() {
    Coverage coverage = new Coverage(db.dataSource(), clock, null);
    coverage.add("C1", TimeRange.of(h(0), h(10)));
    coverage.add("C1", TimeRange.of(h(10), h(20)));
    coverage.add("C1", TimeRange.of(h(30), h(40)));

    assertThat(coverage.ranges("C1")).containsExactly(TimeRange.of(h(0), h(20)), TimeRange.of(h(30), h(40)));
    assertThat(coverage.gaps("C1", h(5), h(50)))
        .containsExactly(TimeRange.of(h(20), h(30)), TimeRange.of(h(40), h(50)));
    assertThat(coverage.gaps("C1", h(1), h(19))).isEmpty();
    assertThat(coverage.gaps("C2", h(1), h(2))).containsExactly(TimeRange.of(h(1), h(2)));
  }

  @Test
  void a_live_range_reaches_now_until_the_process_stops_and_downtime_is_a_gap() {
    Instant started = clock.instant();
    Coverage live = new Coverage(db.dataSource(), clock, started);
    live.live("C1", SlackTs.toMicros(started.plusSeconds(5)));
    clock.advance(Duration.ofHours(2));
    live.heartbeat();
    clock.advance(Duration.ofMinutes(30));
    assertThat(live.gaps("C1", started.plusSeconds(5), clock.instant())).isEmpty();

    // Down for a day: the next process knows the store only up to the last heartbeat.
    Instant stopped = started.plus(Duration.ofHours(2));
    clock.advance(Duration.ofDays(1));
    Coverage restarted = new Coverage(db.dataSource(), clock, clock.instant());
    assertThat(restarted.gaps("C1", started.plusSeconds(5), clock.instant()))
        .containsExactly(TimeRange.of(stopped, clock.instant()));
  }

  @Test
  void purging_forgets_coverage_before_the_cutoff() {
    Coverage coverage = new Coverage(db.dataSource(), clock, null);
    coverage.add("C1", TimeRange.of(h(0), h(10)));
    coverage.add("C1", TimeRange.of(h(20), h(30)));
    coverage.purgeBefore(h(25));
    assertThat(coverage.ranges("C1")).containsExactly(TimeRange.of(h(25), h(30)));
  }
}

package dev.roundup.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import dev.roundup.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Which parts of a channel the store holds: merging ranges, gaps, live ranges and downtime, and
 * several nodes recording ranges at once; on H2 and on PostgreSQL.
 */
class CoverageTest {

  private static final Instant T0 = Instant.parse("2026-11-16T00:00:00Z");

  private final TestClock clock = new TestClock(T0.plus(Duration.ofDays(3)));

  private static Instant h(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  @OnEachDatabase
  void touching_ranges_merge_and_the_gaps_between_are_reported_in_order(ScratchDatabase db) {
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

  @OnEachDatabase
  void a_live_range_reaches_now_until_the_process_stops_and_downtime_is_a_gap(ScratchDatabase db) {
    Instant started = clock.instant();
    Coverage live = new Coverage(db.dataSource(), clock, started);
    live.live("C1", SlackTs.toMicros(started.plusSeconds(5)));
    clock.advance(Duration.ofHours(2));
    assertThat(live.heartbeat()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(30));
    assertThat(live.gaps("C1", started.plusSeconds(5), clock.instant())).isEmpty();

    // Down for a day: the next process knows the store only up to the last heartbeat.
    Instant stopped = started.plus(Duration.ofHours(2));
    clock.advance(Duration.ofDays(1));
    Coverage restarted = new Coverage(db.dataSource(), clock, clock.instant());
    assertThat(restarted.gaps("C1", started.plusSeconds(5), clock.instant()))
        .containsExactly(TimeRange.of(stopped, clock.instant()));
  }

  @OnEachDatabase
  void purging_forgets_coverage_before_the_cutoff(ScratchDatabase db) {
    Coverage coverage = new Coverage(db.dataSource(), clock, null);
    coverage.add("C1", TimeRange.of(h(0), h(10)));
    coverage.add("C1", TimeRange.of(h(20), h(30)));
    coverage.add("C2", TimeRange.of(h(40), h(50)));
    coverage.purgeBefore(h(25));
    assertThat(coverage.ranges("C1")).containsExactly(TimeRange.of(h(25), h(30)));
    assertThat(coverage.ranges("C2")).containsExactly(TimeRange.of(h(40), h(50)));
  }

  /**
   * Four nodes (each its own pool and Coverage) with two backfill threads each record the hours of
   * two channels in random order. Every hour but each 25th is recorded, so each channel must end
   * as exactly eight ranges: none lost, none recorded twice.
   */
  @OnEachDatabase
  void ranges_recorded_by_several_nodes_at_once_all_merge(ScratchDatabase db) throws Exception {
    record Hour(String channel, TimeRange range) {}
    List<TimeRange> hours = new ArrayList<>();
    List<TimeRange> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      if (i % 25 != 24) {
        hours.add(TimeRange.of(h(i), h(i + 1)));
      } else {
        expected.add(TimeRange.of(h(i - 24), h(i)));
      }
    }
    List<Database> nodes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Runnable> threads = new ArrayList<>();
      Random random = new Random(7);
      for (int n = 0; n < 4; n++) {
        Database node = db.openAnotherNode(3);
        nodes.add(node);
        Coverage coverage = new Coverage(node.dataSource(), clock, null);
        for (int t = 0; t < 2; t++) {
          List<Hour> share = new ArrayList<>();
          for (int i = n * 2 + t; i < hours.size(); i += 8) {
            share.add(new Hour("C1", hours.get(i)));
            share.add(new Hour("C2", hours.get(i)));
          }
          Collections.shuffle(share, random);
          threads.add(() -> share.forEach(hour -> coverage.add(hour.channel(), hour.range())));
        }
      }
      CyclicBarrier start = new CyclicBarrier(threads.size());
      List<Future<?>> done = new ArrayList<>();
      for (Runnable thread : threads) {
        done.add(pool.submit(() -> {
          start.await();
          thread.run();
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
      nodes.forEach(Database::close);
    }

    Coverage reader = new Coverage(db.dataSource(), clock, null);
    assertThat(reader.ranges("C1")).containsExactlyElementsOf(expected);
    assertThat(reader.ranges("C2")).containsExactlyElementsOf(expected);
  }
}

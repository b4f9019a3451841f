package dev.roundup.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.roundup.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuartzSchedulerTest {

  private static final QuartzSettings SETTINGS =
      new QuartzSettings(2, false, false, Duration.ofSeconds(1));

  @TempDir
  Path dir;

  private final List<Firing> firings = new CopyOnWriteArrayList<>();
  /** The items due at each instant, as a feature's table would answer. */
  private final Map<Instant, List<Long>> due = new ConcurrentHashMap<>();

  private Database open() {
    return Database.open("jdbc:h2:file:" + dir.resolve("db")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 6);
  }

  private List<Long> dueAt(Instant at) {
    return due.getOrDefault(at, List.of());
  }

  private static Instant ms(Instant i) {
    return Instant.ofEpochMilli(i.toEpochMilli());
  }

  @Test
  void every_item_due_at_an_instant_fires_once_from_one_trigger_with_that_instant() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind items = quartz.register("item", this::dueAt, FireHandler.of(firings::add));
      quartz.start();
      Instant at = ms(Instant.now().plusMillis(700));
      due.put(at, List.of(41L, 42L, 43L));
      items.scheduleAt(at);
      items.scheduleAt(at);
      assertThat(items.planned()).containsExactly(at);
      assertThat(items.isPlanned(at)).isTrue();

      await().atMost(Duration.ofSeconds(10)).until(() -> firings.size() == 3);
      assertThat(firings).extracting(Firing::id).containsExactlyInAnyOrder(41L, 42L, 43L);
      assertThat(firings).allSatisfy(f -> {
        assertThat(f.scheduledFor()).isEqualTo(at);
        assertThat(f.firedAt()).isAfterOrEqualTo(at);
        assertThat(f.recovering()).isFalse();
        assertThat(f.lateBy(Duration.ofSeconds(5))).isFalse();
      });
      await().atMost(Duration.ofSeconds(5)).until(() -> items.planned().isEmpty());
      assertThat(firings).hasSize(3);
    }
  }

  @Test
  void a_run_missed_while_down_fires_once_late_when_the_next_instance_starts() {
    Instant missed = ms(Instant.now().minus(Duration.ofHours(2)));
    due.put(missed, List.of(9L));
    try (Database db = open(); QuartzScheduler down = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      // Planned, never started: the app is "down".
      down.register("item", this::dueAt, FireHandler.of(firings::add)).scheduleAt(missed);
    }
    try (Database db = open(); QuartzScheduler back = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind items = back.register("item", this::dueAt, FireHandler.of(firings::add));
      back.start();
      await().atMost(Duration.ofSeconds(10)).until(() -> !firings.isEmpty());
      assertThat(firings.get(0).scheduledFor()).isEqualTo(missed);
      assertThat(firings.get(0).lateBy(Duration.ofHours(1))).isTrue();
      await().atMost(Duration.ofSeconds(5)).until(() -> items.planned().isEmpty());
      assertThat(firings).hasSize(1);
    }
  }

  @Test
  void a_handler_may_plan_the_next_instant_of_the_item_it_is_running() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      Instant later = ms(Instant.now().plus(Duration.ofDays(2)));
      JobKind[] items = new JobKind[1];
      items[0] = quartz.register("item", this::dueAt, FireHandler.of(f -> {
        firings.add(f);
        items[0].scheduleAt(later);
      }));
      quartz.start();
      Instant soon = ms(Instant.now().plusMillis(300));
      due.put(soon, List.of(5L));
      items[0].scheduleAt(soon);
      await().atMost(Duration.ofSeconds(10)).until(() -> !firings.isEmpty());
      await().atMost(Duration.ofSeconds(5)).until(() -> items[0].planned().equals(java.util.Set.of(later)));
      assertThat(firings).hasSize(1);
    }
  }

  @Test
  void each_kind_has_its_own_instants_and_its_firings_reach_only_its_handler() {
    List<Firing> tasks = new CopyOnWriteArrayList<>();
    List<Firing> digests = new CopyOnWriteArrayList<>();
    Map<Instant, List<Long>> digestsDue = new ConcurrentHashMap<>();
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind taskKind = quartz.register("task", this::dueAt, FireHandler.of(tasks::add));
      JobKind digestKind = quartz.register("digest", at -> digestsDue.getOrDefault(at, List.of()),
          FireHandler.of(digests::add));
      quartz.start();
      Instant soon = ms(Instant.now().plusMillis(300));
      due.put(soon, List.of(1L));
      digestsDue.put(soon.plusMillis(100), List.of(1L));
      taskKind.scheduleAt(soon);
      digestKind.scheduleAt(soon.plusMillis(100));
      assertThat(taskKind.planned()).containsExactly(soon);
      assertThat(digestKind.planned()).containsExactly(soon.plusMillis(100));
      await().atMost(Duration.ofSeconds(10)).until(() -> tasks.size() == 1 && digests.size() == 1);
      assertThat(tasks.get(0).scheduledFor()).isEqualTo(soon);
      assertThat(digests.get(0).scheduledFor()).isEqualTo(soon.plusMillis(100));
    }
  }

  @Test
  void items_run_a_few_at_a_time_and_the_firing_lasts_until_their_work_is_over() {
    QuartzSettings twoRunners = new QuartzSettings(1, 2, false, false, Duration.ofSeconds(1),
        QuartzSettings.DEFAULT_CHECKIN, QuartzSettings.SINGLE_NODE);
    CountDownLatch gate = new CountDownLatch(1);
    Map<Long, CompletableFuture<Void>> posts = new ConcurrentHashMap<>();
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), twoRunners)) {
      JobKind items = quartz.register("item", this::dueAt, f -> {
        firings.add(f);
        try {
          gate.await(); // the item's thread is busy until the test lets it go
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        // Then its post waits without holding a thread.
        return posts.computeIfAbsent(f.id(), id -> new CompletableFuture<>());
      });
      quartz.start();
      Instant at = ms(Instant.now().plusMillis(300));
      due.put(at, List.of(1L, 2L, 3L, 4L, 5L, 6L));
      items.scheduleAt(at);

      await().atMost(Duration.ofSeconds(10)).until(() -> firings.size() == 2);
      await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> firings.size() == 2);
      gate.countDown();
      await().atMost(Duration.ofSeconds(10)).until(() -> firings.size() == 6);
      // Every item's thread is free, but their posts are not over: the firing is still under way.
      assertThat(quartz.inFlight()).isEqualTo(6);
      assertThat(items.planned()).containsExactly(at);

      posts.values().forEach(p -> p.complete(null));
      await().atMost(Duration.ofSeconds(5)).until(() -> quartz.inFlight() == 0 && items.planned().isEmpty());
    }
  }

  @Test
  void items_handed_back_have_their_instant_planned_again_and_run_there() {
    Instant at = ms(Instant.now().plusMillis(300));
    due.put(at, new CopyOnWriteArrayList<>(List.of(1L, 2L)));
    AtomicInteger tries = new AtomicInteger();
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind items = quartz.register("item", this::dueAt, f -> {
        firings.add(f);
        if (f.id() == 2 && tries.incrementAndGet() == 1) {
          // Stopping before its post went out: the claim is released and the item handed back.
          return CompletableFuture.failedFuture(new HandedBack("stopping"));
        }
        due.get(at).remove(f.id()); // done: its next run moves on
        return CompletableFuture.completedFuture(null);
      });
      quartz.start();
      items.scheduleAt(at);

      await().atMost(Duration.ofSeconds(10)).until(() -> due.get(at).isEmpty());
      assertThat(firings).extracting(Firing::id).containsExactlyInAnyOrder(1L, 2L, 2L);
      assertThat(firings).allSatisfy(f -> assertThat(f.scheduledFor()).isEqualTo(at));
      await().atMost(Duration.ofSeconds(5)).until(() -> items.planned().isEmpty());
    }
  }

  @Test
  void every_item_runs_even_when_claiming_them_empties_the_list_the_feature_answered() {
    Instant at = ms(Instant.now().plusMillis(300));
    // A feature answering its live list: claiming the items takes them out of it before any runs.
    List<Long> live = new CopyOnWriteArrayList<>(List.of(7L, 8L, 9L));
    due.put(at, live);
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind items = quartz.register("item", this::dueAt, new FireHandler() {
        @Override
        public CompletableFuture<?> fire(Firing f) {
          firings.add(f);
          return CompletableFuture.completedFuture(null);
        }

        @Override
        public java.util.function.Function<Firing, CompletionStage<?>> prepare(List<Firing> all) {
          all.forEach(f -> live.remove(f.id()));
          return this::fire;
        }
      });
      quartz.start();
      items.scheduleAt(at);

      await().atMost(Duration.ofSeconds(10)).until(() -> firings.size() == 3);
      assertThat(firings).extracting(Firing::id).containsExactlyInAnyOrder(7L, 8L, 9L);
      await().atMost(Duration.ofSeconds(5)).until(() -> items.planned().isEmpty());
      assertThat(firings).hasSize(3);
    }
  }

  @Test
  void a_recovery_trigger_names_the_node_that_died() {
    assertThat(FireJob.failedNode("recover_host-4711-ab12cd34_1732000000123"))
        .isEqualTo("host-4711-ab12cd34");
    assertThat(FireJob.failedNode("recover_single_17")).isEqualTo("single");
  }

  @Test
  void a_kind_cannot_be_registered_twice_or_with_an_odd_name() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      quartz.register("task", this::dueAt, FireHandler.of(firings::add));
      assertThatThrownBy(() -> quartz.register("task", this::dueAt, FireHandler.of(firings::add)))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> quartz.register("Task Runs", this::dueAt, FireHandler.of(firings::add)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}

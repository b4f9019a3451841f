package dev.roundup.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuartzSchedulerTest {

  private static final QuartzSettings SETTINGS =
      new QuartzSettings(2, false, false, Duration.ofSeconds(1));

  @TempDir
  Path dir;

  private final List<Firing> firings = new CopyOnWriteArrayList<>();

  private Database open() {
    return Database.open("jdbc:h2:file:" + dir.resolve("db")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 4);
  }

  @Test
  void an_item_fires_once_at_its_instant_with_its_id() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind items = quartz.register("item", firings::add);
      quartz.start();
      Instant at = Instant.now().plusMillis(600);
      items.scheduleAt(42, at);
      assertThat(items.nextFireTime(42)).contains(Instant.ofEpochMilli(at.toEpochMilli()));

      await().atMost(Duration.ofSeconds(10)).until(() -> !firings.isEmpty());
      Firing f = firings.get(0);
      assertThat(f.id()).isEqualTo(42);
      assertThat(f.scheduledFor()).isEqualTo(Instant.ofEpochMilli(at.toEpochMilli()));
      assertThat(f.firedAt()).isAfterOrEqualTo(f.scheduledFor());
      assertThat(f.lateBy(Duration.ofSeconds(5))).isFalse();
      await().atMost(Duration.ofSeconds(5)).until(() -> items.nextFireTime(42).isEmpty());
      assertThat(firings).hasSize(1);
    }
  }

  @Test
  void scheduling_again_replaces_the_planned_run_and_unschedule_forgets_it() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind items = quartz.register("item", firings::add);
      Instant first = Instant.now().plus(Duration.ofDays(1));
      Instant second = first.plus(Duration.ofHours(3));
      items.scheduleAt(7, first);
      items.scheduleAt(7, second);
      assertThat(items.nextFireTime(7)).contains(Instant.ofEpochMilli(second.toEpochMilli()));
      assertThat(items.planned()).containsExactly(7L);
      items.unschedule(7);
      assertThat(items.nextFireTime(7)).isEmpty();
      assertThat(items.planned()).isEmpty();
    }
  }

  @Test
  void a_run_missed_while_down_fires_once_late_when_the_next_instance_starts() {
    Instant missed = Instant.now().minus(Duration.ofHours(2));
    try (Database db = open(); QuartzScheduler down = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      down.register("item", firings::add).scheduleAt(9, missed); // planned, never started: the app is "down"
    }
    try (Database db = open(); QuartzScheduler back = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind items = back.register("item", firings::add);
      back.start();
      await().atMost(Duration.ofSeconds(10)).until(() -> !firings.isEmpty());
      assertThat(firings.get(0).scheduledFor()).isEqualTo(Instant.ofEpochMilli(missed.toEpochMilli()));
      assertThat(firings.get(0).lateBy(Duration.ofHours(1))).isTrue();
      await().atMost(Duration.ofSeconds(5)).until(() -> items.nextFireTime(9).isEmpty());
      assertThat(firings).hasSize(1);
    }
  }

  @Test
  void a_handler_may_plan_the_next_run_of_the_item_it_is_running() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      Instant later = Instant.now().plus(Duration.ofDays(2));
      JobKind[] items = new JobKind[1];
      items[0] = quartz.register("item", f -> {
        firings.add(f);
        items[0].scheduleAt(f.id(), later);
      });
      quartz.start();
      items[0].scheduleAt(5, Instant.now().plusMillis(300));
      await().atMost(Duration.ofSeconds(10)).until(() -> !firings.isEmpty());
      await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
          .until(() -> items[0].nextFireTime(5).equals(java.util.Optional.of(Instant.ofEpochMilli(later.toEpochMilli()))));
      assertThat(firings).hasSize(1);
    }
  }

  @Test
  void each_kind_has_its_own_ids_and_its_firings_reach_only_its_handler() {
    List<Firing> tasks = new CopyOnWriteArrayList<>();
    List<Firing> digests = new CopyOnWriteArrayList<>();
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      JobKind taskKind = quartz.register("task", tasks::add);
      JobKind digestKind = quartz.register("digest", digests::add);
      quartz.start();
      Instant soon = Instant.now().plusMillis(300);
      taskKind.scheduleAt(1, soon);
      digestKind.scheduleAt(1, soon.plusMillis(100));
      await().atMost(Duration.ofSeconds(10)).until(() -> tasks.size() == 1 && digests.size() == 1);
      assertThat(tasks.get(0).id()).isEqualTo(1);
      assertThat(digests.get(0).id()).isEqualTo(1);
      assertThat(tasks.get(0).scheduledFor()).isEqualTo(Instant.ofEpochMilli(soon.toEpochMilli()));
      assertThat(digests.get(0).scheduledFor()).isEqualTo(Instant.ofEpochMilli(soon.plusMillis(100).toEpochMilli()));
    }
  }

  @Test
  void a_kind_cannot_be_registered_twice_or_with_an_odd_name() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      quartz.register("task", firings::add);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> quartz.register("task", firings::add))
          .isInstanceOf(IllegalStateException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> quartz.register("Task Runs", firings::add))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}

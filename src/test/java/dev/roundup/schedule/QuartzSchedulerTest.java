package dev.roundup.schedule;

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
      quartz.start(firings::add);
      Instant at = Instant.now().plusMillis(600);
      quartz.scheduleAt(42, at);
      assertThat(quartz.nextFireTime(42)).contains(Instant.ofEpochMilli(at.toEpochMilli()));

      await().atMost(Duration.ofSeconds(10)).until(() -> !firings.isEmpty());
      Firing f = firings.get(0);
      assertThat(f.id()).isEqualTo(42);
      assertThat(f.scheduledFor()).isEqualTo(Instant.ofEpochMilli(at.toEpochMilli()));
      assertThat(f.firedAt()).isAfterOrEqualTo(f.scheduledFor());
      assertThat(f.lateBy(Duration.ofSeconds(5))).isFalse();
      await().atMost(Duration.ofSeconds(5)).until(() -> quartz.nextFireTime(42).isEmpty());
      assertThat(firings).hasSize(1);
    }
  }

  @Test
  void scheduling_again_replaces_the_planned_run_and_unschedule_forgets_it() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      Instant first = Instant.now().plus(Duration.ofDays(1));
      Instant second = first.plus(Duration.ofHours(3));
      quartz.scheduleAt(7, first);
      quartz.scheduleAt(7, second);
      assertThat(quartz.nextFireTime(7)).contains(Instant.ofEpochMilli(second.toEpochMilli()));
      quartz.unschedule(7);
      assertThat(quartz.nextFireTime(7)).isEmpty();
    }
  }

  @Test
  void a_run_missed_while_down_fires_once_late_when_the_next_instance_starts() {
    Instant missed = Instant.now().minus(Duration.ofHours(2));
    try (Database db = open(); QuartzScheduler down = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      down.scheduleAt(9, missed); // planned, never started: the app is "down"
    }
    try (Database db = open(); QuartzScheduler back = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      back.start(firings::add);
      await().atMost(Duration.ofSeconds(10)).until(() -> !firings.isEmpty());
      assertThat(firings.get(0).scheduledFor()).isEqualTo(Instant.ofEpochMilli(missed.toEpochMilli()));
      assertThat(firings.get(0).lateBy(Duration.ofHours(1))).isTrue();
      await().atMost(Duration.ofSeconds(5)).until(() -> back.nextFireTime(9).isEmpty());
      assertThat(firings).hasSize(1);
    }
  }

  @Test
  void a_handler_may_plan_the_next_run_of_the_item_it_is_running() {
    try (Database db = open(); QuartzScheduler quartz = QuartzScheduler.open(db.dataSource(), SETTINGS)) {
      Instant later = Instant.now().plus(Duration.ofDays(2));
      quartz.start(f -> {
        firings.add(f);
        quartz.scheduleAt(f.id(), later);
      });
      quartz.scheduleAt(5, Instant.now().plusMillis(300));
      await().atMost(Duration.ofSeconds(10)).until(() -> !firings.isEmpty());
      await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
          .until(() -> quartz.nextFireTime(5).equals(java.util.Optional.of(Instant.ofEpochMilli(later.toEpochMilli()))));
      assertThat(firings).hasSize(1);
    }
  }
}

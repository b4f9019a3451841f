package dev.roundup.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.ScratchDatabase;
import dev.roundup.jobs.Firing;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.jobs.QuartzSettings;
import dev.roundup.slack.Destination;
import dev.roundup.store.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The same store and scheduler on PostgreSQL: migrations (Quartz's PostgreSQL schema), the task
 * store and a firing, in a fresh schema on the server {@code ROUNDUP_TEST_PG_URL} names (see
 * {@link ScratchDatabase} for when it is skipped).
 */
class PostgresTaskStoreTest {

  @Test
  void tasks_and_quartz_work_on_postgresql() {
    List<Firing> firings = new CopyOnWriteArrayList<>();
    try (ScratchDatabase scratch = ScratchDatabase.postgres();
        QuartzScheduler quartz = QuartzScheduler.open(scratch.dataSource(),
            new QuartzSettings(2, true, true, Duration.ofSeconds(1)))) {
      TaskRepository repo = new TaskRepository(scratch.dataSource());
      // PostgreSQL keeps microseconds; whole milliseconds compare equal on both sides.
      Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
      var schedule = dev.roundup.schedule.Schedules.fromSpec(
          new dev.roundup.schedule.OneOffSchedule(Instant.now().plusSeconds(3600), ZoneId.of("UTC")).spec());
      Task saved = repo.insert(new Task(0, "U1", "T1", ActionKind.REMIND, List.of("U1"), "hello",
          Destination.dm("U1"), "in 1 hour", schedule.spec(), ZoneId.of("UTC"), now, false, 0,
          null, now.plusSeconds(3600), null, null));
      assertThat(repo.find(saved.id())).contains(saved);
      // A person's tasks are counted in the workspace the request is for: the task's own.
      assertThat(Workspace.call("T1", () -> repo.countActive("U1"))).isEqualTo(1);
      assertThat(Workspace.call("T2", () -> repo.countActive("U1"))).isZero();

      Instant at = Instant.ofEpochMilli(Instant.now().plusMillis(500).toEpochMilli());
      repo.advance(saved.id(), saved.scheduleSpec(), at);
      quartz.register("task", repo::dueAt, dev.roundup.jobs.FireHandler.of(firings::add)).scheduleAt(at);
      quartz.start();
      await().atMost(Duration.ofSeconds(20)).until(() -> firings.stream().anyMatch(f -> f.id() == saved.id()));
      assertThat(firings).singleElement().satisfies(f -> assertThat(f.scheduledFor()).isEqualTo(at));
      repo.delete(saved.id());
    }
  }
}

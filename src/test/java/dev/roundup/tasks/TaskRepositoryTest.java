package dev.roundup.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.schedule.ParseResult;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import dev.roundup.store.Database;
import dev.roundup.store.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task store's contract, on H2 in PostgreSQL mode (the same SQL runs on PostgreSQL). */
class TaskRepositoryTest {

  @TempDir
  Path dir;

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");

  private Database open() {
    return Database.open("jdbc:h2:file:" + dir.resolve("db")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 4);
  }

  private static Schedule schedule(String phrase) {
    ParseResult r = new ScheduleParser().parse(phrase, ZONE, ZonedDateTime.ofInstant(T0, ZONE));
    return ((Parsed) r).schedule();
  }

  private static Task task(String owner, Destination to, Instant next) {
    Schedule s = schedule("every weekday at 9am");
    return new Task(0, owner, "T1", ActionKind.SUMMARIZE, List.of("C1", "C2"), "risks", to,
        "every weekday at 9am", s.spec(), s.zone(), T0, false, 0, null, next, null, null);
  }

  @Test
  void a_saved_task_reads_back_field_for_field_after_a_restart() {
    Task saved;
    try (Database db = open()) {
      saved = new TaskRepository(db.dataSource())
          .insert(task("U1", Destination.thread("C9", "1700000000.000100"), T0.plus(1, ChronoUnit.DAYS)));
    }
    try (Database db = open()) {
      Task read = new TaskRepository(db.dataSource()).find(saved.id()).orElseThrow();
      assertThat(read).isEqualTo(saved);
      assertThat(read.schedule().spec()).isEqualTo(schedule("every weekday at 9am").spec());
    }
  }

  @Test
  void tasks_are_listed_by_owner_counted_when_active_updated_and_deleted_with_their_runs() {
    Workspace.run("T1", this::listCountUpdateDelete);
  }

  @Test
  void a_person_s_tasks_are_listed_and_counted_only_in_their_own_workspace() {
    try (Database db = open()) {
      TaskRepository repo = new TaskRepository(db.dataSource());
      Task a = repo.insert(task("U1", Destination.dm("U1"), T0.plusSeconds(60)));
      Workspace.run("T1", () -> {
        assertThat(repo.byOwner("U1")).extracting(Task::id).containsExactly(a.id());
        assertThat(repo.all(10)).extracting(Task::id).containsExactly(a.id());
        assertThat(repo.countActive("U1")).isEqualTo(1);
      });
      Workspace.run("T2", () -> {
        assertThat(repo.byOwner("U1")).isEmpty();
        assertThat(repo.all(10)).isEmpty();
        assertThat(repo.countActive("U1")).isZero();
      });
    }
  }

  private void listCountUpdateDelete() {
    try (Database db = open()) {
      TaskRepository repo = new TaskRepository(db.dataSource());
      Task a = repo.insert(task("U1", Destination.dm("U1"), T0.plusSeconds(60)));
      Task b = repo.insert(task("U1", Destination.channel("C3"), T0.plusSeconds(120)));
      Task other = repo.insert(task("U2", Destination.dm("U2"), T0.plusSeconds(60)));
      assertThat(repo.byOwner("U1")).extracting(Task::id).containsExactly(a.id(), b.id());
      assertThat(repo.countActive("U1")).isEqualTo(2);

      repo.pause(b.id(), "you left <#C1>");
      assertThat(repo.countActive("U1")).isEqualTo(1);
      assertThat(repo.find(b.id()).orElseThrow().paused()).isTrue();
      assertThat(repo.find(b.id()).orElseThrow().pauseReason()).isEqualTo("you left <#C1>");
      assertThat(repo.activeRunInstants()).containsExactly(T0.plusSeconds(60));
      assertThat(repo.dueAt(T0.plusSeconds(60))).containsExactly(a.id(), other.id());
      assertThat(repo.dueAt(T0.plusSeconds(120))).isEmpty();
      repo.resume(b.id(), T0.plusSeconds(300));
      assertThat(repo.find(b.id()).orElseThrow()).satisfies(t -> {
        assertThat(t.paused()).isFalse();
        assertThat(t.pauseReason()).isNull();
        assertThat(t.nextRunAt()).isEqualTo(T0.plusSeconds(300));
      });

      long first = repo.runs().claim(a.id(), T0, T0.plusMillis(5), "node").orElseThrow();
      repo.runs().finish(first, T0.plusMillis(900), TaskRun.OK, "1.2", null);
      long manual = repo.runs().claim(a.id(), null, T0.plusSeconds(9), "node").orElseThrow();
      repo.runs().finish(manual, T0.plusSeconds(10), TaskRun.FAILED, null, "is_archived");
      assertThat(repo.runs().of(a.id())).extracting(TaskRun::outcome).containsExactly("ok", "failed");
      assertThat(repo.runs().planned(a.id(), T0)).hasValueSatisfying(r -> assertThat(r.messageTs()).isEqualTo("1.2"));
      assertThat(repo.runs().of(a.id()).get(0).messageTs()).isEqualTo("1.2");
      assertThat(repo.runs().of(a.id()).get(1).scheduledFor()).isNull();

      repo.delete(a.id());
      assertThat(repo.find(a.id())).isEmpty();
      assertThat(repo.runs().of(a.id())).isEmpty();
      assertThat(repo.all(10)).extracting(Task::id).containsExactly(b.id(), other.id());
    }
  }

  @Test
  void a_planned_run_is_claimed_once_and_runs_by_hand_never_collide() {
    try (Database db = open()) {
      TaskRepository repo = new TaskRepository(db.dataSource());
      Task a = repo.insert(task("U1", Destination.dm("U1"), T0.plusSeconds(60)));
      assertThat(repo.runs().claim(a.id(), T0.plusSeconds(60), T0, "node-a")).isPresent();
      assertThat(repo.runs().claim(a.id(), T0.plusSeconds(60), T0.plusSeconds(1), "node-b")).isEmpty();
      assertThat(repo.runs().claim(a.id(), null, T0, "node-a")).isPresent();
      assertThat(repo.runs().claim(a.id(), null, T0, "node-b")).isPresent();
      assertThat(repo.runs().planned(a.id(), T0.plusSeconds(60))).hasValueSatisfying(r -> {
        assertThat(r.running()).isTrue();
        assertThat(r.claimedBy()).isEqualTo("node-a");
      });
    }
  }

  @Test
  void only_a_dead_node_s_unfinished_claim_is_taken_over_and_a_released_one_is_claimed_again() {
    try (Database db = open()) {
      TaskRepository repo = new TaskRepository(db.dataSource());
      Task a = repo.insert(task("U1", Destination.dm("U1"), T0.plusSeconds(60)));
      long run = repo.runs().claim(a.id(), T0.plusSeconds(60), T0, "dead").orElseThrow();

      assertThat(repo.runs().takeOver(run, "alive", "node-b", T0.plusSeconds(9))).isFalse();
      assertThat(repo.runs().takeOver(run, "dead", "node-b", T0.plusSeconds(9))).isTrue();
      assertThat(repo.runs().takeOver(run, "dead", "node-c", T0.plusSeconds(9))).isFalse();
      assertThat(repo.runs().planned(a.id(), T0.plusSeconds(60))).hasValueSatisfying(r -> {
        assertThat(r.claimedBy()).isEqualTo("node-b");
        assertThat(r.startedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(r.key()).isEqualTo("task-run-" + run);
      });
      repo.runs().finish(run, T0.plusSeconds(10), TaskRun.OK, "1.2", null);
      repo.runs().release(run);
      assertThat(repo.runs().planned(a.id(), T0.plusSeconds(60))).isPresent(); // a finished run stays

      long other = repo.runs().claim(a.id(), T0.plusSeconds(120), T0, "node-b").orElseThrow();
      repo.runs().release(other);
      assertThat(repo.runs().planned(a.id(), T0.plusSeconds(120))).isEmpty();
      assertThat(repo.runs().claim(a.id(), T0.plusSeconds(120), T0.plusSeconds(1), "node-c")).isPresent();
    }
  }

  @Test
  void counters_move_in_one_statement_and_advance_skips_an_edited_or_paused_task() {
    try (Database db = open()) {
      TaskRepository repo = new TaskRepository(db.dataSource());
      Task a = repo.insert(task("U1", Destination.dm("U1"), T0.plusSeconds(60)));
      assertThat(repo.recordOutcome(a.id(), false, T0)).isEqualTo(1);
      assertThat(repo.recordOutcome(a.id(), false, T0.plusSeconds(1))).isEqualTo(2);
      assertThat(repo.recordOutcome(a.id(), true, T0.plusSeconds(2))).isZero();
      assertThat(repo.find(a.id()).orElseThrow().lastRunAt()).isEqualTo(T0.plusSeconds(2));

      assertThat(repo.advance(a.id(), a.scheduleSpec(), T0.plusSeconds(120))).isTrue();
      assertThat(repo.find(a.id()).orElseThrow().nextRunAt()).isEqualTo(T0.plusSeconds(120));
      Schedule other = schedule("every Friday at 4pm");
      repo.replace(a.id(), new TaskRequest(ActionKind.REMIND, List.of("U1"), "send the update",
          Destination.dm("U1"), "every Friday at 4pm", other), T0.plusSeconds(500));
      assertThat(repo.advance(a.id(), a.scheduleSpec(), T0.plusSeconds(180))).isFalse();
      assertThat(repo.find(a.id()).orElseThrow()).satisfies(t -> {
        assertThat(t.nextRunAt()).isEqualTo(T0.plusSeconds(500));
        assertThat(t.action()).isEqualTo(ActionKind.REMIND);
        assertThat(t.consecutiveFailures()).isZero();
      });
      repo.pause(a.id(), null);
      assertThat(repo.advance(a.id(), other.spec(), T0.plusSeconds(900))).isFalse();
    }
  }

  @Test
  void a_time_zone_setting_is_stored_and_replaced() {
    try (Database db = open()) {
      UserSettings settings = new UserSettings(db.dataSource());
      assertThat(settings.zone("U1")).isEmpty();
      settings.setZone("U1", ZoneId.of("Europe/Berlin"));
      settings.setZone("U1", ZoneId.of("Asia/Tokyo"));
      assertThat(settings.zone("U1")).contains(ZoneId.of("Asia/Tokyo"));
    }
  }
}

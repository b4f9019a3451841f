package dev.roundup.tasks;

import static dev.roundup.tasks.TaskBot.ALICE;
import static dev.roundup.tasks.TaskBot.WAIT;
import static dev.roundup.tasks.TaskBot.dm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.TestClock;
import dev.roundup.jobs.Firing;
import dev.roundup.summarize.Summarizer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that meet: "run now" beside a scheduled run, an edit while a run is in progress, the same
 * planned run fired twice, and a trigger lost between the database and Quartz. Summaries are held
 * at a gate so two runs are provably in flight at once.
 */
class TaskRacesTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @TempDir
  Path dir;

  /**
   * Roundup's clock, in the future of the real one: Quartz fires on real time, so triggers planned
   * by this clock never fire during the test; runs happen only when the test makes them.
   */
  private final TestClock clock = new TestClock(ZonedDateTime.of(2027, 3, 8, 8, 0, 0, 0, PARIS).toInstant());
  /** Summaries wait here until the test lets them through; each arrival is counted. */
  private final Semaphore gate = new Semaphore(0);
  private final Semaphore arrived = new Semaphore(0);
  private TaskBot bot;

  private final Summarizer gated = (conversation, options) -> {
    arrived.release();
    try {
      if (!gate.tryAcquire(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return TaskBot.ECHO.summarize(conversation, options);
  };

  @AfterEach
  void stop() {
    gate.release(100);
    if (bot != null) {
      bot.close();
    }
  }

  private Task task(long id) {
    return bot.roundup.tasks().repository().find(id).orElseThrow();
  }

  private long summarizeTask() throws Exception {
    bot = new TaskBot(dir, clock, 25, gated);
    bot.workspace.setClock(clock);
    bot.slack.setClock(clock);
    bot.workspace.post("C0ENG", TaskBot.BORIS, "The release branch is cut.");
    return bot.create(ALICE, "every day at 9am summarize <#C0ENG|eng>");
  }

  @Test
  void run_now_beside_the_scheduled_run_keeps_both_runs_and_plans_the_next_one_once() throws Exception {
    long id = summarizeTask();
    Instant planned = task(id).nextRunAt();
    clock.set(planned.plusSeconds(1));
    CompletableFuture<Integer> scheduled = CompletableFuture.supplyAsync(() -> bot.roundup.tasks().runDue());
    assertThat(arrived.tryAcquire(20, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> byHand = CompletableFuture.supplyAsync(() -> bot.command(ALICE, "run " + id));
    assertThat(arrived.tryAcquire(20, TimeUnit.SECONDS)).as("both runs are in flight").isTrue();

    gate.release(2);
    assertThat(scheduled.get(20, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(byHand.get(20, TimeUnit.SECONDS)).contains("ran just now");

    assertThat(bot.roundup.tasks().repository().runs().of(id)).hasSize(2)
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(TaskRun.OK));
    Task after = task(id);
    assertThat(after.consecutiveFailures()).isZero();
    assertThat(after.nextRunAt()).isEqualTo(planned.plus(java.time.Duration.ofDays(1)));
    assertThat(bot.roundup.tasks().plannedRun(id)).contains(after.nextRunAt());
  }

  @Test
  void an_edit_made_while_a_run_is_in_progress_is_not_undone_by_the_run() throws Exception {
    long id = summarizeTask();
    clock.set(task(id).nextRunAt().plusSeconds(1));
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> bot.roundup.tasks().runDue());
    assertThat(arrived.tryAcquire(20, TimeUnit.SECONDS)).isTrue();

    var edited = bot.roundup.tasks().service().replace(id, ALICE, new TaskCommand(
        new dev.roundup.schedule.ScheduleParser()).parseParts("summarize <#C0ENG|eng> focus: release",
            "every Monday at 10am", ALICE, PARIS, ZonedDateTime.now(clock.withZone(PARIS))) instanceof
        TaskCommand.Create c ? c.request() : null);
    assertThat(edited).isInstanceOf(TaskService.Done.class);
    Instant editedNext = task(id).nextRunAt();

    gate.release();
    assertThat(run.get(20, TimeUnit.SECONDS)).isEqualTo(1);
    Task after = task(id);
    assertThat(after.phrase()).isEqualTo("every Monday at 10am");
    assertThat(after.body()).isEqualTo("release");
    assertThat(after.nextRunAt()).isEqualTo(editedNext);
    assertThat(bot.roundup.tasks().plannedRun(id)).contains(editedNext);
  }

  @Test
  void the_same_planned_run_fired_twice_at_once_runs_once() throws Exception {
    bot = new TaskBot(dir, clock, 25);
    long id = bot.create(ALICE, "every day at 9am remind me to stand up");
    Instant planned = task(id).nextRunAt();
    clock.set(planned.plusSeconds(1));
    TaskRunner runner = runner();
    CountDownLatch start = new CountDownLatch(1);
    Runnable fire = () -> {
      try {
        start.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      runner.fire(new Firing(id, planned, clock.instant())).toCompletableFuture().join();
    };
    CompletableFuture<Void> a = CompletableFuture.runAsync(fire);
    CompletableFuture<Void> b = CompletableFuture.runAsync(fire);
    start.countDown();
    CompletableFuture.allOf(a, b).get(20, TimeUnit.SECONDS);

    assertThat(bot.roundup.tasks().repository().runs().of(id)).hasSize(1);
    assertThat(bot.botMessages(dm(ALICE))).hasSize(1);
  }

  @Test
  void a_lost_trigger_is_planned_again_by_the_sweep_and_a_finished_run_is_not_repeated() throws Exception {
    bot = new TaskBot(dir, clock, 25);
    long id = bot.create(ALICE, "every day at 9am remind me to stand up");
    Instant planned = task(id).nextRunAt();
    bot.roundup.tasks().jobs().unplan(planned);
    assertThat(bot.roundup.tasks().plannedRun(id)).isEmpty();

    assertThat(bot.roundup.tasks().repairTriggers()).isEqualTo(1);
    assertThat(bot.roundup.tasks().plannedRun(id)).contains(planned);
    assertThat(bot.roundup.tasks().repairTriggers()).isZero();

    // The run happened, but the node stopped before planning the next one.
    clock.set(planned.plusSeconds(1));
    long claim = bot.roundup.tasks().repository().runs().claim(id, planned, clock.instant(), "a-node")
        .orElseThrow();
    bot.roundup.tasks().repository().runs().finish(claim, clock.instant(), TaskRun.OK, "1.1", null);
    runner().fire(new Firing(id, planned, clock.instant())).toCompletableFuture().join();
    assertThat(bot.botMessages(dm(ALICE))).isEmpty();
    assertThat(task(id).nextRunAt()).isEqualTo(planned.plus(java.time.Duration.ofDays(1)));
    await().atMost(WAIT).until(() -> bot.roundup.tasks().plannedRun(id)
        .equals(java.util.Optional.of(planned.plus(java.time.Duration.ofDays(1)))));
  }

  /** The feature's runner, as Quartz would call it. */
  private TaskRunner runner() {
    return bot.roundup.tasks().runner();
  }
}

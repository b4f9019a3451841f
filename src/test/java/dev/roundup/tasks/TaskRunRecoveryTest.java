package dev.roundup.tasks;

import static dev.roundup.tasks.TaskBot.ALICE;
import static dev.roundup.tasks.TaskBot.WAIT;
import static dev.roundup.tasks.TaskBot.dm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import dev.roundup.TestClock;
import dev.roundup.app.Config;
import dev.roundup.jobs.FireHandler;
import dev.roundup.jobs.Firing;
import dev.roundup.jobs.QuartzScheduler;
import dev.roundup.jobs.QuartzSettings;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.slack.Destination;
import dev.roundup.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to runs when a node stops mid-run: killed (another node re-runs the instant and
 * takes over that node's unfinished claims, asking Slack whether each post went out), or stopped
 * gracefully (what has not been posted is handed back and runs after the restart). Against a real
 * Roundup on an H2 file and the Slack emulator.
 */
class TaskRunRecoveryTest {

  private static final String DEAD = "host-4711-deadbeef";

  @TempDir
  Path dir;

  /**
   * Roundup's clock for the takeover cases: moved just past the run's planned time, so the recovery
   * firing is due by it (Quartz, on real time, does not fire that instant during the test).
   */
  private final TestClock clock = new TestClock(Instant.now());
  private TaskBot bot;
  private Slack sdk;

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    if (sdk != null) {
      sdk.close();
    }
  }

  private TaskRepository repo() {
    return bot.roundup.tasks().repository();
  }

  /** The bot's own Web API client, to post as the dead node did. */
  private MethodsClient asTheBot() {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(bot.slack.apiUrl());
    config.setStatsEnabled(false);
    sdk = Slack.getInstance(config);
    return sdk.methods(bot.workspace.botToken());
  }

  private void recover(long taskId, Instant planned, String deadNode) {
    bot.roundup.tasks().runner().fire(new Firing(taskId, planned, Instant.now(), deadNode))
        .toCompletableFuture().join();
  }

  @Test
  void a_run_the_dead_node_had_posted_is_recorded_and_not_posted_again() throws Exception {
    bot = new TaskBot(dir, clock, 25);
    long id = bot.create(ALICE, "every day at 9am remind me to stand up");
    Instant planned = repo().find(id).orElseThrow().nextRunAt();
    clock.set(planned.plusSeconds(1));
    // The dead node claimed the run and its reminder reached Slack; then it died.
    long runId = repo().runs().claim(id, planned, Instant.now(), DEAD).orElseThrow();
    String ts = asTheBot().chatPostMessage(r -> r.channel(ALICE).text(":alarm_clock: Reminder: stand up")
        .metadata(new Message.Metadata("roundup_run", Map.of("key", "task-run-" + runId)))).getTs();

    recover(id, planned, DEAD);

    assertThat(bot.botMessages(dm(ALICE))).singleElement().satisfies(m -> assertThat(m.ts()).isEqualTo(ts));
    assertThat(repo().runs().of(id)).singleElement().satisfies(run -> {
      assertThat(run.outcome()).isEqualTo(TaskRun.OK);
      assertThat(run.messageTs()).isEqualTo(ts);
      assertThat(run.claimedBy()).isEqualTo(QuartzSettings.SINGLE_NODE);
    });
    assertThat(repo().find(id).orElseThrow().nextRunAt()).isEqualTo(planned.plus(Duration.ofDays(1)));
  }

  @Test
  void a_run_the_dead_node_had_not_posted_is_run_once_by_the_node_that_takes_it_over() throws Exception {
    bot = new TaskBot(dir, clock, 25);
    long id = bot.create(ALICE, "every day at 9am remind me to stand up");
    Instant planned = repo().find(id).orElseThrow().nextRunAt();
    clock.set(planned.plusSeconds(1));
    long runId = repo().runs().claim(id, planned, Instant.now(), DEAD).orElseThrow();

    recover(id, planned, DEAD);
    recover(id, planned, DEAD); // Quartz recovers an instant once; a second try changes nothing

    StoredMessage reminder = bot.botMessages(dm(ALICE)).stream().filter(m -> m.text().contains("stand up"))
        .reduce((a, b) -> { throw new AssertionError("posted twice"); }).orElseThrow();
    assertThat(reminder.metadata()).contains("task-run-" + runId);
    assertThat(repo().runs().of(id)).singleElement().satisfies(run -> {
      assertThat(run.outcome()).isEqualTo(TaskRun.OK);
      assertThat(run.messageTs()).isEqualTo(reminder.ts());
    });
    assertThat(repo().find(id).orElseThrow().nextRunAt()).isEqualTo(planned.plus(Duration.ofDays(1)));
  }

  @Test
  void a_run_claimed_by_a_node_that_is_alive_is_left_to_it() throws Exception {
    bot = new TaskBot(dir, clock, 25);
    long id = bot.create(ALICE, "every day at 9am remind me to stand up");
    Instant planned = repo().find(id).orElseThrow().nextRunAt();
    clock.set(planned.plusSeconds(1));
    // Claimed a second ago by Roundup's clock: in progress, not abandoned.
    repo().runs().claim(id, planned, clock.instant().minusSeconds(1), "node-still-running").orElseThrow();

    recover(id, planned, DEAD);

    assertThat(bot.botMessages(dm(ALICE))).isEmpty();
    assertThat(repo().runs().planned(id, planned)).hasValueSatisfying(run -> {
      assertThat(run.running()).isTrue();
      assertThat(run.claimedBy()).isEqualTo("node-still-running");
    });
    assertThat(repo().find(id).orElseThrow().nextRunAt()).isEqualTo(planned);
  }

  @Test
  void stopping_gracefully_hands_back_the_runs_not_yet_posted_and_they_run_once_after_a_restart()
      throws Exception {
    // Alice's DM takes two posts a second, so twelve reminders due at once take six seconds; the
    // graceful stop waits one.
    bot = new TaskBot(dir, Clock.systemUTC(), 100, new Config.Posting(2, 1, 6000, 100, 2),
        Duration.ofSeconds(1));
    Instant at = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
    List<Task> drafts = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      drafts.add(reminder("reminder " + i, at));
    }
    List<Long> ids = repo().insertAll(drafts).stream().map(Task::id).toList();
    bot.roundup.tasks().jobs().scheduleAt(at);

    await().atMost(WAIT).until(() -> reminders().size() >= 2);
    bot.stop();
    int postedBeforeStop = reminders().size();

    assertThat(postedBeforeStop).isBetween(2, 11);
    try (Database db = Database.open(bot.dbUrl(), "sa", "", 2);
        QuartzScheduler offline = QuartzScheduler.open(db.dataSource(),
            new QuartzSettings(1, false, false, Duration.ofSeconds(1)))) {
      TaskRepository stopped = new TaskRepository(db.dataSource());
      // Nothing is left claimed: each run either went out or was released.
      assertThat(ids).allSatisfy(id -> assertThat(stopped.runs().of(id)).noneMatch(TaskRun::running));
      assertThat(stopped.dueAt(at)).hasSize(12 - postedBeforeStop);
      // Its instant is planned again, so whichever node runs next picks the rest up.
      assertThat(offline.register(Tasks.JOB_KIND, stopped::dueAt, FireHandler.of(f -> { })).planned())
          .contains(at);
    }

    bot.start();

    await().atMost(WAIT).until(() -> reminders().size() == 12);
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> reminders().size() == 12);
    assertThat(reminders()).extracting(StoredMessage::text).doesNotHaveDuplicates();
    assertThat(ids).allSatisfy(id -> assertThat(repo().runs().of(id)).singleElement()
        .satisfies(run -> assertThat(run.outcome()).isEqualTo(TaskRun.OK)));
  }

  private List<StoredMessage> reminders() {
    return bot.botMessages(dm(ALICE)).stream().filter(m -> m.text().contains("Reminder: reminder")).toList();
  }

  private Task reminder(String body, Instant at) {
    var schedule = new dev.roundup.schedule.ScheduleParser()
        .parse("every day at 9am", ZoneId.of("UTC"), java.time.ZonedDateTime.now(ZoneId.of("UTC")));
    String spec = ((dev.roundup.schedule.Parsed) schedule).schedule().spec();
    return new Task(0, ALICE, "T0SANDBOX", ActionKind.REMIND, List.of(ALICE), body, Destination.dm(ALICE),
        "every day at 9am", spec, ZoneId.of("UTC"), Instant.now(), false, 0, null, at, null, null);
  }
}

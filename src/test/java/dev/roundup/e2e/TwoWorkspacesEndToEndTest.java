package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.TestClock;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.digest.DigestRepository;
import dev.roundup.digest.DigestSubscription;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import dev.roundup.slack.WorkspaceTokens;
import dev.roundup.tasks.ActionKind;
import dev.roundup.tasks.Task;
import dev.roundup.tasks.TaskRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Roundup serving two workspaces of one app, over real HTTP (signed requests) on a real H2
 * file, against one emulator serving both. The workspaces look alike — the same channel names, the
 * same people's names, the same thread shapes — and differ in ids and in a marker word each
 * workspace's messages carry. A mention, a scheduled summary task and a digest in each read and
 * post only their own workspace's, with its own token: every call the emulator recorded for a
 * workspace (answered from the workspace its token belongs to) names only that workspace's
 * channels and carries only its words, and none failed. Removing one workspace stops its
 * scheduled runs while the other's go on.
 */
class TwoWorkspacesEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  /** One workspace as the test sees it: its emulator side, its ids and its marker word. */
  private record Side(Workspace ws, SlackEmulator slack, String person, String incidents, String word) {}

  @TempDir
  Path dir;

  private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final TestClock clock = new TestClock(start);
  private SlackEmulator emulator;
  private Side a;
  private Side b;
  private Roundup roundup;

  @BeforeEach
  void start() throws Exception {
    Workspace wsA = new Workspace("T0ALPHA", "alpha-co");
    // Roundup is another user in each workspace, as in Slack: B's mentions name U0BOTB.
    Workspace wsB = wsA.sameApp("T0BRAVO", "bravo-co", "U0BOTB");
    emulator = SlackEmulator.start(wsA);
    SlackEmulator other = emulator.join(wsB);
    a = side(wsA, emulator, "U0AANNA", "C0AINCIDENTS", "alpha");
    b = side(wsB, other, "U0BANNA", "C0BINCIDENTS", "bravo");
    Map<String, String> tokens = Map.of(wsA.teamId(), wsA.botToken(), wsB.teamId(), wsB.botToken());
    Config config = new Config(
        new Config.Slack(wsA.botToken(), wsA.signingSecret(), null, emulator.apiUrl()),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:file:" + dir.resolve("roundup")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 10),
        new Config.Work(4, 100, Duration.ofHours(24)),
        LlmSettings.embedded(),
        new Config.Tasks(4, false, Duration.ofSeconds(1), 25, Duration.ofMinutes(1)),
        Config.Ingest.defaults(), Config.Digests.defaults(), Config.Posting.defaults(),
        Config.DEFAULT_SHUTDOWN_TIMEOUT);
    // Both installations' tokens, as the installation store answers them in multi-workspace mode.
    Map<String, String> botUsers = Map.of(wsA.teamId(), wsA.botUserId(), wsB.teamId(), wsB.botUserId());
    roundup = Roundup.start(config, clock, WorkspaceCalls.ECHO, new WorkspaceTokens() {
      @Override
      public Optional<String> botToken(String team) {
        return Optional.ofNullable(tokens.get(team));
      }

      @Override
      public Optional<String> botUserId(String team) {
        return Optional.ofNullable(botUsers.get(team));
      }
    });
    for (SlackEmulator slack : List.of(a.slack(), b.slack())) {
      slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
    }
  }

  /** The same-looking workspace: Anna, #general and #incidents, a thread about the night's incident. */
  private static Side side(Workspace ws, SlackEmulator slack, String anna, String incidents, String word) {
    String bot = ws.botUserId();
    ws.addUser(anna, "anna", "Anna Berg", "Europe/Paris", false);
    ws.addChannel(incidents.replace("INCIDENTS", "GENERAL"), "general", false, anna, bot);
    ws.addChannel(incidents, "incidents", false, anna, bot);
    String parent = ws.post(incidents, anna, "Night incident: the " + word + " database failed over at 02:10");
    ws.reply(incidents, parent, anna, "Root cause for " + word + ": a full disk on the primary");
    ws.post(incidents, anna, "Postmortem for " + word + " on Thursday");
    return new Side(ws, slack, anna, incidents, word);
  }

  @AfterEach
  void stop() {
    if (roundup != null) {
      roundup.close();
    }
    emulator.close();
  }

  @Test
  void a_mention_a_task_and_a_digest_in_each_workspace_read_and_post_only_that_workspace_s() {
    for (Side side : List.of(a, b)) {
      String parent = side.ws().messages(side.incidents()).get(0).ts();
      side.slack().userPosts(side.incidents(), parent, side.person(), "<@" + side.ws().botUserId() + "> summarize");
      awaitPosts(side, "full disk", 1);
      // Roundup knows itself in each workspace (another bot user in each): the request that asked
      // for the summary is not summarized as conversation.
      assertThat(posted(side)).filteredOn(t -> t.contains("full disk"))
          .noneMatch(t -> t.contains("@" + side.ws().botUserId()));
    }
    schedule(a, start.plus(Duration.ofHours(1)));
    schedule(b, start.plus(Duration.ofHours(1)));
    clock.set(start.plus(Duration.ofHours(1)).plusSeconds(5));
    assertThat(roundup.tasks().runDue()).isEqualTo(2);
    assertThat(roundup.digests().runDue()).isEqualTo(2);
    for (Side side : List.of(a, b)) {
      awaitPosts(side, "Summary of <#" + side.incidents() + ">", 1);
      awaitPosts(side, "Roundup for ", 1);
      // The owner's App Home shows the run: published in the task's workspace, with its token,
      // although the run is recorded (and its listeners told) on a thread of no workspace.
      await().atMost(Duration.ofSeconds(30)).until(() -> side.slack().calls("views.publish").stream()
          .anyMatch(c -> c.ok() && c.params().toString().contains(side.person())));
    }

    onlyItsOwn(a, b);
    onlyItsOwn(b, a);
  }

  @Test
  void removing_a_workspace_stops_its_scheduled_runs_while_the_other_s_go_on() {
    schedule(a, start.plus(Duration.ofHours(1)));
    schedule(b, start.plus(Duration.ofHours(1)));

    var stopped = roundup.workspaceRemoval().removed(a.ws().teamId());
    int aPostsBefore = posted(a).size();
    clock.set(start.plus(Duration.ofHours(1)).plusSeconds(5));
    int tasksRan = roundup.tasks().runDue();
    int digestsSent = roundup.digests().runDue();

    assertThat(stopped.tasks()).isEqualTo(1);
    assertThat(stopped.digests()).isEqualTo(1);
    assertThat(tasksRan).isEqualTo(1);
    assertThat(digestsSent).isEqualTo(1);
    awaitPosts(b, "Summary of <#" + b.incidents() + ">", 1);
    awaitPosts(b, "Roundup for ", 1);
    assertThat(posted(a)).hasSize(aPostsBefore);
    assertThat(roundup.tasks().repository().find(1).orElseThrow().paused()).isTrue();
    onlyItsOwn(b, a);
  }

  @Test
  void message_events_are_stored_in_the_workspace_they_came_from() throws Exception {
    for (Side side : List.of(a, b)) {
      side.slack().setMessageEvents(true);
      side.slack().userPosts(side.incidents(), null, side.person(), "Replica of " + side.word() + " caught up");
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> storedWithTeam("Replica of ").size() == 2);
    // One thread stores every workspace's events in batches: each row still names its own.
    assertThat(storedWithTeam("Replica of ")).containsOnly(
        Map.entry("Replica of alpha caught up", a.ws().teamId()),
        Map.entry("Replica of bravo caught up", b.ws().teamId()));
  }

  /** Stored message text → its workspace, for messages starting with {@code prefix}. */
  private Map<String, String> storedWithTeam(String prefix) throws java.sql.SQLException {
    Map<String, String> found = new java.util.HashMap<>();
    try (java.sql.Connection c = roundup.database().dataSource().getConnection();
        java.sql.PreparedStatement ps = c.prepareStatement(
            "SELECT text, team_id FROM messages WHERE text LIKE ?")) {
      ps.setString(1, prefix + "%");
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return found;
  }

  /** A summary task posting into the workspace's #incidents and a digest of it to Anna, due at {@code due}. */
  private void schedule(Side side, Instant due) {
    Schedule daily = ((Parsed) new ScheduleParser().parse("every day at 9am", ZONE, start.atZone(ZONE))).schedule();
    Schedule weekly = ((Parsed) new ScheduleParser().parse("every Friday at 4pm", ZONE, start.atZone(ZONE))).schedule();
    new TaskRepository(roundup.database().dataSource()).insert(new Task(0, side.person(), side.ws().teamId(),
        ActionKind.SUMMARIZE, List.of(side.incidents()), "", Destination.channel(side.incidents()),
        "every day at 9am summarize #incidents", daily.spec(), ZONE, start, false, 0, null, due, null, null));
    dev.roundup.store.Workspace.run(side.ws().teamId(), () -> new DigestRepository(roundup.database().dataSource())
        .create(new DigestSubscription(0, side.person(), List.of(side.incidents()), weekly.spec(), ZONE, null, null,
            start, due, null)));
  }

  private static void awaitPosts(Side side, String text, int count) {
    WorkspaceCalls.awaitPosts(side.slack(), text, count);
  }

  private static List<String> posted(Side side) {
    return WorkspaceCalls.posted(side.slack());
  }

  /** Nothing of {@code other} in what the emulator answered for {@code side}. */
  private static void onlyItsOwn(Side side, Side other) {
    WorkspaceCalls.onlyItsOwn(side.slack(), side.word(), other.incidents(),
        other.incidents().replace("INCIDENTS", "GENERAL"), other.person(), other.ws().teamId(), other.word());
  }
}

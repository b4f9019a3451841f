package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.roundup.TestClock;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.install.InstallBrowser;
import dev.roundup.install.InstalledBotTokens;
import dev.roundup.install.TokenCipherTest;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.EphemeralMessage;
import dev.roundup.sandbox.Enterprise;
import dev.roundup.sandbox.OAuthAccess;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import dev.roundup.tasks.ActionKind;
import dev.roundup.tasks.Task;
import dev.roundup.tasks.TaskRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roundup installed org-wide in an Enterprise Grid org (through the real OAuth flow over HTTP: the
 * emulator's oauth.v2.access answers an org-wide install, team null) serves two workspaces of the
 * org with the one org token it was given. The workspaces look alike and differ in ids and a marker
 * word. In each, a person who is not in #incidents is refused first, then a member's mention is
 * answered from that workspace's messages only; every call the emulator answered for a workspace
 * names only its own channels, people and words. The org's uninstall stops both workspaces'
 * scheduled work.
 */
class EnterpriseGridEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  /** One workspace as the test sees it: its emulator side, its ids and its marker word. */
  private record Side(Workspace ws, SlackEmulator slack, String member, String outsider, String incidents,
      String word) {
    String general() {
      return incidents.replace("INCIDENTS", "GENERAL");
    }
  }

  @TempDir
  Path dir;

  private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final TestClock clock = new TestClock(start);
  private final Enterprise grid = new Enterprise("E0GRID", "grid-co");
  private SlackEmulator emulator;
  private Side a;
  private Side b;
  private Roundup roundup;
  private InstalledBotTokens tokens;

  @BeforeEach
  void start() throws Exception {
    Workspace wsA = grid.addWorkspace("T0ALPHA", "alpha-co");
    Workspace wsB = grid.addWorkspace("T0BRAVO", "bravo-co");
    emulator = SlackEmulator.start(wsA);
    SlackEmulator other = emulator.join(wsB);
    a = side(wsA, emulator, "U0AANNA", "U0AOTTO", "C0AINCIDENTS", "alpha");
    b = side(wsB, other, "U0BANNA", "U0BOTTO", "C0BINCIDENTS", "bravo");
    Config config = new Config(
        new Config.Slack(null, wsA.signingSecret(), null, emulator.apiUrl(), new Config.MultiWorkspace(
            OAuthAccess.CLIENT_ID, OAuthAccess.CLIENT_SECRET, TokenCipherTest.newKey(), "", null)),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:file:" + dir.resolve("roundup")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 10),
        new Config.Work(4, 100, Duration.ofHours(24)), LlmSettings.embedded());
    roundup = Roundup.start(config, clock, WorkspaceCalls.ECHO);
    for (SlackEmulator slack : List.of(a.slack(), b.slack())) {
      slack.setAppUrl("http://127.0.0.1:" + roundup.port() + "/slack/events");
    }
    tokens = roundup.installs().orElseThrow().tokens();

    var installed = new InstallBrowser("http://127.0.0.1:" + roundup.port()).install("code-grid");

    assertThat(installed.body()).contains("Roundup is installed in E0GRID");
  }

  /** Anna (in #incidents) and Otto (not), #general and a private #incidents with a thread about the night. */
  private static Side side(Workspace ws, SlackEmulator slack, String anna, String otto, String incidents,
      String word) {
    String bot = ws.botUserId();
    ws.addUser(anna, "anna", "Anna Berg", "Europe/Paris", false);
    ws.addUser(otto, "otto", "Otto Lind", "Europe/Paris", false);
    ws.addChannel(incidents.replace("INCIDENTS", "GENERAL"), "general", false, anna, otto, bot);
    ws.addChannel(incidents, "incidents", true, anna, bot);
    String parent = ws.post(incidents, anna, "Night incident: the " + word + " database failed over at 02:10");
    ws.reply(incidents, parent, anna, "Root cause for " + word + ": a full disk on the primary");
    ws.post(incidents, anna, "Postmortem for " + word + " on Thursday");
    return new Side(ws, slack, anna, otto, incidents, word);
  }

  @AfterEach
  void stop() {
    if (roundup != null) {
      roundup.close();
    }
    emulator.close();
  }

  @Test
  void one_org_wide_install_answers_in_each_workspace_with_the_org_token_and_only_that_workspace_s_messages() {
    // The org's workspaces are known as their requests arrive: none has come yet.
    assertThat(tokens.botToken(a.ws().teamId())).isEmpty();

    for (Side side : List.of(a, b)) {
      side.slack().userPosts(side.general(), null, side.outsider(),
          "<@" + Enterprise.BOT_USER_ID + "> summarize <#" + side.incidents() + "|incidents> 7d");
      await().atMost(WAIT).until(() -> ephemeralsTo(side, side.outsider()).stream()
          .anyMatch(m -> m.text().contains("I can't see <#" + side.incidents() + "> for you")));
      assertThat(posted(side)).noneMatch(t -> t.contains("full disk"));

      String parent = side.ws().messages(side.incidents()).get(0).ts();
      side.slack().userPosts(side.incidents(), parent, side.member(), "<@" + Enterprise.BOT_USER_ID + "> summarize");
      awaitPosts(side, "full disk");
      assertThat(posted(side)).filteredOn(t -> t.contains("full disk"))
          .noneMatch(t -> t.contains("@" + Enterprise.BOT_USER_ID));
    }

    // The only token Roundup was ever given is the org's: every answered call above was made with it.
    for (Side side : List.of(a, b)) {
      assertThat(tokens.botToken(side.ws().teamId())).contains(grid.botToken());
      assertThat(tokens.botUserId(side.ws().teamId())).contains(Enterprise.BOT_USER_ID);
      assertThat(roundup.workspaces().enterpriseOf(side.ws().teamId())).contains("E0GRID");
    }
    onlyItsOwn(a, b);
    onlyItsOwn(b, a);
  }

  @Test
  void the_org_uninstalling_roundup_stops_the_scheduled_work_of_every_workspace_of_the_org() {
    for (Side side : List.of(a, b)) {
      // A request from each workspace records it as one of the org's.
      side.slack().userJoins(side.general(), side.member());
    }
    await().atMost(WAIT).until(() -> roundup.workspaces().teamsOf("E0GRID").size() == 2);
    long taskA = schedule(a, start.plus(Duration.ofHours(1)));
    long taskB = schedule(b, start.plus(Duration.ofHours(1)));

    JsonObject uninstalled = new JsonObject();
    uninstalled.addProperty("type", "app_uninstalled");
    assertThat(a.slack().deliverEvent(uninstalled).status()).isEqualTo(200);

    TaskRepository repository = roundup.tasks().repository();
    await().atMost(WAIT).until(() -> repository.find(taskA).orElseThrow().paused()
        && repository.find(taskB).orElseThrow().paused());
    assertThat(tokens.botToken(a.ws().teamId())).isEmpty();
    assertThat(tokens.botToken(b.ws().teamId())).isEmpty();
    clock.set(start.plus(Duration.ofHours(1)).plusSeconds(5));
    assertThat(roundup.tasks().runDue()).isZero();
  }

  @Test
  void the_org_taking_roundup_out_of_one_workspace_stops_that_workspace_only_until_it_gives_it_back() {
    for (Side side : List.of(a, b)) {
      side.slack().userJoins(side.general(), side.member());
    }
    await().atMost(WAIT).until(() -> roundup.workspaces().teamsOf("E0GRID").size() == 2);
    long taskA = schedule(a, start.plus(Duration.ofHours(1)));
    long taskB = schedule(b, start.plus(Duration.ofHours(1)));

    assertThat(b.slack().deliverEvent(teamAccess("team_access_revoked", a)).status()).isEqualTo(200);

    TaskRepository repository = roundup.tasks().repository();
    await().atMost(WAIT).until(() -> repository.find(taskA).orElseThrow().paused());
    assertThat(tokens.botToken(a.ws().teamId())).isEmpty();
    assertThat(tokens.botToken(b.ws().teamId())).contains(grid.botToken());
    clock.set(start.plus(Duration.ofHours(1)).plusSeconds(5));
    assertThat(roundup.tasks().runDue()).isEqualTo(1);
    awaitPosts(b, "Summary of <#" + b.incidents() + ">");
    assertThat(repository.find(taskB).orElseThrow().paused()).isFalse();

    assertThat(b.slack().deliverEvent(teamAccess("team_access_granted", a)).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> tokens.botToken(a.ws().teamId()).isPresent());
  }

  private static JsonObject teamAccess(String type, Side side) {
    JsonObject event = new JsonObject();
    event.addProperty("type", type);
    com.google.gson.JsonArray teams = new com.google.gson.JsonArray();
    teams.add(side.ws().teamId());
    event.add("team_ids", teams);
    return event;
  }

  /** A summary task posting into the workspace's private #incidents itself, due at {@code due}; answers its id. */
  private long schedule(Side side, Instant due) {
    Schedule daily = ((Parsed) new ScheduleParser().parse("every day at 9am", ZONE, start.atZone(ZONE))).schedule();
    return new TaskRepository(roundup.database().dataSource()).insert(new Task(0, side.member(), side.ws().teamId(),
        ActionKind.SUMMARIZE, List.of(side.incidents()), "", Destination.channel(side.incidents()),
        "every day at 9am summarize #incidents", daily.spec(), ZONE, start, false, 0, null, due, null, null)).id();
  }

  private static List<EphemeralMessage> ephemeralsTo(Side side, String person) {
    return side.slack().ephemeralMessages(person, side.general());
  }

  private static void awaitPosts(Side side, String text) {
    WorkspaceCalls.awaitPosts(side.slack(), text, 1);
  }

  private static List<String> posted(Side side) {
    return WorkspaceCalls.posted(side.slack());
  }

  /** Nothing of {@code other} in what the emulator answered for {@code side}. */
  private static void onlyItsOwn(Side side, Side other) {
    WorkspaceCalls.onlyItsOwn(side.slack(), side.word(), other.incidents(), other.general(), other.member(),
        other.outsider(), other.ws().teamId(), other.word());
  }
}

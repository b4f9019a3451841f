package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.roundup.app.Config;
import dev.roundup.app.Roundup;
import dev.roundup.llm.LlmSettings;
import dev.roundup.sandbox.Delivery;
import dev.roundup.sandbox.OAuthAccess;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.schedule.OneOffSchedule;
import dev.roundup.schedule.Schedules;
import dev.roundup.slack.Destination;
import dev.roundup.tasks.ActionKind;
import dev.roundup.tasks.Task;
import dev.roundup.tasks.TaskRepository;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole install over real HTTP: Roundup in multi-workspace mode on Jetty, the emulator answering
 * oauth.v2.access, a browser played by an HTTP client that keeps the state cookie.
 */
class InstallRoundTripTest {

  @TempDir
  Path dir;

  private final List<String> removed = new CopyOnWriteArrayList<>();
  private Workspace workspace;
  private SlackEmulator slack;
  private Roundup roundup;

  @BeforeEach
  void start() throws Exception {
    workspace = Workspace.sample();
    slack = SlackEmulator.start(workspace);
    Config config = new Config(
        new Config.Slack(null, workspace.signingSecret(), null, slack.apiUrl(), new Config.MultiWorkspace(
            OAuthAccess.CLIENT_ID, OAuthAccess.CLIENT_SECRET, TokenCipherTest.newKey(), "", null)),
        new Config.Server("127.0.0.1", 0),
        new Config.Database("jdbc:h2:file:" + dir.resolve("roundup")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 5),
        new Config.Work(2, 100, Duration.ofHours(24)), LlmSettings.embedded());
    roundup = Roundup.start(config, Clock.systemUTC(), new ExtractiveSummarizer());
    roundup.onWorkspaceRemoved(removed::add);
    slack.setAppUrl(base() + "/slack/events");
  }

  @AfterEach
  void stop() {
    if (roundup != null) {
      roundup.close();
    }
    if (slack != null) {
      slack.close();
    }
  }

  private InstallBrowser.Started beginInstall() throws Exception {
    return new InstallBrowser(base()).begin();
  }

  @Test
  void an_install_stores_the_workspace_token_encrypted_and_roundup_then_speaks_with_it() throws Exception {
    InstallBrowser.Started started = beginInstall();
    assertThat(started.authorize()).containsEntry("client_id", OAuthAccess.CLIENT_ID)
        .containsEntry("scope", BotScopes.commaSeparated());
    String state = started.authorize().get("state");
    assertThat(state).isNotBlank().isEqualTo(started.cookie());

    HttpResponse<String> back = get("/slack/oauth_redirect?code=code-1&state=" + state, started.cookie());

    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(back.body()).contains("Roundup is installed in " + workspace.teamId());
    InstalledBotTokens tokens = roundup.installs().orElseThrow().tokens();
    assertThat(tokens.botToken(workspace.teamId())).contains(workspace.botToken());
    assertThat(tokens.botUserId(workspace.teamId())).contains(workspace.botUserId());
    assertThat(tokens.botToken("T0OTHER")).isEmpty();
    assertThat(storedBotToken()).startsWith("v1:").doesNotContain(workspace.botToken());
  }

  @Test
  void bolt_authorizes_a_workspace_event_only_once_the_workspace_has_installed_roundup() throws Exception {
    JsonObject joined = new JsonObject();
    joined.addProperty("type", "member_joined_channel");
    joined.addProperty("user", "U0ALICE");
    joined.addProperty("channel", "C0GENERAL");

    assertThat(slack.deliverEvent(joined).status()).isEqualTo(401);

    InstallBrowser.Started started = beginInstall();
    get("/slack/oauth_redirect?code=code-1&state=" + started.authorize().get("state"), started.cookie());

    assertThat(slack.deliverEvent(joined).status()).isEqualTo(200);
  }

  @Test
  void a_state_is_good_once_and_only_in_the_browser_it_was_given_to() throws Exception {
    InstallBrowser.Started first = beginInstall();
    String state = first.authorize().get("state");
    assertThat(get("/slack/oauth_redirect?code=code-1&state=" + state, first.cookie()).body())
        .contains("Roundup is installed");

    HttpResponse<String> replayed = get("/slack/oauth_redirect?code=code-2&state=" + state, first.cookie());
    assertThat(replayed.body()).contains("Roundup was not installed")
        .contains("This install link has expired or was already used.").contains("href=\"/slack/install\"");

    InstallBrowser.Started second = beginInstall();
    HttpResponse<String> elsewhere = get("/slack/oauth_redirect?code=code-3&state="
        + second.authorize().get("state"), null);
    assertThat(elsewhere.body()).contains("This install link has expired or was already used.");
  }

  @Test
  void a_code_slack_refuses_shows_why_in_words_and_stores_nothing() throws Exception {
    InstallBrowser.Started first = beginInstall();
    get("/slack/oauth_redirect?code=code-used&state=" + first.authorize().get("state"), first.cookie());
    roundup.installs().orElseThrow().installations().deleteAll(null, workspace.teamId());

    InstallBrowser.Started second = beginInstall();
    HttpResponse<String> refused = get("/slack/oauth_redirect?code=code-used&state="
        + second.authorize().get("state"), second.cookie());

    assertThat(refused.body()).contains("Roundup was not installed")
        .contains("Slack did not accept the install code");
    assertThat(roundup.installs().orElseThrow().tokens().botToken(workspace.teamId())).isEmpty();
  }

  @Test
  void a_signed_app_uninstalled_event_deletes_the_workspace_tokens_stops_its_tasks_and_tells_the_hook() throws Exception {
    InstallBrowser.Started started = beginInstall();
    get("/slack/oauth_redirect?code=code-1&state=" + started.authorize().get("state"), started.cookie());
    InstalledBotTokens tokens = roundup.installs().orElseThrow().tokens();
    assertThat(tokens.botToken(workspace.teamId())).isPresent();
    TaskRepository repo = roundup.tasks().repository();
    long ours = repo.insert(reminder(workspace.teamId())).id();
    long elsewhere = repo.insert(reminder("T0ELSEWHERE")).id();

    JsonObject uninstalled = new JsonObject();
    uninstalled.addProperty("type", "app_uninstalled");
    Delivery delivery = slack.deliverEvent(uninstalled);

    assertThat(delivery.status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> removed.contains(workspace.teamId()));
    assertThat(tokens.botToken(workspace.teamId())).isEmpty();
    assertThat(removed).containsExactly(workspace.teamId());
    // Its scheduled work stopped, saying why; another workspace's goes on.
    assertThat(repo.find(ours).orElseThrow().paused()).isTrue();
    assertThat(repo.find(elsewhere).orElseThrow().paused()).isFalse();
  }

  /** A daily reminder in {@code teamId}, due in an hour. */
  private static Task reminder(String teamId) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String spec = Schedules.fromSpec(new OneOffSchedule(now.plusSeconds(3600), ZoneId.of("UTC")).spec()).spec();
    return new Task(0, "U0ALICE", teamId, ActionKind.REMIND, List.of("U0ALICE"), "send the update",
        Destination.dm("U0ALICE"), "in 1 hour", spec, ZoneId.of("UTC"), now, false, 0, null,
        now.plusSeconds(3600), null, null);
  }

  @Test
  void a_revoked_bot_token_is_deleted_and_the_hook_told() throws Exception {
    InstallBrowser.Started started = beginInstall();
    get("/slack/oauth_redirect?code=code-1&state=" + started.authorize().get("state"), started.cookie());

    JsonObject revoked = new JsonObject();
    revoked.addProperty("type", "tokens_revoked");
    JsonObject which = new JsonObject();
    com.google.gson.JsonArray bots = new com.google.gson.JsonArray();
    bots.add(workspace.botUserId());
    which.add("bot", bots);
    which.add("oauth", new com.google.gson.JsonArray());
    revoked.add("tokens", which);
    assertThat(slack.deliverEvent(revoked).status()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(10)).until(() -> removed.contains(workspace.teamId()));
    assertThat(roundup.installs().orElseThrow().tokens().botToken(workspace.teamId())).isEmpty();
  }

  private String storedBotToken() throws Exception {
    try (Connection c = roundup.database().dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT bot_token FROM slack_installations")) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private HttpResponse<String> get(String path, String stateCookie) throws Exception {
    return new InstallBrowser(base()).get(path, stateCookie);
  }

  private String base() {
    return "http://127.0.0.1:" + roundup.port();
  }
}

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
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole install over real HTTP: Roundup in multi-workspace mode on Jetty, the emulator answering
 * oauth.v2.access, a browser played by an HTTP client that keeps the state cookie.
 */
class InstallRoundTripTest {

  private static final Pattern ADD_TO_SLACK = Pattern.compile("id=\"add-to-slack\" href=\"([^\"]+)\"");
  private static final Pattern STATE_COOKIE = Pattern.compile("slack-app-oauth-state=([^;]+)");

  @TempDir
  Path dir;

  private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
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

  /** What the install page hands the browser: Slack's authorize URL's parameters and the state cookie. */
  private record Started(Map<String, String> authorize, String cookie) {}

  private Started beginInstall() throws Exception {
    HttpResponse<String> page = get("/slack/install", null);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher link = ADD_TO_SLACK.matcher(page.body());
    assertThat(link.find()).as("the page has an Add to Slack link").isTrue();
    URI authorize = URI.create(link.group(1).replace("&amp;", "&"));
    assertThat(authorize.getScheme() + "://" + authorize.getHost() + authorize.getPath())
        .isEqualTo("https://slack.com/oauth/v2/authorize");
    Matcher cookie = STATE_COOKIE.matcher(String.join("\n", page.headers().allValues("set-cookie")));
    assertThat(cookie.find()).as("the state is tied to the browser").isTrue();
    return new Started(query(authorize.getRawQuery()), cookie.group(1));
  }

  @Test
  void an_install_stores_the_workspace_token_encrypted_and_roundup_then_speaks_with_it() throws Exception {
    Started started = beginInstall();
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

    Started started = beginInstall();
    get("/slack/oauth_redirect?code=code-1&state=" + started.authorize().get("state"), started.cookie());

    assertThat(slack.deliverEvent(joined).status()).isEqualTo(200);
  }

  @Test
  void a_state_is_good_once_and_only_in_the_browser_it_was_given_to() throws Exception {
    Started first = beginInstall();
    String state = first.authorize().get("state");
    assertThat(get("/slack/oauth_redirect?code=code-1&state=" + state, first.cookie()).body())
        .contains("Roundup is installed");

    HttpResponse<String> replayed = get("/slack/oauth_redirect?code=code-2&state=" + state, first.cookie());
    assertThat(replayed.body()).contains("Roundup was not installed")
        .contains("This install link has expired or was already used.").contains("href=\"/slack/install\"");

    Started second = beginInstall();
    HttpResponse<String> elsewhere = get("/slack/oauth_redirect?code=code-3&state="
        + second.authorize().get("state"), null);
    assertThat(elsewhere.body()).contains("This install link has expired or was already used.");
  }

  @Test
  void a_code_slack_refuses_shows_why_in_words_and_stores_nothing() throws Exception {
    Started first = beginInstall();
    get("/slack/oauth_redirect?code=code-used&state=" + first.authorize().get("state"), first.cookie());
    roundup.installs().orElseThrow().installations().deleteAll(null, workspace.teamId());

    Started second = beginInstall();
    HttpResponse<String> refused = get("/slack/oauth_redirect?code=code-used&state="
        + second.authorize().get("state"), second.cookie());

    assertThat(refused.body()).contains("Roundup was not installed")
        .contains("Slack did not accept the install code");
    assertThat(roundup.installs().orElseThrow().tokens().botToken(workspace.teamId())).isEmpty();
  }

  @Test
  void a_signed_app_uninstalled_event_deletes_the_workspace_tokens_stops_its_tasks_and_tells_the_hook() throws Exception {
    Started started = beginInstall();
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
    Started started = beginInstall();
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
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (stateCookie != null) {
      request.header("Cookie", "slack-app-oauth-state=" + stateCookie);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return "http://127.0.0.1:" + roundup.port();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}

package dev.roundup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import dev.roundup.sandbox.Delivery;
import dev.roundup.sandbox.RequestSigner;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import dev.roundup.slack.AckFirst;
import dev.roundup.slack.Poster;
import dev.roundup.slack.ResponseUrlReplier;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.WorkQueue;
import dev.roundup.store.Database;
import dev.roundup.store.ProcessedEvents;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The endpoint in front of a real Bolt app, over HTTP from the emulator: every request it cannot
 * use gets its 4xx and reaches no listener; a listener that throws is answered as Slack needs.
 */
class SlackEndpointTest {

  private static final int LIMIT = 4_096;
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";

  private final Workspace workspace = Workspace.sample();
  private final SlackEmulator emulator = SlackEmulator.start(workspace);
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final AtomicReference<Boolean> answerShownBeforeAck = new AtomicReference<>();
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private final HttpClient http = HttpClient.newHttpClient();
  private Database database;
  private ProcessedEvents processed;
  private WorkQueue work;
  private Server server;
  private String url;

  @BeforeEach
  void start() throws Exception {
    database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        "sa", "", 2);
    processed = new ProcessedEvents(database.dataSource(), Clock.systemUTC());
    work = new WorkQueue(2, 10, processed);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    Slack slack = Slack.getInstance(config);
    App app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(workspace.botToken())
        .signingSecret(workspace.signingSecret()).requestVerificationEnabled(false)
        .allEventsApiAutoAckEnabled(true).build());
    Poster poster = new Poster(new SlackApi(slack.methods(workspace.botToken()), Sleeper.system(),
        Duration.ZERO, metrics));
    HandlerFailures failures = new HandlerFailures(processed, new FailureNotice(slack, poster, work), metrics);
    app.use(failures);
    app.command("/echo", (req, ctx) -> {
      heard.add(req.getPayload().getText());
      return ctx.ack("heard: " + req.getPayload().getText());
    });
    app.command("/quick", (req, ctx) -> {
      ResponseUrlReplier replier = ResponseUrlReplier.command(slack, req.getPayload().getResponseUrl());
      AtomicReference<Thread> worker = new AtomicReference<>();
      CountDownLatch posted = new CountDownLatch(1);
      work.submit(() -> {
        worker.set(Thread.currentThread());
        replier.text("the answer");
        posted.countDown();
      });
      // The ack is still being written: the work's reply either went out already or is held.
      await().atMost(Duration.ofSeconds(5)).until(() -> posted.getCount() == 0 || heldForTheAck(worker.get()));
      // What reached Slack, when it arrived (the emulator shows it only after the ack either way).
      answerShownBeforeAck.set(emulator.responseUrlPosts().stream()
          .anyMatch(p -> p.body().contains("the answer")));
      return ctx.ack("working on it");
    });
    app.command("/broken", (req, ctx) -> {
      throw new IllegalStateException("a bug in a listener");
    });
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      heard.add(payload.getEvent().getText());
      return ctx.ack();
    });
    app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
      throw new IllegalStateException("a bug in an event listener");
    });
    app.blockAction("broken_button", (req, ctx) -> {
      throw new IllegalStateException("a bug in a button");
    });
    app.viewSubmission("broken_form", (req, ctx) -> {
      throw new IllegalStateException("a bug in a form");
    });

    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new SlackEndpoint(app,
        new SignatureCheck(workspace.signingSecret(), Clock.systemUTC()), failures, LIMIT)), "/slack/events");
    server.setHandler(context);
    server.start();
    url = "http://127.0.0.1:" + connector.getLocalPort() + "/slack/events";
    emulator.setAppUrl(url);
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    work.close();
    database.close();
    emulator.close();
  }

  private Delivery signed(String body, String contentType) {
    return emulator.deliverRaw(body, contentType,
        new RequestSigner(workspace.signingSecret()).headers(body, Instant.now().getEpochSecond()));
  }

  /** Whether the thread is waiting, inside a reply, for the ack of the request it answers. */
  private static boolean heldForTheAck(Thread thread) {
    return thread != null && Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
        frame.getClassName().equals(AckFirst.class.getName()) && frame.getMethodName().equals("awaitSent"));
  }

  private static String envelope(String eventId, String event) {
    return "{\"type\":\"event_callback\",\"team_id\":\"T0SANDBOX\",\"event_id\":\"" + eventId
        + "\",\"event\":" + event + "}";
  }

  private static String mention(String text) {
    return "{\"type\":\"app_mention\",\"user\":\"U0ALICE\",\"text\":\"" + text
        + "\",\"channel\":\"C0ENG\",\"ts\":\"1700000000.000100\",\"event_ts\":\"1700000000.000100\"}";
  }

  // ---- What gets through -------------------------------------------------------------------

  @Test
  void a_signed_command_with_emoji_accents_and_hebrew_reaches_its_listener_intact() {
    Delivery d = emulator.slashCommand("U0ALICE", "C0ENG", "/echo", "résumé 👋 שלום");

    assertThat(d.status()).isEqualTo(200);
    assertThat(d.body()).contains("heard: résumé 👋 שלום");
    assertThat(heard).containsExactly("résumé 👋 שלום");
  }

  @Test
  void a_reply_a_command_queued_is_posted_only_after_its_ack_went_out() {
    Delivery d = emulator.slashCommand("U0ALICE", "C0ENG", "/quick", "");

    assertThat(d.body()).contains("working on it");
    assertThat(answerShownBeforeAck.get()).as("the answer was posted while the ack was still being written")
        .isFalse();
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(emulator.ephemeralMessages("U0ALICE", "C0ENG")).extracting(m -> m.text())
            .containsExactly("working on it", "the answer"));
  }

  @Test
  void a_signed_event_with_non_ascii_text_is_acknowledged_and_heard() {
    Delivery d = signed(envelope("Ev0UTF8", mention("<@U0BOT> ça va? 😀")), JSON);

    assertThat(d.status()).isEqualTo(200);
    assertThat(heard).containsExactly("<@U0BOT> ça va? 😀");
  }

  @Test
  void url_verification_echoes_the_challenge_and_app_rate_limited_is_acknowledged() {
    Delivery challenge = signed("{\"type\":\"url_verification\",\"challenge\":\"c-123\"}", JSON);
    Delivery limited = signed("{\"type\":\"app_rate_limited\",\"team_id\":\"T0SANDBOX\","
        + "\"minute_rate_limited\":1518467820,\"api_app_id\":\"A0ROUNDUP\"}", JSON);

    assertThat(challenge.status()).isEqualTo(200);
    assertThat(challenge.body()).isEqualTo("c-123");
    assertThat(limited.status()).isEqualTo(200);
  }

  // ---- Refused before Bolt -----------------------------------------------------------------

  @Test
  void a_declared_body_over_the_limit_is_refused_with_413_before_it_is_read() throws Exception {
    byte[] big = ("command=%2Fecho&text=" + "a".repeat(LIMIT)).getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", FORM).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("\"error\"").contains("limit");
    assertThat(heard).isEmpty();
  }

  @Test
  void a_chunked_body_over_the_limit_is_refused_with_413() throws Exception {
    byte[] big = ("command=%2Fecho&text=" + "a".repeat(LIMIT * 4)).getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", FORM)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(heard).isEmpty();
  }

  @Test
  void unsigned_forged_and_stale_requests_are_refused_with_401() {
    String body = envelope("Ev0FORGED", mention("hi"));
    long now = Instant.now().getEpochSecond();

    Delivery unsigned = emulator.deliverRaw(body, JSON, Map.of());
    Delivery forged = emulator.deliverRaw(body, JSON, new RequestSigner("guess").headers(body, now));
    Delivery stale = emulator.deliverRaw(body, JSON,
        new RequestSigner(workspace.signingSecret()).headers(body, now - 600));
    Delivery future = emulator.deliverRaw(body, JSON,
        new RequestSigner(workspace.signingSecret()).headers(body, now + 600));

    assertThat(List.of(unsigned.status(), forged.status(), stale.status(), future.status()))
        .containsOnly(401);
    assertThat(stale.body()).contains("stale");
    assertThat(heard).isEmpty();
  }

  @Test
  void a_body_of_another_media_type_is_refused_with_415() {
    Delivery d = signed("command=%2Fecho&text=hi", "text/plain");

    assertThat(d.status()).isEqualTo(415);
    assertThat(heard).isEmpty();
  }

  @Test
  void signed_bytes_that_are_not_utf8_are_refused_with_400() {
    byte[] latin1 = "command=/echo&text=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Delivery d = emulator.deliverSignedBytes(latin1, FORM);

    assertThat(d.status()).isEqualTo(400);
    assertThat(d.body()).contains("not UTF-8");
  }

  @Test
  void malformed_events_are_refused_with_400_and_a_reason() {
    assertThat(signed(envelope("Ev1", "{}"), JSON).body()).contains("an event without a type");
    assertThat(signed(envelope("Ev2", "null"), JSON).body()).contains("without an event object");
    assertThat(signed("{\"type\":\"event_callback\",\"event\":" + mention("x") + "}", JSON).body())
        .contains("event_id");
    assertThat(signed("{\"type\":\"event_callback\"", JSON).body()).contains("not valid JSON");
    assertThat(signed("[1,2]", JSON).body()).contains("not a JSON object");
    assertThat(signed("{\"type\":\"nonsense\"}", JSON).body()).contains("unknown request type");
    // Bolt reads the event into its model and finds a field of the wrong type.
    Delivery wrongType = signed(envelope("Ev3", "{\"type\":\"app_mention\",\"user\":\"U0ALICE\","
        + "\"text\":{\"a\":1},\"channel\":\"C0ENG\",\"ts\":\"1.2\"}"), JSON);

    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(heard).isEmpty();
    assertThat(metrics.find("roundup_slack_handler_failures_total").counter()).isNull();
  }

  @Test
  void malformed_commands_and_interactions_are_refused_with_400() {
    assertThat(signed("payload=%7Bnot+json", FORM).status()).isEqualTo(400);
    assertThat(signed("payload=%7B%22type%22%3A%22block_actions%22%7D", FORM).body())
        .contains("without a user id");
    assertThat(emulator.interaction("{\"type\":\"block_actions\",\"user\":{\"id\":\"U0ALICE\"},"
        + "\"actions\":[null]}").status()).isEqualTo(400);
    assertThat(emulator.interaction("{\"type\":\"view_submission\",\"user\":{\"id\":\"U0ALICE\"}}")
        .body()).contains("without a view");
    assertThat(emulator.interaction("{\"type\":\"made_up\",\"user\":{\"id\":\"U0ALICE\"}}").body())
        .contains("unknown interaction type");
    assertThat(signed("command=%2Fecho&text=hi", FORM).body()).contains("user_id");
    assertThat(signed("command=%2Fecho&text=%zz", FORM).body()).contains("URL-encoded");
    assertThat(signed("hello", FORM).status()).isEqualTo(400);
    assertThat(heard).isEmpty();
  }

  @Test
  void well_formed_requests_nothing_listens_for_get_404() {
    assertThat(emulator.slashCommand("U0ALICE", "C0ENG", "/nothing", "x").status()).isEqualTo(404);
    assertThat(emulator.interaction("{\"type\":\"shortcut\",\"user\":{\"id\":\"U0ALICE\"}}").status())
        .isEqualTo(404);
  }

  // ---- A listener that throws --------------------------------------------------------------

  @Test
  void a_failing_event_listener_is_acknowledged_once_its_event_id_is_recorded() {
    Delivery d = signed(envelope("Ev0FAILS", "{\"type\":\"member_joined_channel\",\"user\":\"U0ALICE\","
        + "\"channel\":\"C0ENG\",\"event_ts\":\"1700000000.000100\"}"), JSON);

    assertThat(d.status()).isEqualTo(200);
    assertThat(processed.claim("Ev0FAILS")).as("already recorded").isFalse();
    assertThat(metrics.counter("roundup_slack_handler_failures_total", "kind", "Event").count()).isEqualTo(1);
  }

  @Test
  void a_failing_command_answers_an_ephemeral_apology_with_a_reference() {
    Delivery d = emulator.slashCommand("U0ALICE", "C0ENG", "/broken", "go");

    assertThat(d.status()).isEqualTo(200);
    assertThat(d.body()).contains("\"response_type\":\"ephemeral\"").contains("Something went wrong")
        .containsPattern("ref [0-9a-f]{6}");
  }

  @Test
  void a_failing_form_pushes_a_view_that_says_so() {
    Delivery d = emulator.interaction("{\"type\":\"view_submission\",\"user\":{\"id\":\"U0ALICE\"},"
        + "\"view\":{\"type\":\"modal\",\"callback_id\":\"broken_form\",\"state\":{\"values\":{}}}}");

    assertThat(d.status()).isEqualTo(200);
    assertThat(d.body()).contains("\"response_action\":\"push\"").contains("Something went wrong");
  }

  @Test
  void a_failing_button_is_acknowledged_and_the_apology_goes_to_its_response_url() {
    Delivery d = emulator.interaction("{\"type\":\"block_actions\",\"user\":{\"id\":\"U0ALICE\"},"
        + "\"channel\":{\"id\":\"C0ENG\"},\"actions\":[{\"action_id\":\"broken_button\",\"value\":\"1\"}]}");

    assertThat(d.status()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(emulator.responseUrlPosts()).anySatisfy(p ->
            assertThat(p.body()).contains("ephemeral").contains("Something went wrong")));
  }
}

package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.SocketAck;
import dev.roundup.sandbox.SocketEnvelope;
import dev.roundup.sandbox.StoredMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roundup with an app-level token: everything from Slack arrives over Socket Mode. */
class SocketModeEndToEndTest {

  static final String ALICE = "U0ALICE";
  static final String BORIS = "U0BORIS";
  static final String CHEN = "U0CHEN";
  static final String ENG = "C0ENG";

  @TempDir
  Path dir;
  RoundupHarness h;

  @BeforeEach
  void start() throws Exception {
    h = RoundupHarness.startSocketMode(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private List<StoredMessage> botMessagesIn(String threadTs) {
    return h.workspace.thread(ENG, threadTs).stream()
        .filter(m -> h.workspace.botUserId().equals(m.user())).toList();
  }

  @Test
  void roundup_opens_its_connection_with_the_app_token() {
    assertThat(h.slack.calls("apps.connections.open")).isNotEmpty()
        .allSatisfy(call -> assertThat(call.ok()).isTrue());
    assertThat(h.slack.socketConnections()).isEqualTo(1);
  }

  @Test
  void a_mention_in_a_thread_over_the_socket_is_acked_and_summarized_in_the_thread() {
    var ws = h.workspace;
    String parent = ws.post(ENG, ALICE, "Which day do we ship the billing page, Tuesday or Thursday?");
    ws.reply(ENG, parent, BORIS, "Thursday is risky because payments freezes deploys that afternoon.");
    ws.reply(ENG, parent, CHEN, "Decision: we ship the billing page on Tuesday at 10:00.");
    ws.reply(ENG, parent, BORIS, "I'll update the status page and the changelog by Monday.");

    var delivery = h.slack.userPosts(ENG, parent, ALICE, "<@U0BOT> summarize");

    assertThat(delivery.status()).as("acked over the socket in time").isEqualTo(200);
    SocketEnvelope envelope = h.slack.socketEnvelopes().get(0);
    assertThat(envelope.type()).isEqualTo("events_api");
    assertThat(envelope.payload()).contains(delivery.eventId());
    assertThat(h.slack.socketAcks()).extracting(SocketAck::envelopeId)
        .contains(envelope.envelopeId());
    await().atMost(Duration.ofSeconds(20)).until(() -> botMessagesIn(parent).stream()
        .anyMatch(m -> m.text().startsWith("Thread summary")));
    StoredMessage summary = botMessagesIn(parent).get(0);
    assertThat(summary.text()).contains("4 messages from 3 people");
    assertThat(summary.blocks()).contains("Decisions").contains("Tuesday");
    assertThat(h.botPosts().get(0).params().get("thread_ts")).isEqualTo(parent);
  }

  @Test
  void slash_summarize_help_over_the_socket_acks_with_the_usage_text() {
    var delivery = h.slack.slashCommand(BORIS, ENG, "/summarize", "help");

    assertThat(delivery.status()).isEqualTo(200);
    assertThat(Json.text(delivery.body())).contains("/summarize #channel 7d").contains("since monday");
    SocketEnvelope envelope = h.slack.socketEnvelopes().get(0);
    assertThat(envelope.type()).isEqualTo("slash_commands");
    assertThat(envelope.acceptsResponsePayload()).isTrue();
    assertThat(h.slack.socketAcks()).singleElement()
        .satisfies(ack -> assertThat(ack.payload()).isEqualTo(delivery.body()));
  }

  @Test
  void slack_events_is_not_served_over_http_in_socket_mode_but_health_is() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> events = http.send(HttpRequest.newBuilder(
            URI.create(h.baseUrl() + "/slack/events"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"url_verification\",\"challenge\":\"x\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(
        URI.create(h.baseUrl() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(events.statusCode()).isEqualTo(404);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"ok\"");
  }
}

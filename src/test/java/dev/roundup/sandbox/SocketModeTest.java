package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SocketModeTest {

  private final EmulatorFixture fx = new EmulatorFixture();
  private final List<SocketModeTestClient> clients = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (SocketModeTestClient client : clients) {
      client.closeBlocking();
    }
    fx.close();
  }

  private String openUrl() throws Exception {
    AppsConnectionsOpenResponse response = fx.slack.methods(fx.workspace.appToken())
        .appsConnectionsOpen(r -> r);
    assertThat(response.isOk()).as(response.getError()).isTrue();
    return response.getUrl();
  }

  private SocketModeTestClient connect() throws Exception {
    SocketModeTestClient client = SocketModeTestClient.connect(openUrl());
    clients.add(client);
    assertThat(client.next().get("type").getAsString()).isEqualTo("hello");
    return client;
  }

  @Test
  void the_workspace_has_an_app_level_token_distinct_from_the_bot_token() {
    assertThat(fx.workspace.appToken()).startsWith("xapp-1-" + Workspace.APP_ID + "-")
        .isNotEqualTo(fx.workspace.botToken());
    assertThat(new Workspace("T1", "other").appToken()).isNotEqualTo(fx.workspace.appToken());
  }

  @Test
  void apps_connections_open_with_the_app_token_answers_a_fresh_loopback_websocket_url()
      throws Exception {
    String first = openUrl();
    String second = openUrl();

    assertThat(first).matches("ws://127\\.0\\.0\\.1:\\d+/link/\\?ticket=[^&]+&app_id=A0ROUNDUP");
    assertThat(second).isNotEqualTo(first);
    assertThat(fx.emulator.calls("apps.connections.open")).hasSize(2)
        .allSatisfy(call -> assertThat(call.ok()).isTrue());
  }

  @Test
  void the_bot_token_cannot_open_a_connection_nor_the_app_token_call_bot_methods()
      throws Exception {
    AppsConnectionsOpenResponse withBot = fx.bot.appsConnectionsOpen(r -> r);
    AuthTestResponse withApp = fx.slack.methods(fx.workspace.appToken()).authTest(r -> r);
    AppsConnectionsOpenResponse withUnknown = fx.slack.methods("xapp-1-A0X-1-deadbeef")
        .appsConnectionsOpen(r -> r);

    assertThat(withBot.getError()).isEqualTo("not_allowed_token_type");
    assertThat(withApp.getError()).isEqualTo("not_allowed_token_type");
    assertThat(withUnknown.getError()).isEqualTo("invalid_auth");
    assertThat(fx.emulator.calls()).as("refused at the front door, so not recorded").isEmpty();
  }

  @Test
  void a_new_connection_is_greeted_with_hello_naming_the_app() throws Exception {
    SocketModeTestClient client = SocketModeTestClient.connect(openUrl());
    clients.add(client);

    JsonObject hello = client.next();

    assertThat(hello.get("type").getAsString()).isEqualTo("hello");
    assertThat(hello.get("num_connections").getAsInt()).isEqualTo(1);
    assertThat(hello.getAsJsonObject("connection_info").get("app_id").getAsString())
        .isEqualTo(Workspace.APP_ID);
    assertThat(hello.getAsJsonObject("debug_info").keySet())
        .contains("host", "build_number", "approximate_connection_time");
    assertThat(fx.emulator.socketConnections()).isEqualTo(1);
  }

  @Test
  void a_ticket_admits_one_connection_and_made_up_tickets_none() throws Exception {
    String url = openUrl();

    assertThat(SocketModeTestClient.admits(url)).isTrue();
    assertThat(SocketModeTestClient.admits(url)).as("the same ticket again").isFalse();
    assertThat(SocketModeTestClient.admits(url.replaceAll("ticket=[^&]+", "ticket=made-up")))
        .isFalse();
  }

  @Test
  void a_mention_goes_over_the_socket_as_an_events_api_envelope_and_the_ack_completes_it()
      throws Exception {
    SocketModeTestClient client = connect().ackingEverything();
    String parent = fx.workspace.post("C0ENG", "U0ALICE", "deploy failed");

    Delivery delivery = fx.emulator.userPosts("C0ENG", parent, "U0BORIS", "<@U0BOT> summarize");

    assertThat(delivery.status()).isEqualTo(200);
    assertThat(delivery.body()).isEmpty();
    JsonObject envelope = client.nextEnvelope();
    assertThat(envelope.get("type").getAsString()).isEqualTo("events_api");
    assertThat(envelope.get("accepts_response_payload").getAsBoolean()).isFalse();
    assertThat(envelope.get("retry_attempt").getAsInt()).isZero();
    assertThat(envelope.get("retry_reason").getAsString()).isEmpty();
    JsonObject payload = envelope.getAsJsonObject("payload");
    assertThat(payload.get("type").getAsString()).isEqualTo("event_callback");
    assertThat(payload.get("event_id").getAsString()).isEqualTo(delivery.eventId());
    assertThat(payload.getAsJsonObject("event").get("type").getAsString()).isEqualTo("app_mention");
    assertThat(payload.getAsJsonObject("event").get("thread_ts").getAsString()).isEqualTo(parent);

    String envelopeId = envelope.get("envelope_id").getAsString();
    assertThat(fx.emulator.socketEnvelopes()).singleElement()
        .satisfies(sent -> assertThat(sent.envelopeId()).isEqualTo(envelopeId));
    assertThat(fx.emulator.socketAcks()).singleElement().satisfies(ack -> {
      assertThat(ack.envelopeId()).isEqualTo(envelopeId);
      assertThat(ack.payload()).isNull();
      assertThat(ack.late()).isFalse();
    });
  }

  @Test
  void a_slash_command_envelope_carries_the_command_fields_and_the_ack_payload_answers_it()
      throws Exception {
    SocketModeTestClient client = connect().answering(envelope -> {
      JsonObject reply = new JsonObject();
      reply.addProperty("response_type", "ephemeral");
      reply.addProperty("text", "echo: " + envelope.getAsJsonObject("payload").get("text")
          .getAsString());
      return SocketModeTestClient.ack(envelope, reply);
    });

    Delivery delivery = fx.emulator.slashCommand("U0BORIS", "C0ENG", "/summarize", "3d please");

    assertThat(delivery.status()).isEqualTo(200);
    JsonObject answer = JsonParser.parseString(delivery.body()).getAsJsonObject();
    assertThat(answer.get("text").getAsString()).isEqualTo("echo: 3d please");
    JsonObject envelope = client.nextEnvelope();
    assertThat(envelope.get("type").getAsString()).isEqualTo("slash_commands");
    assertThat(envelope.get("accepts_response_payload").getAsBoolean()).isTrue();
    assertThat(envelope.has("retry_attempt")).as("Slack sends retry fields with events only")
        .isFalse();
    JsonObject payload = envelope.getAsJsonObject("payload");
    assertThat(payload.get("command").getAsString()).isEqualTo("/summarize");
    assertThat(payload.get("user_id").getAsString()).isEqualTo("U0BORIS");
    assertThat(payload.get("channel_name").getAsString()).isEqualTo("eng");
    assertThat(payload.get("response_url").getAsString())
        .startsWith(fx.emulator.apiUrl().replace("api/", "response/"));
    assertThat(payload.get("trigger_id").getAsString()).isNotBlank();
    assertThat(fx.emulator.socketAcks().get(0).payload()).isEqualTo(answer.toString());
  }

  @Test
  void interactions_accept_a_response_payload_only_where_slack_allows_one() throws Exception {
    SocketModeTestClient client = connect().ackingEverything();

    fx.emulator.interaction(Interactions.buttonClick("U0BORIS", "pause_task", "42", "C0ENG"));
    fx.emulator.interaction(Interactions.viewSubmission("U0ALICE", "new-task", "", Map.of()));

    JsonObject click = client.nextEnvelope();
    JsonObject submit = client.nextEnvelope();
    assertThat(click.get("type").getAsString()).isEqualTo("interactive");
    assertThat(click.getAsJsonObject("payload").get("type").getAsString())
        .isEqualTo("block_actions");
    assertThat(click.getAsJsonObject("payload").getAsJsonObject("team").get("id").getAsString())
        .isEqualTo("T0SANDBOX");
    assertThat(click.get("accepts_response_payload").getAsBoolean()).isFalse();
    assertThat(submit.getAsJsonObject("payload").get("type").getAsString())
        .isEqualTo("view_submission");
    assertThat(submit.get("accepts_response_payload").getAsBoolean()).isTrue();
  }

  @Test
  void an_envelope_not_acked_in_time_answers_not_acked_and_a_late_ack_is_recorded_as_late()
      throws Exception {
    SocketModeTestClient client = connect();
    fx.emulator.setSocketAckTimeout(Duration.ofMillis(200));

    Delivery delivery = fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> hi");

    assertThat(delivery.status()).isEqualTo(Delivery.NOT_ACKED);
    assertThat(delivery.eventId()).startsWith("Ev");
    JsonObject envelope = client.nextEnvelope();
    client.send(SocketModeTestClient.ack(envelope, null).toString());
    await().atMost(Duration.ofSeconds(5)).until(() -> !fx.emulator.socketAcks().isEmpty());
    assertThat(fx.emulator.socketAcks().get(0).late()).isTrue();
  }

  @Test
  void a_redelivered_event_over_the_socket_carries_the_retry_fields() throws Exception {
    SocketModeTestClient client = connect().ackingEverything();
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_mention");
    event.addProperty("event_ts", "1700000000.000100");
    fx.emulator.deliverEvent(event);
    JsonObject first = client.nextEnvelope();

    Delivery retry = fx.emulator.redeliverEnvelope(first.getAsJsonObject("payload").toString(), 2,
        "timeout");

    JsonObject again = client.nextEnvelope();
    assertThat(retry.status()).isEqualTo(200);
    assertThat(again.get("retry_attempt").getAsInt()).isEqualTo(2);
    assertThat(again.get("retry_reason").getAsString()).isEqualTo("timeout");
    assertThat(again.get("envelope_id")).isNotEqualTo(first.get("envelope_id"));
    assertThat(again.getAsJsonObject("payload")).isEqualTo(first.getAsJsonObject("payload"));
    assertThat(retry.eventId()).isEqualTo(first.getAsJsonObject("payload").get("event_id")
        .getAsString());
  }

  @Test
  void envelopes_are_spread_over_the_open_connections_in_turn() throws Exception {
    SocketModeTestClient one = connect().ackingEverything();
    SocketModeTestClient two = connect().ackingEverything();

    fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> one");
    fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> two");

    assertThat(one.nextEnvelope()).isNotNull();
    assertThat(two.nextEnvelope()).isNotNull();
    assertThat(fx.emulator.socketConnections()).isEqualTo(2);
  }

  @Test
  void with_an_app_url_set_auto_mode_keeps_http_and_socket_mode_forces_the_socket()
      throws Exception {
    SocketModeTestClient client = connect().ackingEverything();
    try (RecordingApp app = new RecordingApp()) {
      fx.emulator.setAppUrl(app.url());

      fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> over http");
      fx.emulator.setDeliveryMode(DeliveryMode.SOCKET);
      fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> over the socket");

      assertThat(app.received()).singleElement()
          .satisfies(r -> assertThat(r.body()).contains("over http"));
      assertThat(client.nextEnvelope().toString()).contains("over the socket");
      assertThat(fx.emulator.socketEnvelopes()).hasSize(1);
    }
  }

  @Test
  void socket_delivery_without_a_connection_is_refused_with_a_clear_message() {
    fx.emulator.setDeliveryMode(DeliveryMode.SOCKET);

    assertThatThrownBy(() -> fx.emulator.slashCommand("U0BORIS", "C0ENG", "/summarize", "help"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no Socket Mode connection is open");
  }

  @Test
  void a_reconnect_request_sends_slacks_disconnect_frame_on_every_connection() throws Exception {
    SocketModeTestClient one = connect();
    SocketModeTestClient two = connect();

    fx.emulator.requestSocketReconnect();

    for (SocketModeTestClient client : List.of(one, two)) {
      JsonObject frame = client.next();
      assertThat(frame.get("type").getAsString()).isEqualTo("disconnect");
      assertThat(frame.get("reason").getAsString()).isEqualTo("refresh_requested");
      assertThat(frame.getAsJsonObject("debug_info").has("host")).isTrue();
    }
    one.closeBlocking();
    await().atMost(Duration.ofSeconds(5)).until(() -> fx.emulator.socketConnections() == 1);
    assertThat(fx.emulator.socketConnectionsOpened()).isEqualTo(2);
  }

  @Test
  void closing_the_emulator_closes_the_app_connections() throws Exception {
    SocketModeTestClient client = connect();

    fx.emulator.close();

    await().atMost(Duration.ofSeconds(5)).until(client::isClosed);
  }
}

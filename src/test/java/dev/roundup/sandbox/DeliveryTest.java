package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import dev.roundup.SharedData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  private final EmulatorFixture fx = new EmulatorFixture();
  private final RecordingApp app;
  private final SlackSignature.Verifier verifier;

  DeliveryTest() throws Exception {
    app = new RecordingApp();
    fx.emulator.setAppUrl(app.url());
    verifier = new SlackSignature.Verifier(new SlackSignature.Generator(fx.workspace.signingSecret()));
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
    fx.close();
  }

  @Test
  void a_mention_in_a_thread_delivers_a_signed_app_mention_envelope() {
    String parent = fx.workspace.post("C0ENG", "U0ALICE", "deploy failed");

    Delivery delivery = fx.emulator.userPosts("C0ENG", parent, "U0BORIS", "<@U0BOT> summarize");

    assertThat(delivery.status()).isEqualTo(200);
    RecordingApp.Received received = app.last();
    assertThat(received.path()).isEqualTo("/slack/events");
    assertThat(received.headers().get("content-type")).startsWith("application/json");
    assertThat(signatureIsValid(received)).isTrue();
    JsonObject envelope = JsonParser.parseString(received.body()).getAsJsonObject();
    assertThat(envelope.get("type").getAsString()).isEqualTo("event_callback");
    assertThat(envelope.get("team_id").getAsString()).isEqualTo("T0SANDBOX");
    assertThat(envelope.get("event_id").getAsString()).startsWith("Ev").isEqualTo(delivery.eventId());
    assertThat(envelope.getAsJsonArray("authorizations").get(0).getAsJsonObject()
        .get("user_id").getAsString()).isEqualTo("U0BOT");
    JsonObject event = envelope.getAsJsonObject("event");
    assertThat(event.get("type").getAsString()).isEqualTo("app_mention");
    assertThat(event.get("user").getAsString()).isEqualTo("U0BORIS");
    assertThat(event.get("text").getAsString()).isEqualTo("<@U0BOT> summarize");
    assertThat(event.get("channel").getAsString()).isEqualTo("C0ENG");
    assertThat(event.get("thread_ts").getAsString()).isEqualTo(parent);
    assertThat(event.get("event_ts").getAsString()).isEqualTo(event.get("ts").getAsString());
    assertThat(fx.workspace.thread("C0ENG", parent)).hasSize(2);
  }

  @Test
  void the_envelope_has_every_top_level_field_of_slack_fixture() throws Exception {
    JsonObject fixture = JsonParser.parseString(Files.readString(SharedData.require(
        "slack-fixtures/events/app_mention.event_callback.json"))).getAsJsonObject();
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_mention");
    event.addProperty("event_ts", "1700000000.000100");

    fx.emulator.deliverEvent(event);

    JsonObject envelope = JsonParser.parseString(app.last().body()).getAsJsonObject();
    assertThat(envelope.keySet()).containsAll(fixture.keySet().stream()
        .filter(k -> !k.equals("authed_users")).toList());
    assertThat(envelope.get("event_time").getAsLong()).isEqualTo(1_700_000_000L);
  }

  @Test
  void every_delivery_gets_a_fresh_event_id() {
    Delivery first = fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> one");
    Delivery second = fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> two");

    assertThat(first.eventId()).isNotEqualTo(second.eventId());
  }

  @Test
  void plain_posts_deliver_message_events_only_when_switched_on() {
    assertThat(fx.emulator.userPosts("C0ENG", null, "U0ALICE", "no mention")).isNull();
    assertThat(app.received()).isEmpty();

    fx.emulator.setMessageEvents(true);
    Delivery delivery = fx.emulator.userPosts("C0LEADS", null, "U0ALICE", "private chat");

    JsonObject event = JsonParser.parseString(app.last().body()).getAsJsonObject()
        .getAsJsonObject("event");
    assertThat(delivery).isNotNull();
    assertThat(event.get("type").getAsString()).isEqualTo("message");
    assertThat(event.get("channel_type").getAsString()).isEqualTo("group");
  }

  @Test
  void a_mention_where_the_bot_is_absent_delivers_nothing() {
    assertThat(fx.emulator.userPosts("C0DESIGN", null, "U0CHEN", "<@U0BOT> hi")).isNull();
    assertThat(app.received()).isEmpty();
  }

  @Test
  void a_mention_with_message_events_on_delivers_both_and_returns_the_mention() {
    fx.emulator.setMessageEvents(true);

    Delivery delivery = fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> hi");

    assertThat(app.received()).hasSize(2);
    JsonObject mention = JsonParser.parseString(app.received().get(0).body()).getAsJsonObject();
    assertThat(mention.get("event_id").getAsString()).isEqualTo(delivery.eventId());
    assertThat(mention.getAsJsonObject("event").get("type").getAsString()).isEqualTo("app_mention");
  }

  @Test
  void edits_and_deletes_deliver_message_changed_and_message_deleted() {
    fx.emulator.setMessageEvents(true);
    String ts = fx.workspace.post("C0ENG", "U0ALICE", "draft");

    fx.emulator.userEdits("C0ENG", ts, "final");
    JsonObject changed = lastEvent();
    fx.emulator.userDeletes("C0ENG", ts);
    JsonObject deleted = lastEvent();

    assertThat(changed.get("subtype").getAsString()).isEqualTo("message_changed");
    assertThat(changed.getAsJsonObject("message").get("text").getAsString()).isEqualTo("final");
    assertThat(changed.getAsJsonObject("previous_message").get("text").getAsString()).isEqualTo("draft");
    assertThat(deleted.get("subtype").getAsString()).isEqualTo("message_deleted");
    assertThat(deleted.get("deleted_ts").getAsString()).isEqualTo(ts);
  }

  @Test
  void slash_commands_post_slack_form_fields_and_response_url_posts_are_recorded() throws Exception {
    String fixture = Files.readString(SharedData.require(
        "slack-fixtures/slash-commands/hello.real_modified.form.txt"));

    Delivery delivery = fx.emulator.slashCommand("U0ALICE", "C0ENG", "/roundup", "list");

    assertThat(delivery.status()).isEqualTo(200);
    RecordingApp.Received received = app.last();
    assertThat(received.headers().get("content-type")).startsWith("application/x-www-form-urlencoded");
    assertThat(signatureIsValid(received)).isTrue();
    Map<String, String> form = HttpForms.parseForm(received.body());
    assertThat(form.keySet()).containsAll(HttpForms.parseForm(fixture).keySet().stream()
        .filter(k -> !k.startsWith("enterprise_")).toList());
    assertThat(form).containsEntry("command", "/roundup").containsEntry("text", "list")
        .containsEntry("user_name", "alice").containsEntry("channel_name", "eng");

    String responseUrl = form.get("response_url");
    assertThat(responseUrl).startsWith(fx.emulator.apiUrl().replace("/api/", "/response/"));
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
        .newBuilder(URI.create(responseUrl)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Your tasks\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(fx.emulator.responseUrlPosts()).singleElement()
        .satisfies(p -> assertThat(p.body()).isEqualTo("{\"text\":\"Your tasks\"}"));
  }

  @Test
  void a_button_click_arrives_as_a_signed_payload_form_with_workspace_fields() {
    fx.emulator.interaction(Interactions.buttonClick("U0BORIS", "pause_task", "42", "C0ENG"));

    RecordingApp.Received received = app.last();
    assertThat(signatureIsValid(received)).isTrue();
    assertThat(received.body()).startsWith("payload=");
    JsonObject payload = JsonParser.parseString(HttpForms.parseForm(received.body()).get("payload"))
        .getAsJsonObject();
    assertThat(payload.get("type").getAsString()).isEqualTo("block_actions");
    assertThat(payload.getAsJsonObject("user").get("username").getAsString()).isEqualTo("boris");
    assertThat(payload.getAsJsonObject("team").get("id").getAsString()).isEqualTo("T0SANDBOX");
    assertThat(payload.get("trigger_id").getAsString()).isNotBlank();
    assertThat(payload.get("response_url").getAsString()).contains("/response/");
    JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
    assertThat(action.get("action_id").getAsString()).isEqualTo("pause_task");
    assertThat(action.get("value").getAsString()).isEqualTo("42");
  }

  @Test
  void a_view_submission_carries_the_typed_values_in_view_state() {
    Delivery delivery = fx.emulator.interaction(Interactions.viewSubmission("U0ALICE", "new-task",
        "C0ENG", Map.of("schedule", Map.of("schedule_input", "every Friday at 4pm"))));

    assertThat(delivery.status()).isEqualTo(200);
    JsonObject view = JsonParser.parseString(HttpForms.parseForm(app.last().body()).get("payload"))
        .getAsJsonObject().getAsJsonObject("view");
    assertThat(view.get("callback_id").getAsString()).isEqualTo("new-task");
    assertThat(view.get("private_metadata").getAsString()).isEqualTo("C0ENG");
    assertThat(view.getAsJsonObject("state").getAsJsonObject("values").getAsJsonObject("schedule")
        .getAsJsonObject("schedule_input").get("value").getAsString()).isEqualTo("every Friday at 4pm");
  }

  @Test
  void app_home_opened_carries_the_view_last_published_for_the_user() throws Exception {
    fx.bot.viewsPublish(r -> r.userId("U0DANA").view(com.slack.api.model.view.Views.view(v -> v
        .type("home").privateMetadata("home-v1"))));

    fx.emulator.appHomeOpened("U0DANA");

    JsonObject event = lastEvent();
    assertThat(event.get("type").getAsString()).isEqualTo("app_home_opened");
    assertThat(event.get("tab").getAsString()).isEqualTo("home");
    assertThat(event.getAsJsonObject("view").get("private_metadata").getAsString()).isEqualTo("home-v1");
  }

  @Test
  void raw_deliveries_are_sent_exactly_and_unsigned() {
    app.answerWith("ok-from-app");

    Delivery delivery = fx.emulator.deliverRaw("{\"event_id\":\"EvFORGED\"}", "application/json",
        Map.of("X-Slack-Signature", "v0=forged"));

    assertThat(delivery.body()).isEqualTo("ok-from-app");
    assertThat(delivery.eventId()).isEqualTo("EvFORGED");
    assertThat(app.last().body()).isEqualTo("{\"event_id\":\"EvFORGED\"}");
    assertThat(app.last().headers()).containsEntry("x-slack-signature", "v0=forged")
        .doesNotContainKey("x-slack-request-timestamp");
  }

  @Test
  void redelivery_adds_slack_retry_headers_and_keeps_the_event_id() {
    Delivery first = fx.emulator.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> hi");
    String body = app.last().body();

    Delivery retry = fx.emulator.redeliverEnvelope(body, 1, "http_timeout");

    assertThat(retry.eventId()).isEqualTo(first.eventId());
    assertThat(app.last().headers()).containsEntry("x-slack-retry-num", "1")
        .containsEntry("x-slack-retry-reason", "http_timeout");
    assertThat(signatureIsValid(app.last())).isTrue();
  }

  private JsonObject lastEvent() {
    return JsonParser.parseString(app.last().body()).getAsJsonObject().getAsJsonObject("event");
  }

  private boolean signatureIsValid(RecordingApp.Received received) {
    return verifier.isValid(received.headers().get("x-slack-request-timestamp"), received.body(),
        received.headers().get("x-slack-signature"));
  }

  @Test
  void a_mention_in_a_direct_message_is_only_a_message_event() {
    fx.emulator.setMessageEvents(true);
    String dm = fx.workspace.directChannel("U0ALICE").id();

    fx.emulator.userPosts(dm, null, "U0ALICE", "<@U0BOT> help");

    assertThat(app.received()).hasSize(1);
    assertThat(lastEvent().get("type").getAsString()).isEqualTo("message");
    assertThat(lastEvent().get("channel_type").getAsString()).isEqualTo("im");
  }
}

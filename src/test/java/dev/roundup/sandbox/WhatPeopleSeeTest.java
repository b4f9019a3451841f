package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a person sees of the app's answers, as Slack's client shows them: acknowledgements and
 * response URL posts as ephemeral messages for that person only, {@code replace_original} and
 * {@code delete_original} acting on the message whose button was pressed, {@code in_channel} for
 * everyone.
 */
class WhatPeopleSeeTest {

  private static final String CONFIRM_BLOCKS = "[{\"type\":\"actions\",\"block_id\":\"confirm\","
      + "\"elements\":[{\"type\":\"button\",\"action_id\":\"ok\",\"value\":\"7\",\"style\":\"primary\","
      + "\"text\":{\"type\":\"plain_text\",\"text\":\"Confirm\"}},{\"type\":\"button\",\"action_id\":\"ok\","
      + "\"value\":\"8\",\"text\":{\"type\":\"plain_text\",\"text\":\"Other\"}}]}]";

  private final EmulatorFixture fx = new EmulatorFixture();
  private final RecordingApp app = fx.connectApp();

  WhatPeopleSeeTest() throws Exception {}

  @AfterEach
  void stop() throws Exception {
    fx.close();
  }

  @Test
  void a_slash_commands_acknowledgement_is_shown_to_the_person_who_typed_it_only() {
    app.answerWith("{\"response_type\":\"ephemeral\",\"text\":\"Working on it…\"}");

    fx.emulator.slashCommand("U0ALICE", "C0ENG", "/task", "list");

    assertThat(fx.emulator.ephemeralMessages("U0ALICE", "C0ENG")).singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("Working on it…"));
    assertThat(fx.emulator.ephemeralMessages("U0BORIS", "C0ENG")).isEmpty();
    assertThat(fx.emulator.ephemeralMessages("U0ALICE", "C0GENERAL")).isEmpty();
    assertThat(fx.workspace.messages("C0ENG")).isEmpty();
  }

  @Test
  void an_empty_acknowledgement_shows_nothing() {
    fx.emulator.slashCommand("U0ALICE", "C0ENG", "/task", "list");

    assertThat(fx.emulator.ephemeralMessages("U0ALICE", "C0ENG")).isEmpty();
  }

  @Test
  void a_button_on_an_ephemeral_message_is_replaced_then_deleted_through_its_response_url()
      throws Exception {
    fx.emulator.slashCommand("U0ALICE", "C0ENG", "/task", "every day at 9am remind me");
    post(form("response_url"), "{\"text\":\"Please confirm\",\"blocks\":" + CONFIRM_BLOCKS + "}");
    EphemeralMessage confirmation = fx.emulator.ephemeralMessages("U0ALICE", "C0ENG").get(0);

    fx.emulator.pressButton("U0ALICE", "C0ENG", confirmation.ts(), "ok", "8");

    JsonObject payload = payload();
    assertThat(payload.get("type").getAsString()).isEqualTo("block_actions");
    JsonObject container = payload.getAsJsonObject("container");
    assertThat(container.get("type").getAsString()).isEqualTo("message");
    assertThat(container.get("message_ts").getAsString()).isEqualTo(confirmation.ts());
    assertThat(container.get("is_ephemeral").getAsBoolean()).isTrue();
    assertThat(payload.has("message")).as("Slack sends no message for an ephemeral one").isFalse();
    JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
    assertThat(action.get("block_id").getAsString()).isEqualTo("confirm");
    assertThat(action.get("value").getAsString()).isEqualTo("8");
    assertThat(action.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Other");

    String responseUrl = payload.get("response_url").getAsString();
    post(responseUrl, "{\"replace_original\":true,\"text\":\"Task 7 saved\"}");
    assertThat(fx.emulator.ephemeralMessages("U0ALICE", "C0ENG")).singleElement().satisfies(m -> {
      assertThat(m.ts()).isEqualTo(confirmation.ts());
      assertThat(m.text()).isEqualTo("Task 7 saved");
      assertThat(m.blocks()).isNull();
    });

    post(responseUrl, "{\"delete_original\":true}");
    assertThat(fx.emulator.ephemeralMessages("U0ALICE", "C0ENG")).isEmpty();
  }

  @Test
  void a_response_without_replace_original_is_a_new_ephemeral_and_in_channel_is_for_everyone()
      throws Exception {
    fx.emulator.slashCommand("U0BORIS", "C0ENG", "/summarize", "");
    String responseUrl = form("response_url");

    post(responseUrl, "{\"text\":\"Only for Boris\"}");
    post(responseUrl, "{\"response_type\":\"in_channel\",\"text\":\"For everyone\"}");

    assertThat(fx.emulator.ephemeralMessages("U0BORIS", "C0ENG")).extracting(EphemeralMessage::text)
        .containsExactly("Only for Boris");
    assertThat(fx.workspace.messages("C0ENG")).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("For everyone");
      assertThat(m.user()).isEqualTo(fx.workspace.botUserId());
    });
  }

  @Test
  void a_button_on_a_channel_message_carries_the_message_and_replace_original_updates_it()
      throws Exception {
    String ts = fx.bot.chatPostMessage(r -> r.channel("C0ENG").text("Pick one")
        .blocks(com.slack.api.model.block.Blocks.asBlocks())).getTs();
    fx.workspace.update("C0ENG", ts, "Pick one", CONFIRM_BLOCKS);

    fx.emulator.pressButton("U0BORIS", "C0ENG", ts, "ok", null);

    JsonObject payload = payload();
    assertThat(payload.getAsJsonObject("container").get("is_ephemeral").getAsBoolean()).isFalse();
    assertThat(payload.getAsJsonObject("message").get("ts").getAsString()).isEqualTo(ts);
    assertThat(payload.getAsJsonArray("actions").get(0).getAsJsonObject().get("value").getAsString())
        .as("without a value, the first button with the action id").isEqualTo("7");
    post(payload.get("response_url").getAsString(), "{\"replace_original\":true,\"text\":\"Picked\"}");
    assertThat(fx.workspace.message("C0ENG", ts).orElseThrow().text()).isEqualTo("Picked");
  }

  @Test
  void pressing_a_button_that_is_not_there_is_refused() {
    String ts = fx.workspace.post("C0ENG", "U0ALICE", "no buttons here");

    assertThatThrownBy(() -> fx.emulator.pressButton("U0ALICE", "C0ENG", ts, "ok", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no button ok");
    assertThatThrownBy(() -> fx.emulator.pressButton("U0ALICE", "C0ENG", "1.000001", "ok", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no message");
  }

  @Test
  void an_ephemeral_posted_with_the_web_api_is_seen_by_its_person_under_the_ts_slack_returned()
      throws Exception {
    String ts = fx.bot.chatPostEphemeral(r -> r.channel("C0ENG").user("U0BORIS").text("psst"))
        .getMessageTs();

    assertThat(fx.emulator.ephemeralMessages("U0BORIS", "C0ENG")).singleElement()
        .satisfies(m -> assertThat(m.ts()).isEqualTo(ts));
    assertThat(fx.emulator.ephemeralMessages("U0ALICE", "C0ENG")).isEmpty();
  }

  @Test
  void every_change_people_could_see_moves_the_version_and_tells_listeners() throws Exception {
    Changes changes = fx.emulator.changes();
    long before = changes.version();
    java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
    try (AutoCloseable listening = changes.listen(told::incrementAndGet)) {
      fx.workspace.post("C0ENG", "U0ALICE", "hello");
      fx.bot.authTest(r -> r);
    }
    fx.workspace.post("C0ENG", "U0ALICE", "after");

    assertThat(changes.version()).isGreaterThanOrEqualTo(before + 3);
    assertThat(told.get()).isEqualTo(2);
  }

  private String form(String field) {
    return HttpForms.parseForm(app.last().body()).get(field);
  }

  private JsonObject payload() {
    return JsonParser.parseString(form("payload")).getAsJsonObject();
  }

  private static void post(String url, String json) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
  }
}

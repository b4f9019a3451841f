package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackMessagesTest {

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void an_ordinary_reply_keeps_ts_thread_user_text_and_reply_count() {
    assertThat(SlackMessages.toMessage(json("""
        {"type":"message","ts":"2.000200","thread_ts":"1.000100","user":"U1",
         "text":"edited text","edited":{"user":"U1","ts":"3.0"},"reply_count":4}""")))
        .contains(new Message("2.000200", "1.000100", "U1", "edited text", 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"channel_join", "channel_leave", "channel_topic", "channel_purpose",
      "bot_message", "tombstone", "message_deleted", "pinned_item", "channel_name"})
  void housekeeping_bot_and_deleted_subtypes_are_noise(String subtype) {
    assertThat(SlackMessages.isNoise(subtype, null)).isTrue();
    assertThat(SlackMessages.toMessage(json(
        "{\"type\":\"message\",\"ts\":\"1.0\",\"user\":\"U1\",\"text\":\"x\",\"subtype\":\""
            + subtype + "\"}"))).isEmpty();
  }

  @Test
  void a_bot_id_makes_any_message_noise_and_people_subtypes_are_kept() {
    assertThat(SlackMessages.isNoise(null, "B123")).isTrue();
    assertThat(SlackMessages.isNoise(null, null)).isFalse();
    assertThat(SlackMessages.isNoise("thread_broadcast", null)).isFalse();
    assertThat(SlackMessages.isNoise("file_share", null)).isFalse();
  }

  @Test
  void hidden_and_empty_messages_are_skipped() {
    assertThat(SlackMessages.toMessage(json(
        "{\"type\":\"message\",\"ts\":\"1.0\",\"user\":\"U1\",\"text\":\"x\",\"hidden\":true}")))
        .isEmpty();
    assertThat(SlackMessages.toMessage(json(
        "{\"type\":\"message\",\"ts\":\"1.0\",\"user\":\"U1\",\"text\":\"  \"}"))).isEmpty();
  }

  @Test
  void the_slack_api_fixtures_map_as_expected() throws Exception {
    Path fixtures = dev.roundup.SharedData.require("slack-fixtures/events");
    assertThat(SlackMessages.toMessage(json(Files.readString(
        fixtures.resolve("message.bot_message.json"))))).isEmpty();
    JsonObject tombstone =
        json(Files.readString(fixtures.resolve("message_changed.tombstone.json")))
            .getAsJsonObject("message");
    assertThat(SlackMessages.toMessage(tombstone)).isEmpty();
    JsonObject edited = json(Files.readString(fixtures.resolve("message.edited.json")));
    assertThat(SlackMessages.toMessage(edited)).hasValueSatisfying(
        m -> assertThat(m.text()).isEqualTo(edited.get("text").getAsString()));
  }
}

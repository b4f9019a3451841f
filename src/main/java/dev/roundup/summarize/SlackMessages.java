package dev.roundup.summarize;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.Set;

/**
 * Maps Slack message JSON (Web API or export shape) to {@link Message}, leaving out what is not
 * conversation: joins, leaves, topic and purpose changes and other housekeeping, bot posts, and
 * deleted messages. Edited messages already carry their new text in {@code text}.
 */
public final class SlackMessages {

  /** Subtypes that carry what people said; every other subtype is housekeeping. */
  private static final Set<String> SPOKEN_SUBTYPES =
      Set.of("thread_broadcast", "file_share", "me_message", "reply_broadcast");

  private SlackMessages() {}

  /**
   * Whether a message with this subtype and bot id is noise to a summary: housekeeping
   * (channel_join, channel_leave, channel_topic, channel_purpose, pinned_item, …), bot posts
   * (subtype bot_message or any bot_id) and deleted messages (tombstone, message_deleted).
   * A null subtype is an ordinary message.
   */
  public static boolean isNoise(String subtype, String botId) {
    if (botId != null && !botId.isBlank()) {
      return true;
    }
    return subtype != null && !subtype.isBlank() && !SPOKEN_SUBTYPES.contains(subtype);
  }

  /** The message, or empty when it is noise or has no ts. */
  public static Optional<Message> toMessage(JsonObject json) {
    String type = string(json, "type");
    if (type != null && !type.equals("message")) {
      return Optional.empty();
    }
    String ts = string(json, "ts");
    if (ts == null || ts.isBlank() || isNoise(string(json, "subtype"), string(json, "bot_id"))) {
      return Optional.empty();
    }
    if (json.has("hidden") && json.get("hidden").getAsBoolean()) {
      return Optional.empty();
    }
    String text = string(json, "text");
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    int replyCount = json.has("reply_count") && json.get("reply_count").isJsonPrimitive()
        ? json.get("reply_count").getAsInt() : 0;
    return Optional.of(
        new Message(ts, string(json, "thread_ts"), string(json, "user"), text, replyCount));
  }

  private static String string(JsonObject json, String key) {
    JsonElement value = json.get(key);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }
}

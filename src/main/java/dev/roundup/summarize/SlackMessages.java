package dev.roundup.summarize;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.Set;

/**
 * Maps Slack message JSON (Web API or export shape) to {@link Message}, leaving out what is not
 * conversation: joins, leaves, topic and purpose changes and other housekeeping, bot posts, and
 * deleted messages. Edited messages already carry their new text in {@code text}. A message whose
 * {@code text} is empty says what it says elsewhere: in its {@code rich_text} blocks, its shared
 * files or its attachments; those are read as text so such a message still counts.
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
    if (!isMessage(json) || isNoise(string(json, "subtype"), string(json, "bot_id"))) {
      return Optional.empty();
    }
    return read(json);
  }

  /**
   * A post by an integration (a bot message, an alert with attachments), read as a message: for
   * a conversation that has nothing else, where those posts are what happened.
   */
  static Optional<Message> integrationPost(JsonObject json) {
    String subtype = string(json, "subtype");
    boolean bot = string(json, "bot_id") != null || "bot_message".equals(subtype);
    return isMessage(json) && bot ? read(json) : Optional.empty();
  }

  private static boolean isMessage(JsonObject json) {
    String type = string(json, "type");
    String ts = string(json, "ts");
    boolean hidden = json.has("hidden") && json.get("hidden").isJsonPrimitive()
        && json.get("hidden").getAsBoolean();
    return (type == null || type.equals("message")) && ts != null && !ts.isBlank() && !hidden;
  }

  private static Optional<Message> read(JsonObject json) {
    String text = textOf(json);
    if (text.isBlank()) {
      return Optional.empty();
    }
    int replyCount = json.has("reply_count") && json.get("reply_count").isJsonPrimitive()
        ? json.get("reply_count").getAsInt() : 0;
    return Optional.of(new Message(string(json, "ts"), string(json, "thread_ts"),
        string(json, "user"), text, replyCount));
  }

  /**
   * The message's words in mrkdwn: {@code text}, else its rich_text blocks, else the names of its
   * files, else its attachments' text.
   */
  static String textOf(JsonObject json) {
    String text = string(json, "text");
    if (text != null && !text.isBlank()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    if (json.get("blocks") instanceof JsonArray blocks) {
      RichText.append(blocks, out);
    }
    if (out.toString().isBlank() && json.get("files") instanceof JsonArray files) {
      for (JsonElement file : files) {
        if (file instanceof JsonObject f) {
          String name = firstOf(f, "title", "name");
          if (name != null) {
            out.append(out.isEmpty() ? "" : "\n").append("Shared a file: ").append(name);
          }
        }
      }
    }
    if (out.toString().isBlank() && json.get("attachments") instanceof JsonArray attachments) {
      for (JsonElement attachment : attachments) {
        if (attachment instanceof JsonObject a) {
          for (String key : new String[] {"pretext", "title", "text"}) {
            String part = string(a, key);
            if (part != null && !part.isBlank()) {
              out.append(out.isEmpty() ? "" : "\n").append(part);
            }
          }
          if (out.toString().isBlank() && string(a, "fallback") != null) {
            out.append(string(a, "fallback"));
          }
        }
      }
    }
    return out.toString().strip();
  }

  private static String firstOf(JsonObject json, String... keys) {
    for (String key : keys) {
      String value = string(json, key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  static String string(JsonObject json, String key) {
    JsonElement value = json.get(key);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }
}

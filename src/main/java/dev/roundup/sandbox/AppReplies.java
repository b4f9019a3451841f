package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Shows what the app answered with a message body — a slash command's acknowledgement or a post to
 * a response URL — the way Slack's client does: {@code delete_original} removes the message the
 * button was on, {@code replace_original} replaces it, {@code response_type: in_channel} posts for
 * everyone, anything else is an ephemeral message for the person who acted.
 */
final class AppReplies {

  private final Workspace workspace;
  private final EphemeralMessages ephemerals;

  AppReplies(Workspace workspace, EphemeralMessages ephemerals) {
    this.workspace = workspace;
    this.ephemerals = ephemerals;
  }

  /** Applies a body (JSON, or plain text as a slash command's ack may be). */
  void apply(ResponseUrls.Target target, String body) {
    if (body == null || body.isBlank()) {
      return;
    }
    JsonObject message = parse(body);
    String text = string(message, "text");
    String blocks = message.has("blocks") && message.get("blocks").isJsonArray()
        && !message.getAsJsonArray("blocks").isEmpty() ? message.get("blocks").toString() : null;
    if (target.originTs() != null && flag(message, "delete_original")) {
      deleteOriginal(target);
      return;
    }
    if (target.originTs() != null && flag(message, "replace_original") && replaceOriginal(target,
        text, blocks)) {
      return;
    }
    if (text == null && blocks == null) {
      return;
    }
    String threadTs = string(message, "thread_ts");
    if ("in_channel".equals(string(message, "response_type"))) {
      workspace.store(target.channel(), threadTs, workspace.botUserId(), workspace.botId(),
          text == null ? "" : text, blocks);
    } else {
      ephemerals.add(target.channel(), target.user(), text == null ? "" : text, blocks, threadTs);
    }
  }

  private void deleteOriginal(ResponseUrls.Target target) {
    if (target.ephemeral()) {
      ephemerals.remove(target.user(), target.originTs());
    } else if (workspace.message(target.channel(), target.originTs()).isPresent()) {
      workspace.delete(target.channel(), target.originTs());
    }
  }

  private boolean replaceOriginal(ResponseUrls.Target target, String text, String blocks) {
    if (target.ephemeral()) {
      return ephemerals.replace(target.user(), target.originTs(), text == null ? "" : text, blocks);
    }
    if (workspace.message(target.channel(), target.originTs()).isEmpty()) {
      return false;
    }
    workspace.update(target.channel(), target.originTs(), text == null ? "" : text, blocks);
    return true;
  }

  private static JsonObject parse(String body) {
    try {
      JsonElement parsed = JsonParser.parseString(body);
      if (parsed.isJsonObject()) {
        return parsed.getAsJsonObject();
      }
    } catch (JsonParseException e) {
      // Plain text: Slack shows it as it is.
    }
    JsonObject plain = new JsonObject();
    plain.addProperty("text", body);
    return plain;
  }

  private static String string(JsonObject json, String name) {
    JsonElement value = json.get(name);
    return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
  }

  private static boolean flag(JsonObject json, String name) {
    JsonElement value = json.get(name);
    return value != null && value.isJsonPrimitive() && value.getAsBoolean();
  }
}

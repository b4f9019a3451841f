package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builders for interaction payloads (the JSON inside {@code payload=}) in the shapes Slack sends.
 * Workspace fields (team, token, api_app_id, user names) are filled in by
 * {@link SlackEmulator#interaction(String)}, so these need only what the user did.
 */
public final class Interactions {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Interactions() {}

  /** A button click in an App Home or modal view (no channel). */
  public static String buttonClick(String userId, String actionId, String value) {
    return buttonClick(userId, actionId, value, null);
  }

  /** A button click on a message in {@code channelId} (null for a click in a view). */
  public static String buttonClick(String userId, String actionId, String value, String channelId) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    payload.add("user", user(userId));
    payload.addProperty("trigger_id", triggerId());
    JsonObject container = new JsonObject();
    if (channelId != null) {
      container.addProperty("type", "message");
      container.addProperty("channel_id", channelId);
      container.addProperty("is_ephemeral", false);
      JsonObject channel = new JsonObject();
      channel.addProperty("id", channelId);
      payload.add("channel", channel);
    } else {
      container.addProperty("type", "view");
    }
    payload.add("container", container);
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", actionId + "_block");
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", actionId);
    text.addProperty("emoji", true);
    action.add("text", text);
    if (value != null) {
      action.addProperty("value", value);
    }
    action.addProperty("action_ts", String.format("%d.%06d", System.currentTimeMillis() / 1000,
        RANDOM.nextInt(1_000_000)));
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    return payload.toString();
  }

  /**
   * A modal submitted with plain-text inputs: {@code values} maps block id to action id to the
   * typed value, as in {@code view.state.values}.
   */
  public static String viewSubmission(String userId, String callbackId, String privateMetadata,
      Map<String, ? extends Map<String, ?>> values) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "view_submission");
    payload.add("user", user(userId));
    payload.addProperty("trigger_id", triggerId());
    JsonObject view = new JsonObject();
    String viewId = "V" + HexFormat.of().formatHex(bytes(5)).toUpperCase();
    view.addProperty("id", viewId);
    view.addProperty("type", "modal");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", privateMetadata == null ? "" : privateMetadata);
    view.add("blocks", new JsonArray());
    JsonObject title = new JsonObject();
    title.addProperty("type", "plain_text");
    title.addProperty("text", callbackId);
    view.add("title", title);
    JsonObject stateValues = new JsonObject();
    values.forEach((blockId, actions) -> {
      JsonObject block = new JsonObject();
      actions.forEach((actionId, entered) -> block.add(actionId, inputState(entered)));
      stateValues.add(blockId, block);
    });
    JsonObject state = new JsonObject();
    state.add("values", stateValues);
    view.add("state", state);
    view.addProperty("hash", HexFormat.of().formatHex(bytes(8)));
    view.addProperty("root_view_id", viewId);
    view.addProperty("clear_on_close", false);
    view.addProperty("notify_on_close", false);
    payload.add("view", view);
    payload.add("response_urls", new JsonArray());
    return payload.toString();
  }

  private static JsonObject user(String userId) {
    JsonObject user = new JsonObject();
    user.addProperty("id", userId);
    return user;
  }

  /** A trigger id in Slack's shape ({@code digits.digits.hex}). */
  static String triggerId() {
    return Math.abs(RANDOM.nextLong() % 10_000_000_000_000L) + "."
        + Math.abs(RANDOM.nextLong() % 1_000_000_000_000L) + "." + HexFormat.of().formatHex(bytes(16));
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  /**
   * One input's state as Slack sends it: a string is what was typed in a plain-text input; a list
   * of ids is a multi_conversations_select's selection.
   */
  private static JsonObject inputState(Object entered) {
    JsonObject input = new JsonObject();
    if (entered instanceof List<?> ids) {
      input.addProperty("type", "multi_conversations_select");
      JsonArray selected = new JsonArray();
      ids.forEach(id -> selected.add(String.valueOf(id)));
      input.add("selected_conversations", selected);
    } else {
      input.addProperty("type", "plain_text_input");
      input.addProperty("value", entered == null ? null : String.valueOf(entered));
    }
    return input;
  }
}

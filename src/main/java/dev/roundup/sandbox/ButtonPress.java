package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * Finds a button in Block Kit blocks — in an {@code actions} block or as a section's accessory —
 * by action id and, when several share it, value; and builds the {@code actions[]} entry Slack
 * reports when it is pressed.
 */
record ButtonPress(String blockId, JsonObject button) {

  static Optional<ButtonPress> find(JsonArray blocks, String actionId, String value) {
    if (blocks == null) {
      return Optional.empty();
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (!blocks.get(i).isJsonObject()) {
        continue;
      }
      JsonObject block = blocks.get(i).getAsJsonObject();
      // Slack gives every block an id; a block sent without one is known by its position.
      String blockId = string(block, "block_id") != null ? string(block, "block_id") : "b" + i;
      JsonArray candidates = new JsonArray();
      if (block.has("elements") && block.get("elements").isJsonArray()) {
        candidates.addAll(block.getAsJsonArray("elements"));
      }
      if (block.has("accessory")) {
        candidates.add(block.get("accessory"));
      }
      for (JsonElement candidate : candidates) {
        if (candidate.isJsonObject() && matches(candidate.getAsJsonObject(), actionId, value)) {
          return Optional.of(new ButtonPress(blockId, candidate.getAsJsonObject()));
        }
      }
    }
    return Optional.empty();
  }

  /** The entry of {@code actions[]} in a block_actions payload. */
  JsonObject action(String actionTs) {
    JsonObject action = new JsonObject();
    action.addProperty("type", "button");
    action.addProperty("action_id", string(button, "action_id"));
    action.addProperty("block_id", blockId);
    if (button.has("text")) {
      action.add("text", button.get("text").deepCopy());
    }
    if (button.has("value")) {
      action.addProperty("value", string(button, "value"));
    }
    if (button.has("style")) {
      action.addProperty("style", string(button, "style"));
    }
    action.addProperty("action_ts", actionTs);
    return action;
  }

  private static boolean matches(JsonObject element, String actionId, String value) {
    return "button".equals(string(element, "type")) && actionId.equals(string(element, "action_id"))
        && (value == null || value.equals(string(element, "value")));
  }

  static String string(JsonObject json, String name) {
    JsonElement v = json.get(name);
    return v == null || v.isJsonNull() || !v.isJsonPrimitive() ? null : v.getAsString();
  }
}

package dev.roundup.summarize;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.roundup.export.PersonNames;
import java.util.HashMap;
import java.util.Map;

/**
 * Display names as Slack writes them in files: a users list ({@code users.json} of an export, a
 * saved {@code users.list} response) or the {@code user_profile} snapshot on each exported
 * message, named by the one rule every reader of an export uses ({@link PersonNames}).
 */
final class UserNames {

  private UserNames() {}

  /** Id → name from a users list; empty for anything that is not one. */
  static Map<String, String> fromUsersFile(JsonElement root) {
    JsonArray users = root.isJsonArray() ? root.getAsJsonArray()
        : root.isJsonObject() && root.getAsJsonObject().get("members") instanceof JsonArray a
            ? a : new JsonArray();
    Map<String, String> names = new HashMap<>();
    for (JsonElement element : users) {
      if (element.isJsonObject()) {
        JsonObject user = element.getAsJsonObject();
        String id = text(user, "id");
        String name = PersonNames.ofUser(user);
        if (id != null && name != null) {
          names.put(id, name);
        }
      }
    }
    return names;
  }

  /** The name in a message's user_profile, or null. */
  static String fromMessage(JsonObject message) {
    return PersonNames.ofMessage(message);
  }

  private static String text(JsonObject json, String key) {
    JsonElement value = json == null ? null : json.get(key);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }
}

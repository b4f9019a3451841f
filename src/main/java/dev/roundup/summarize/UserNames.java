package dev.roundup.summarize;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * Display names as Slack writes them in files: a users list ({@code users.json} of an export, a
 * saved {@code users.list} response) or the {@code user_profile} snapshot on each exported
 * message. The name people see comes first: display name, then the user name, then the real name.
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
        String name = nameOf(user, user.get("profile") instanceof JsonObject p ? p : null);
        if (id != null && name != null) {
          names.put(id, name);
        }
      }
    }
    return names;
  }

  /** The name in a message's user_profile, or null. */
  static String fromMessage(JsonObject message) {
    return message.get("user_profile") instanceof JsonObject profile
        ? nameOf(profile, profile) : null;
  }

  private static String nameOf(JsonObject user, JsonObject profile) {
    for (String candidate : new String[] {text(profile, "display_name"), text(user, "name"),
        text(profile, "real_name"), text(user, "real_name")}) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return null;
  }

  private static String text(JsonObject json, String key) {
    JsonElement value = json == null ? null : json.get(key);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }
}

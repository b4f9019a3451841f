package dev.roundup.export;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The name a person goes by, as Slack shows it: the display name, else the real (full) name,
 * else the user name; from a {@code users.json} entry (top level and its {@code profile}), from the
 * {@code user_profile} snapshot on each exported message, or from {@code users.info}. The one
 * rule: whatever shows people (the summarizer's commands on an export, the emulator's workspace,
 * the bot's own user directory) asks it, so the same person has the same name everywhere.
 */
public final class PersonNames {

  private PersonNames() {}

  /** The name of a users.json entry (or a users.list member), or null when it has none. */
  public static String ofUser(JsonObject user) {
    return of(user, user.get("profile") instanceof JsonObject p ? p : null);
  }

  /** The name in a message's {@code user_profile}, or null when it has none. */
  public static String ofMessage(JsonObject message) {
    return message.get("user_profile") instanceof JsonObject profile ? of(profile, profile) : null;
  }

  /**
   * The real name of a users.json entry: the top-level one, else the profile's (a deleted user's
   * top-level {@code real_name} is often empty while the profile keeps it), or null.
   */
  public static String realName(JsonObject user) {
    JsonObject profile = user.get("profile") instanceof JsonObject p ? p : null;
    return firstNonBlank(text(user, "real_name"), text(profile, "real_name"));
  }

  private static String of(JsonObject user, JsonObject profile) {
    return preferred(text(profile, "display_name"),
        firstNonBlank(text(profile, "real_name"), text(user, "real_name")), text(user, "name"));
  }

  /**
   * The name to show of a display name, a real name and a user name, any of them null or blank:
   * the first that is not, in that order; null when none is.
   */
  public static String preferred(String displayName, String realName, String userName) {
    return firstNonBlank(displayName, realName, userName);
  }

  private static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
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

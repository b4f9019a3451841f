package dev.roundup.export;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The name a person goes by in an export: the display name, else the user name, else the real
 * name, from a {@code users.json} entry (top level and its {@code profile}) or from the
 * {@code user_profile} snapshot on each exported message. The one rule: whatever shows people of
 * an export (the summarizer's commands, the emulator's workspace) asks it, so the same person has
 * the same name in both.
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
    return firstNonBlank(text(profile, "display_name"), text(user, "name"),
        text(profile, "real_name"), text(user, "real_name"));
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

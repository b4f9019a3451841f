package dev.roundup.summarize;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * User id → display name, read from a Slack export's {@code users.json} (an array of users) or a
 * saved {@code users.list} response. Unknown ids resolve to themselves.
 */
public final class SlackUserNames {

  private SlackUserNames() {}

  /** A resolver that leaves every id as it is. */
  public static Function<String, String> none() {
    return id -> id;
  }

  /**
   * Names from the {@code users.json} beside an export channel folder (in the folder's parent),
   * or beside a single file; ids unresolved when there is none or it cannot be read.
   */
  public static Function<String, String> near(Path conversationPath) {
    // An export keeps users.json at its root, the parent of each channel folder; a saved API
    // response may have one beside it.
    Path base = conversationPath.toAbsolutePath().getParent();
    for (Path candidate : new Path[] {
        base == null ? null : base.resolve("users.json"),
        Files.isDirectory(conversationPath) ? conversationPath.resolve("users.json") : null}) {
      if (candidate != null && Files.isRegularFile(candidate)) {
        return read(candidate);
      }
    }
    return none();
  }

  /** Names from a users file; ids unresolved when it cannot be read. */
  public static Function<String, String> read(Path usersFile) {
    Map<String, String> names = new HashMap<>();
    try {
      JsonElement root = JsonParser.parseString(Files.readString(usersFile));
      JsonArray users = root.isJsonArray() ? root.getAsJsonArray()
          : root.isJsonObject() && root.getAsJsonObject().has("members")
              ? root.getAsJsonObject().getAsJsonArray("members") : new JsonArray();
      for (JsonElement element : users) {
        if (element.isJsonObject()) {
          JsonObject user = element.getAsJsonObject();
          String id = text(user, "id");
          String name = nameOf(user);
          if (id != null && name != null) {
            names.put(id, name);
          }
        }
      }
    } catch (IOException | JsonParseException | IllegalStateException e) {
      return none();
    }
    return id -> names.getOrDefault(id, id);
  }

  private static String nameOf(JsonObject user) {
    JsonObject profile = user.has("profile") && user.get("profile").isJsonObject()
        ? user.getAsJsonObject("profile") : new JsonObject();
    for (String candidate : new String[] {text(profile, "display_name"), text(user, "name"),
        text(profile, "real_name"), text(user, "real_name")}) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return null;
  }

  private static String text(JsonObject json, String key) {
    JsonElement value = json.get(key);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }
}

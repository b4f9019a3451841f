package dev.roundup;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what a person would see in the JSON Roundup sent to Slack (messages, answers, views). */
public final class SlackJson {

  private SlackJson() {}

  /** Every "text" string in a JSON body, joined by newlines: what a person would read. */
  public static String texts(String body) {
    return texts(JsonParser.parseString(body));
  }

  /** Every "text" string in a JSON tree, joined by newlines. */
  public static String texts(JsonElement json) {
    List<String> out = new ArrayList<>();
    collect(json, out);
    return String.join("\n", out);
  }

  /** The value of the first button with this action id, anywhere in the tree. */
  public static Optional<String> buttonValue(JsonElement e, String actionId) {
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      if (o.has("action_id") && actionId.equals(o.get("action_id").getAsString()) && o.has("value")) {
        return Optional.of(o.get("value").getAsString());
      }
      for (var entry : o.entrySet()) {
        Optional<String> found = buttonValue(entry.getValue(), actionId);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (e.isJsonArray()) {
      for (JsonElement item : e.getAsJsonArray()) {
        Optional<String> found = buttonValue(item, actionId);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static void collect(JsonElement e, List<String> out) {
    if (e.isJsonObject()) {
      for (var entry : e.getAsJsonObject().entrySet()) {
        if (entry.getKey().equals("text") && entry.getValue().isJsonPrimitive()) {
          out.add(entry.getValue().getAsString());
        } else {
          collect(entry.getValue(), out);
        }
      }
    } else if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(item -> collect(item, out));
    }
  }
}

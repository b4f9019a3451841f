package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.function.Function;

/**
 * Completes a hand-built interaction payload with what Slack always sends — team, token, app id,
 * the user's name, a trigger id and (for message actions) a response_url — without overwriting
 * anything the caller set.
 */
final class InteractionPayloads {

  private final Workspace workspace;
  private final Triggers triggers;
  private final Function<String, String> responseUrls;

  /** @param responseUrls a fresh response URL for the person who acted */
  InteractionPayloads(Workspace workspace, Triggers triggers, Function<String, String> responseUrls) {
    this.workspace = workspace;
    this.triggers = triggers;
    this.responseUrls = responseUrls;
  }

  JsonObject complete(String payloadJson) {
    JsonObject payload = JsonParser.parseString(payloadJson).getAsJsonObject();
    if (!payload.has("team")) {
      JsonObject team = new JsonObject();
      team.addProperty("id", workspace.teamId());
      team.addProperty("domain", workspace.teamDomain());
      payload.add("team", team);
    }
    putIfAbsent(payload, "token", workspace.verificationToken());
    putIfAbsent(payload, "api_app_id", Workspace.APP_ID);
    if (!payload.has("is_enterprise_install")) {
      payload.addProperty("is_enterprise_install", false);
    }
    completeUser(payload);
    String triggerId = text(payload, "trigger_id");
    if (triggerId == null) {
      payload.addProperty("trigger_id", triggers.issue());
    } else {
      triggers.register(triggerId);
    }
    if ("block_actions".equals(text(payload, "type")) && payload.has("channel")
        && !payload.has("response_url")) {
      JsonElement user = payload.get("user");
      String userId = user != null && user.isJsonObject() ? text(user.getAsJsonObject(), "id") : null;
      payload.addProperty("response_url", responseUrls.apply(userId));
    }
    completeChannelName(payload);
    return payload;
  }

  private void completeUser(JsonObject payload) {
    JsonElement userElement = payload.get("user");
    if (userElement == null || !userElement.isJsonObject()) {
      return;
    }
    JsonObject user = userElement.getAsJsonObject();
    String id = text(user, "id");
    if (id == null) {
      return;
    }
    workspace.user(id).ifPresent(known -> {
      putIfAbsent(user, "username", known.name());
      putIfAbsent(user, "name", known.name());
    });
    putIfAbsent(user, "team_id", workspace.teamId());
  }

  private void completeChannelName(JsonObject payload) {
    JsonElement channel = payload.get("channel");
    if (channel != null && channel.isJsonObject()) {
      JsonObject object = channel.getAsJsonObject();
      String id = text(object, "id");
      if (id != null) {
        workspace.channel(id).ifPresent(c -> putIfAbsent(object, "name", c.name()));
      }
    }
  }

  private static void putIfAbsent(JsonObject json, String name, String value) {
    if (!json.has(name)) {
      json.addProperty(name, value);
    }
  }

  private static String text(JsonObject json, String name) {
    JsonElement value = json.get(name);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }
}

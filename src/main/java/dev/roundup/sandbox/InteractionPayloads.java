package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Completes a hand-built interaction payload with what Slack always sends — team, token, app id,
 * the user's name, a trigger id and (for message actions) a response_url — without overwriting
 * anything the caller set.
 */
final class InteractionPayloads {

  private final Workspace workspace;
  private final Triggers triggers;
  private final ResponseUrls responseUrls;

  InteractionPayloads(Workspace workspace, Triggers triggers, ResponseUrls responseUrls) {
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
    workspace.enterprise().ifPresent(org -> {
      if (!payload.has("enterprise")) {
        JsonObject enterprise = new JsonObject();
        enterprise.addProperty("id", org.id());
        enterprise.addProperty("name", org.name());
        payload.add("enterprise", enterprise);
      }
    });
    if (!payload.has("is_enterprise_install")) {
      payload.addProperty("is_enterprise_install", workspace.enterprise().isPresent());
    }
    completeUser(payload);
    String userId = payload.has("user") && payload.get("user").isJsonObject()
        ? text(payload.getAsJsonObject("user"), "id") : null;
    String triggerId = text(payload, "trigger_id");
    if (triggerId == null) {
      payload.addProperty("trigger_id", triggers.issue(userId));
    } else {
      triggers.register(triggerId, userId);
    }
    if ("block_actions".equals(text(payload, "type")) && payload.has("channel")
        && !payload.has("response_url")) {
      String channelId = text(payload.getAsJsonObject("channel"), "id");
      payload.addProperty("response_url", responseUrls.issue(userId == null || channelId == null
          ? null : target(payload, userId, channelId)));
    }
    completeChannelName(payload);
    return payload;
  }

  /** Where replies to this click go: the clicked message, when the container names one. */
  private static ResponseUrls.Target target(JsonObject payload, String userId, String channelId) {
    JsonElement container = payload.get("container");
    if (container == null || !container.isJsonObject()) {
      return new ResponseUrls.Target(userId, channelId, null, false);
    }
    JsonObject c = container.getAsJsonObject();
    JsonElement ephemeral = c.get("is_ephemeral");
    return new ResponseUrls.Target(userId, channelId, text(c, "message_ts"),
        ephemeral != null && ephemeral.isJsonPrimitive() && ephemeral.getAsBoolean());
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

package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a person does with what the app showed them, delivered as Slack delivers it: pressing a
 * button on a message (ephemeral or not) or in a view, submitting a modal, closing one. Payloads
 * carry what Slack's do — the container, the message or view, a trigger id tied to the person,
 * a response URL tied to the message pressed — so the app's replies land where they would in Slack.
 */
final class PeopleActing {

  private final Workspace workspace;
  private final EphemeralMessages ephemerals;
  private final ViewsApi views;
  private final ResponseUrls responseUrls;
  private final MessageJson messageJson;
  private final Function<JsonObject, Delivery> deliver;

  PeopleActing(Workspace workspace, EphemeralMessages ephemerals, ViewsApi views,
      ResponseUrls responseUrls, Function<JsonObject, Delivery> deliver) {
    this.workspace = workspace;
    this.ephemerals = ephemerals;
    this.views = views;
    this.responseUrls = responseUrls;
    this.messageJson = new MessageJson(workspace);
    this.deliver = deliver;
  }

  Delivery pressOnMessage(String userId, String channelId, String messageTs, String actionId,
      String value) {
    requireUser(userId);
    var ephemeral = ephemerals.find(userId, messageTs).filter(m -> m.channel().equals(channelId));
    JsonObject message = null;
    String blocks;
    if (ephemeral.isPresent()) {
      blocks = ephemeral.get().blocks();
    } else {
      StoredMessage stored = workspace.message(channelId, messageTs)
          .orElseThrow(() -> new IllegalArgumentException("no message " + messageTs + " in " + channelId));
      message = messageJson.render(stored);
      blocks = stored.blocks();
    }
    ButtonPress press = ButtonPress.find(parseArray(blocks), actionId, value).orElseThrow(() ->
        new IllegalArgumentException("no button " + actionId + " on message " + messageTs));
    JsonObject payload = base(userId);
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", messageTs);
    container.addProperty("channel_id", channelId);
    container.addProperty("is_ephemeral", ephemeral.isPresent());
    payload.add("container", container);
    JsonObject channel = new JsonObject();
    channel.addProperty("id", channelId);
    payload.add("channel", channel);
    if (message != null) {
      payload.add("message", message);
    }
    payload.addProperty("response_url", responseUrls.issue(
        new ResponseUrls.Target(userId, channelId, messageTs, ephemeral.isPresent())));
    payload.add("actions", actions(press));
    return deliver.apply(payload);
  }

  Delivery pressInView(String userId, String viewId, String actionId, String value) {
    requireUser(userId);
    JsonObject view = views.byId(viewId)
        .orElseThrow(() -> new IllegalArgumentException("no view " + viewId));
    ButtonPress press = ButtonPress.find(view.getAsJsonArray("blocks"), actionId, value)
        .orElseThrow(() -> new IllegalArgumentException("no button " + actionId + " in view " + viewId));
    JsonObject payload = base(userId);
    JsonObject container = new JsonObject();
    container.addProperty("type", "view");
    container.addProperty("view_id", viewId);
    payload.add("container", container);
    payload.add("view", view);
    payload.add("actions", actions(press));
    return deliver.apply(payload);
  }

  /**
   * Submits a modal with the inputs given ({@code values}: block id → action id → typed text, or a
   * list of ids / option values for a multi-select); inputs not given keep their initial values.
   */
  ViewSubmission submit(String userId, String viewId, Map<String, ? extends Map<String, ?>> values) {
    requireUser(userId);
    JsonObject view = views.byId(viewId)
        .orElseThrow(() -> new IllegalArgumentException("no view " + viewId));
    view.add("state", ViewState.of(view.getAsJsonArray("blocks"), values));
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "view_submission");
    payload.add("user", user(userId));
    payload.add("view", view);
    payload.add("response_urls", new JsonArray());
    Delivery answer = deliver.apply(payload);
    Map<String, String> errors = new LinkedHashMap<>();
    JsonObject ack = parseObject(answer.body());
    String action = ack == null ? null : ButtonPress.string(ack, "response_action");
    boolean closed = answer.status() == 200;
    if ("errors".equals(action)) {
      closed = false;
      if (ack.has("errors") && ack.get("errors").isJsonObject()) {
        ack.getAsJsonObject("errors").entrySet().forEach(e -> errors.put(e.getKey(),
            e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
      }
    } else if ("clear".equals(action)) {
      views.modals().clear(userId);
    } else if ("update".equals(action) && ack.has("view")) {
      closed = false;
      views.replace(viewId, ack.getAsJsonObject("view"));
    } else if (closed) {
      views.modals().close(userId, viewId);
    }
    workspace.changes().changed();
    return new ViewSubmission(answer, closed, errors);
  }

  /** The person dismisses a modal; the app hears of it only when the view asked to be told. */
  Delivery close(String userId, String viewId) {
    requireUser(userId);
    JsonObject view = views.byId(viewId)
        .orElseThrow(() -> new IllegalArgumentException("no view " + viewId));
    views.modals().close(userId, viewId);
    workspace.changes().changed();
    JsonElement notify = view.get("notify_on_close");
    if (notify == null || !notify.isJsonPrimitive() || !notify.getAsBoolean()) {
      return null;
    }
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "view_closed");
    payload.add("user", user(userId));
    payload.add("view", view);
    payload.addProperty("is_cleared", false);
    return deliver.apply(payload);
  }

  private JsonObject base(String userId) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    payload.add("user", user(userId));
    JsonObject state = new JsonObject();
    state.add("values", new JsonObject());
    payload.add("state", state);
    return payload;
  }

  private JsonArray actions(ButtonPress press) {
    JsonArray actions = new JsonArray();
    actions.add(press.action(workspace.nextTs()));
    return actions;
  }

  private static JsonObject user(String userId) {
    JsonObject user = new JsonObject();
    user.addProperty("id", userId);
    return user;
  }

  private void requireUser(String userId) {
    if (workspace.user(userId).isEmpty()) {
      throw new IllegalArgumentException("no user " + userId);
    }
  }

  private static JsonArray parseArray(String json) {
    if (json == null) {
      return null;
    }
    JsonElement parsed = JsonParser.parseString(json);
    return parsed.isJsonArray() ? parsed.getAsJsonArray() : null;
  }

  private static JsonObject parseObject(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonElement parsed = JsonParser.parseString(body);
      return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      return null;
    }
  }
}

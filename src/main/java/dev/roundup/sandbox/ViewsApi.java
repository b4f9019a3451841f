package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * views.publish, views.open and views.update. Trigger ids are single-use and must come from a
 * delivery the emulator made (slash command or interaction), as Slack requires.
 */
final class ViewsApi {

  private final Workspace workspace;
  private final Recorder recorder;
  private final Triggers triggers;
  private final ModalStacks modals = new ModalStacks();
  private final Map<String, JsonObject> viewsById = new ConcurrentHashMap<>();
  private final AtomicLong viewSequence = new AtomicLong();

  ViewsApi(Workspace workspace, Recorder recorder, Triggers triggers) {
    this.workspace = workspace;
    this.recorder = recorder;
    this.triggers = triggers;
  }

  void register(Map<String, WebApiMethod> methods) {
    methods.put("views.publish", this::publish);
    methods.put("views.open", this::open);
    methods.put("views.update", this::update);
  }

  /** The last view published to a user's App Home, if any (for app_home_opened events). */
  JsonObject homeOf(String userId) {
    return viewsById.values().stream()
        .filter(v -> "home".equals(stringOf(v, "type")) && userId.equals(stringOf(v, "user_id")))
        .reduce((a, b) -> b).orElse(null);
  }

  private JsonObject publish(ApiRequest request) {
    String userId = request.required("user_id");
    if (workspace.user(userId).isEmpty()) {
      throw new SlackError("user_not_found");
    }
    JsonObject view = view(request);
    if (!"home".equals(stringOf(view, "type"))) {
      throw new SlackError("invalid_arguments");
    }
    recorder.publishedViews.add(new PublishedView(userId, request.required("view")));
    JsonObject existing = homeOf(userId);
    String id = existing != null ? existing.get("id").getAsString() : nextViewId();
    return answer(stored(id, view, userId));
  }

  /** A view as it is now (after any views.update), by id. */
  Optional<JsonObject> byId(String viewId) {
    return Optional.ofNullable(viewsById.get(viewId)).map(JsonObject::deepCopy);
  }

  /** Replaces a view's content, keeping its id and owner (a submission answered "update"). */
  void replace(String viewId, JsonObject view) {
    JsonObject old = viewsById.get(viewId);
    if (old != null) {
      stored(viewId, view, stringOf(old, "user_id"));
    }
  }

  /** The modals open on people's screens. */
  ModalStacks modals() {
    return modals;
  }

  private JsonObject open(ApiRequest request) {
    String triggerId = request.required("trigger_id");
    JsonObject view = view(request);
    String userId = triggers.exchange(triggerId);
    JsonObject stored = stored(nextViewId(), view, null);
    String viewId = stored.get("id").getAsString();
    recorder.openedViews.add(new OpenedView(triggerId, request.required("view"), viewId,
        userId.isEmpty() ? null : userId));
    if (!userId.isEmpty()) {
      modals.push(userId, viewId);
    }
    return answer(stored);
  }

  private JsonObject update(ApiRequest request) {
    String viewId = request.optional("view_id");
    String externalId = request.optional("external_id");
    if (viewId == null && externalId == null) {
      throw SlackError.missing("view_id");
    }
    JsonObject target = viewId != null ? viewsById.get(viewId)
        : viewsById.values().stream().filter(v -> externalId.equals(stringOf(v, "external_id")))
            .findFirst().orElse(null);
    if (target == null) {
      throw new SlackError("not_found");
    }
    JsonObject view = view(request);
    return answer(stored(target.get("id").getAsString(), view, stringOf(target, "user_id")));
  }

  private JsonObject stored(String id, JsonObject view, String userId) {
    JsonObject copy = view.deepCopy();
    copy.addProperty("id", id);
    copy.addProperty("team_id", workspace.teamId());
    copy.addProperty("app_id", Workspace.APP_ID);
    copy.addProperty("bot_id", workspace.botId());
    copy.addProperty("hash", Long.toHexString(System.nanoTime()));
    if (userId != null) {
      copy.addProperty("user_id", userId);
    }
    if (!copy.has("private_metadata")) {
      copy.addProperty("private_metadata", "");
    }
    if (!copy.has("callback_id")) {
      copy.addProperty("callback_id", "");
    }
    viewsById.put(id, copy);
    return copy;
  }

  private static JsonObject answer(JsonObject view) {
    JsonObject body = new JsonObject();
    body.add("view", view);
    return body;
  }

  private String nextViewId() {
    return String.format("V%08d", viewSequence.incrementAndGet());
  }

  private static JsonObject view(ApiRequest request) {
    String raw = request.required("view");
    try {
      JsonElement parsed = JsonParser.parseString(raw);
      if (!parsed.isJsonObject() || stringOf(parsed.getAsJsonObject(), "type") == null) {
        throw new SlackError("invalid_arguments",
            java.util.List.of("[ERROR] failed to match all allowed schemas [json-pointer:/view]"));
      }
      return parsed.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new SlackError("invalid_arguments", java.util.List.of("[ERROR] invalid json [json-pointer:/view]"));
    }
  }

  private static String stringOf(JsonObject json, String name) {
    JsonElement value = json.get(name);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }
}

package dev.roundup.sandbox;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** apps.connections.open: a single-use WebSocket URL for Socket Mode, for the app-level token. */
final class AppsApi {

  /** Methods that take the app-level token ({@code xapp-…}) and refuse every other kind. */
  static final Set<String> APP_LEVEL_METHODS = Set.of("apps.connections.open");

  private final Supplier<String> socketUrls;

  AppsApi(Supplier<String> socketUrls) {
    this.socketUrls = socketUrls;
  }

  void register(Map<String, WebApiMethod> methods) {
    methods.put("apps.connections.open", this::connectionsOpen);
  }

  private JsonObject connectionsOpen(ApiRequest request) {
    JsonObject body = new JsonObject();
    body.addProperty("url", socketUrls.get());
    return body;
  }
}

package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches Web API calls the way Slack's front door does: unknown method, then the token (and
 * whether its kind, bot or app-level, may call the method), then the rate limit and queued faults,
 * then the method itself. Every call that passes the token
 * check is recorded, rate-limited and failed ones included.
 */
final class WebApi {

  private static final Logger log = LoggerFactory.getLogger(WebApi.class);

  private final Workspace workspace;
  private final Recorder recorder;
  private final RateLimits rateLimits;
  private final PostingLimits postingLimits;
  private final Faults faults;
  private final Map<String, WebApiMethod> methods = new HashMap<>();
  private volatile Clock clock = Clock.systemUTC();

  WebApi(Workspace workspace, Recorder recorder, RateLimits rateLimits, PostingLimits postingLimits,
      Faults faults, ViewsApi views, AppsApi apps, EphemeralMessages ephemerals) {
    this.workspace = workspace;
    this.recorder = recorder;
    this.rateLimits = rateLimits;
    this.postingLimits = postingLimits;
    this.faults = faults;
    new UsersApi(workspace).register(methods);
    new ConversationsApi(workspace).register(methods);
    new ChatApi(workspace, recorder, ephemerals).register(methods);
    new FilesApi(workspace).register(methods);
    views.register(methods);
    apps.register(methods);
  }

  void setClock(Clock clock) {
    this.clock = clock;
  }

  /** The Web API methods the emulator answers, sorted. */
  java.util.List<String> methodNames() {
    return methods.keySet().stream().sorted().toList();
  }

  ApiResponse handle(ApiRequest request) {
    WebApiMethod method = methods.get(request.method());
    // Calls that do not get past the front door are answered but not recorded.
    if (method == null) {
      JsonObject body = failure("unknown_method");
      body.addProperty("req_method", request.method());
      log.warn("unknown Web API method {}", request.method());
      return new ApiResponse(404, body.toString(), Map.of());
    }
    if (request.token() == null || request.token().isBlank()) {
      log.warn("{} called without a token", request.method());
      return new ApiResponse(200, failure("not_authed").toString(), Map.of());
    }
    boolean botToken = workspace.acceptsBotToken(request.token());
    boolean appToken = request.token().equals(workspace.appToken());
    if (!botToken && !appToken) {
      log.warn("{} called with an unknown token", request.method());
      return new ApiResponse(200, failure("invalid_auth").toString(), Map.of());
    }
    // The app-level token only opens Socket Mode connections; the bot token cannot.
    if (appToken != AppsApi.APP_LEVEL_METHODS.contains(request.method())) {
      log.warn("{} called with the {} token", request.method(), appToken ? "app-level" : "bot");
      return new ApiResponse(200, failure("not_allowed_token_type").toString(), Map.of());
    }
    OptionalLong retryAfter = rateLimits.tryAcquire(request.method());
    if (retryAfter.isEmpty() && request.method().equals("chat.postMessage")) {
      retryAfter = postingLimits.tryPost(postedChannel(request.params().get("channel")));
    }
    if (retryAfter.isPresent()) {
      return record(request, 429, failure("ratelimited"),
          Map.of("Retry-After", String.valueOf(retryAfter.getAsLong())));
    }
    slowDown(faults.latency(request.method()));
    String fault = faults.take(request.method()).orElse(null);
    if (fault != null) {
      return record(request, 200, failure(fault), Map.of());
    }
    try {
      JsonObject body = new JsonObject();
      body.addProperty("ok", true);
      method.call(request).entrySet().forEach(e -> body.add(e.getKey(), e.getValue()));
      return record(request, 200, body, Map.of());
    } catch (SlackError e) {
      JsonObject body = failure(e.error());
      if (!e.messages().isEmpty()) {
        JsonObject meta = new JsonObject();
        JsonArray messages = new JsonArray();
        e.messages().forEach(messages::add);
        meta.add("messages", messages);
        body.add("response_metadata", meta);
      }
      return record(request, 200, body, Map.of());
    } catch (RuntimeException e) {
      // A bug here must look like Slack's own failure to the app, not hang or send HTML.
      log.error("{} failed inside the emulator", request.method(), e);
      return record(request, 500, failure("internal_error"), Map.of());
    }
  }

  /** A slow Slack: the answer comes after the method's latency (calls run side by side). */
  private static void slowDown(java.time.Duration latency) {
    if (!latency.isZero()) {
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The channel a post goes to, a user id standing for the bot's DM with them (as in Slack). */
  private String postedChannel(String channel) {
    if (channel != null && (channel.startsWith("U") || channel.startsWith("W"))
        && workspace.user(channel).isPresent()) {
      return workspace.directChannel(channel).id();
    }
    return channel == null ? "" : channel;
  }

  private ApiResponse record(ApiRequest request, int status, JsonObject body,
      Map<String, String> headers) {
    boolean ok = body.get("ok").getAsBoolean();
    String error = ok ? null : body.get("error").getAsString();
    Map<String, String> params = new LinkedHashMap<>(request.params());
    params.remove("token");
    String answer = body.toString();
    recorder.calls.add(new ApiCall(request.method(), params, status, ok, error, clock.instant(),
        answer));
    workspace.changes().changed();
    return new ApiResponse(status, answer, headers);
  }

  private static JsonObject failure(String error) {
    JsonObject body = new JsonObject();
    body.addProperty("ok", false);
    body.addProperty("error", error);
    return body;
  }
}

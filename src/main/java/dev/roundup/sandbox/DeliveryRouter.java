package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.Set;

/**
 * Chooses how each delivery reaches the app — a signed HTTP POST or a Socket Mode envelope (see
 * {@link DeliveryMode}) — and puts the payload in that transport's shape: events as the
 * event_callback body or an {@code events_api} envelope, slash commands as a form or an
 * {@code slash_commands} envelope of the same fields, interactions as {@code payload=} or an
 * {@code interactive} envelope.
 */
final class DeliveryRouter {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";
  /** Interactions whose ack may carry a response (errors, options), per Slack's Socket Mode. */
  private static final Set<String> RESPONDING_INTERACTIONS =
      Set.of("view_submission", "block_suggestion");

  private final AppDelivery http;
  private final SocketDelivery socket;
  private volatile DeliveryMode mode = DeliveryMode.AUTO;

  DeliveryRouter(AppDelivery http, SocketDelivery socket) {
    this.http = http;
    this.socket = socket;
  }

  void setMode(DeliveryMode mode) {
    this.mode = mode;
  }

  /**
   * Delivers an event_callback body; {@code retryNum} above 0 marks Slack's retry (headers over
   * HTTP, {@code retry_attempt} / {@code retry_reason} over the socket).
   */
  Delivery event(String body, String eventId, int retryNum, String retryReason) {
    if (viaSocket()) {
      return socket.send("events_api", jsonObject(body), false, retryNum,
          retryNum > 0 ? retryReason : "", eventId);
    }
    Map<String, String> headers = retryNum > 0
        ? Map.of("X-Slack-Retry-Num", String.valueOf(retryNum), "X-Slack-Retry-Reason", retryReason)
        : Map.of();
    return http.signed(body, JSON, headers, eventId);
  }

  Delivery slashCommand(Map<String, String> fields) {
    if (viaSocket()) {
      JsonObject payload = new JsonObject();
      fields.forEach(payload::addProperty);
      return socket.send("slash_commands", payload, true, null, null, null);
    }
    return http.signed(HttpForms.encode(fields), FORM, Map.of(), null);
  }

  Delivery interaction(JsonObject payload) {
    if (viaSocket()) {
      JsonElement type = payload.get("type");
      boolean responds = type != null && RESPONDING_INTERACTIONS.contains(type.getAsString());
      return socket.send("interactive", payload, responds, null, null, null);
    }
    return http.signed(HttpForms.encode(Map.of("payload", payload.toString())), FORM, Map.of(),
        null);
  }

  private boolean viaSocket() {
    return switch (mode) {
      case HTTP -> false;
      case SOCKET -> true;
      case AUTO -> !http.hasAppUrl() && socket.connections() > 0;
    };
  }

  private static JsonObject jsonObject(String body) {
    try {
      JsonElement parsed = JsonParser.parseString(body);
      if (parsed.isJsonObject()) {
        return parsed.getAsJsonObject();
      }
    } catch (JsonParseException e) {
      // Reported below: only a JSON object can be an envelope's payload.
    }
    throw new IllegalArgumentException("a Socket Mode events_api payload must be a JSON object");
  }
}

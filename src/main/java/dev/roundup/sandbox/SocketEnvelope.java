package dev.roundup.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;

/**
 * One Socket Mode envelope the emulator sent the app, as recorded.
 *
 * @param type {@code events_api}, {@code slash_commands} or {@code interactive}
 * @param payload the payload as JSON text: the event_callback, the command's fields, or the
 *     interaction
 * @param retryAttempt for events only (Slack sends no retry fields with commands and interactions)
 */
public record SocketEnvelope(String envelopeId, String type, String payload,
    boolean acceptsResponsePayload, Integer retryAttempt, String retryReason, Instant sentAt) {

  /** The frame as it goes over the socket, field for field as Slack sends it. */
  public String toJson() {
    JsonObject frame = new JsonObject();
    frame.addProperty("envelope_id", envelopeId);
    frame.add("payload", JsonParser.parseString(payload));
    frame.addProperty("type", type);
    frame.addProperty("accepts_response_payload", acceptsResponsePayload);
    if (retryAttempt != null) {
      frame.addProperty("retry_attempt", retryAttempt);
      frame.addProperty("retry_reason", retryReason == null ? "" : retryReason);
    }
    return frame.toString();
  }
}

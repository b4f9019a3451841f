package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers payloads as Socket Mode envelopes and waits for the app's ack, as Slack does: the
 * delivery answers 200 with the ack's payload as body, or {@link Delivery#NOT_ACKED} when no ack came in
 * time. Every envelope and every ack (late ones too) is recorded.
 */
final class SocketDelivery {

  /** Slack retries an envelope it did not see acked within this time. */
  static final Duration SLACK_PATIENCE = Duration.ofSeconds(3);

  private static final Logger log = LoggerFactory.getLogger(SocketDelivery.class);

  private final SocketModeServer server;
  private final Recorder recorder;
  private final Map<String, CompletableFuture<SocketAck>> pending = new ConcurrentHashMap<>();
  private volatile Duration ackTimeout = SLACK_PATIENCE;
  private volatile Clock clock = Clock.systemUTC();

  SocketDelivery(SocketModeServer server, Recorder recorder) {
    this.server = server;
    this.recorder = recorder;
    server.onFrame(this::onFrame);
  }

  void setAckTimeout(Duration timeout) {
    this.ackTimeout = timeout;
  }

  void setClock(Clock clock) {
    this.clock = clock;
  }

  int connections() {
    return server.openConnections().size();
  }

  /**
   * Sends one envelope and waits for its ack.
   *
   * @param retryAttempt null for commands and interactions, which carry no retry fields
   */
  Delivery send(String type, JsonElement payload, boolean acceptsResponsePayload,
      Integer retryAttempt, String retryReason, String eventId) {
    String envelopeId = UUID.randomUUID().toString();
    SocketEnvelope envelope = new SocketEnvelope(envelopeId, type, payload.toString(),
        acceptsResponsePayload, retryAttempt, retryReason, clock.instant());
    CompletableFuture<SocketAck> ack = new CompletableFuture<>();
    pending.put(envelopeId, ack);
    try {
      recorder.socketEnvelopes.add(envelope);
      long started = System.nanoTime();
      server.send(envelope.toJson());
      SocketAck received = ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      if (took.compareTo(SLACK_PATIENCE) > 0) {
        // Only possible with a longer timeout set (slow test machines): still worth a warning.
        log.warn("app took {} ms to ack {} envelope {}; Slack would have retried it",
            took.toMillis(), type, eventId == null ? envelopeId : eventId);
      }
      return acked(received, eventId);
    } catch (TimeoutException e) {
      pending.remove(envelopeId);
      SocketAck justInTime = ack.getNow(null);
      if (justInTime != null) {
        return acked(justInTime, eventId);
      }
      log.warn("app did not ack {} envelope {} within {} ms; Slack would retry it", type,
          eventId == null ? envelopeId : eventId, ackTimeout.toMillis());
      return new Delivery(Delivery.NOT_ACKED, "", Map.of(), eventId);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an ack", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("ack wait failed", e.getCause());
    } finally {
      pending.remove(envelopeId);
    }
  }

  private static Delivery acked(SocketAck ack, String eventId) {
    return new Delivery(200, ack.payload() == null ? "" : ack.payload(), Map.of(), eventId);
  }

  private void onFrame(String text) {
    JsonObject frame;
    try {
      JsonElement parsed = JsonParser.parseString(text);
      frame = parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      frame = null;
    }
    JsonElement id = frame == null ? null : frame.get("envelope_id");
    if (id == null || !id.isJsonPrimitive()) {
      // Slack ignores frames it cannot match to an envelope; say so, since it is an app bug.
      log.warn("app sent a Socket Mode frame without an envelope_id: {}", abbreviate(text));
      return;
    }
    JsonElement payload = frame.get("payload");
    CompletableFuture<SocketAck> waiting = pending.get(id.getAsString());
    SocketAck ack = new SocketAck(id.getAsString(),
        payload == null || payload.isJsonNull() ? null : payload.toString(), clock.instant(),
        waiting == null);
    recorder.socketAcks.add(ack);
    if (waiting != null) {
      waiting.complete(ack);
    } else {
      log.warn("ack for envelope {} came after the emulator stopped waiting", ack.envelopeId());
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}

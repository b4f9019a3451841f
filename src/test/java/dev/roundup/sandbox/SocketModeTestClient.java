package dev.roundup.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A bare Socket Mode client for protocol tests: queues every frame it receives and, when given a
 * responder, answers each envelope with what the responder builds (null: no ack).
 */
final class SocketModeTestClient extends WebSocketClient {

  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private volatile Function<JsonObject, JsonObject> responder = envelope -> null;

  private SocketModeTestClient(String url) {
    super(URI.create(url));
  }

  /** Connects and waits for the handshake; the client is open when this returns normally. */
  static SocketModeTestClient connect(String url) throws InterruptedException {
    SocketModeTestClient client = new SocketModeTestClient(url);
    if (!client.connectBlocking(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("could not connect to " + url);
    }
    return client;
  }

  /** Tries to connect; answers whether the server admitted the connection. */
  static boolean admits(String url) throws InterruptedException {
    SocketModeTestClient client = new SocketModeTestClient(url);
    boolean open = client.connectBlocking(5, TimeUnit.SECONDS);
    client.closeBlocking();
    return open;
  }

  /** Acks every envelope with just its envelope_id, as an app with nothing to say does. */
  SocketModeTestClient ackingEverything() {
    return answering(envelope -> ack(envelope, null));
  }

  SocketModeTestClient answering(Function<JsonObject, JsonObject> responder) {
    this.responder = responder;
    return this;
  }

  static JsonObject ack(JsonObject envelope, JsonObject payload) {
    JsonObject ack = new JsonObject();
    ack.add("envelope_id", envelope.get("envelope_id"));
    if (payload != null) {
      ack.add("payload", payload);
    }
    return ack;
  }

  /** The next frame received, waiting up to five seconds for it. */
  JsonObject next() throws InterruptedException {
    JsonObject frame = frames.poll(5, TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("no frame arrived within 5 s");
    }
    return frame;
  }

  /** The next frame that is an envelope (skips hello). */
  JsonObject nextEnvelope() throws InterruptedException {
    JsonObject frame = next();
    return frame.has("envelope_id") ? frame : nextEnvelope();
  }

  boolean hasPendingFrames() {
    return !frames.isEmpty();
  }

  @Override
  public void onOpen(ServerHandshake handshake) {}

  @Override
  public void onMessage(String message) {
    JsonObject frame = JsonParser.parseString(message).getAsJsonObject();
    frames.add(frame);
    if (frame.has("envelope_id")) {
      JsonObject answer = responder.apply(frame);
      if (answer != null) {
        send(answer.toString());
      }
    }
  }

  @Override
  public void onClose(int code, String reason, boolean remote) {}

  @Override
  public void onError(Exception e) {}
}

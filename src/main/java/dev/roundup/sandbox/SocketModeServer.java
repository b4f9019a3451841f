package dev.roundup.sandbox;

import com.google.gson.JsonObject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Socket Mode endpoint on a loopback port: admits connections that present a ticket
 * issued by {@code apps.connections.open} (each ticket once, as Slack's URLs are single-use),
 * greets each with {@code hello}, sends frames to the open connections in turn and hands every
 * text frame the app sends to a listener.
 */
final class SocketModeServer extends WebSocketServer {

  private static final Logger log = LoggerFactory.getLogger(SocketModeServer.class);
  private static final String PATH = "/link/";
  private static final String HOST = "applink-sandbox-1";

  private final String appId;
  private final Set<String> tickets = ConcurrentHashMap.newKeySet();
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger nextConnection = new AtomicInteger();
  private final AtomicInteger opened = new AtomicInteger();
  private volatile Consumer<String> frames = frame -> {};
  private volatile Exception startFailure;

  private SocketModeServer(String appId) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.appId = appId;
    setDaemon(true);
    setReuseAddr(true);
  }

  /** Binds a free loopback port and waits until the server accepts connections. */
  static SocketModeServer start(String appId) {
    SocketModeServer server = new SocketModeServer(appId);
    server.start();
    try {
      if (!server.started.await(10, TimeUnit.SECONDS) || server.startFailure != null) {
        server.shutdown();
        throw new IllegalStateException("the Socket Mode server did not start", server.startFailure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the Socket Mode server", e);
    }
    return server;
  }

  /** Where the listener for the app's frames (acks) goes. */
  void onFrame(Consumer<String> listener) {
    this.frames = listener;
  }

  /** A fresh single-use WebSocket URL, as {@code apps.connections.open} answers. */
  String issueUrl() {
    String ticket = UUID.randomUUID().toString();
    tickets.add(ticket);
    return "ws://127.0.0.1:" + getPort() + PATH + "?ticket=" + ticket + "&app_id=" + appId;
  }

  List<WebSocket> openConnections() {
    return getConnections().stream().filter(WebSocket::isOpen).toList();
  }

  /**
   * Sends a frame on one open connection, taking them in turn as Slack spreads envelopes over an
   * app's connections.
   *
   * @throws IllegalStateException when the app has no connection open
   */
  void send(String frame) {
    List<WebSocket> open = openConnections();
    if (open.isEmpty()) {
      throw new IllegalStateException("no Socket Mode connection is open: start the app with the "
          + "workspace's app token and wait for it to connect before delivering");
    }
    open.get(Math.floorMod(nextConnection.getAndIncrement(), open.size())).send(frame);
  }

  /** Connections admitted since start, closed ones included. */
  int connectionsOpened() {
    return opened.get();
  }

  /** Asks every open connection's app to reconnect, with Slack's disconnect frame. */
  void requestReconnect(String reason) {
    JsonObject debugInfo = new JsonObject();
    debugInfo.addProperty("host", HOST);
    JsonObject frame = new JsonObject();
    frame.addProperty("type", "disconnect");
    frame.addProperty("reason", reason);
    frame.add("debug_info", debugInfo);
    openConnections().forEach(connection -> connection.send(frame.toString()));
  }

  void shutdown() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
      ClientHandshake request) throws InvalidDataException {
    URI uri;
    try {
      uri = URI.create(request.getResourceDescriptor());
    } catch (IllegalArgumentException e) {
      throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "malformed request line");
    }
    String ticket = ticketOf(uri.getRawQuery());
    if (!PATH.equals(uri.getPath()) || ticket == null || !tickets.remove(ticket)) {
      log.warn("refused a Socket Mode connection without a valid ticket");
      throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "invalid or used ticket");
    }
    return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    opened.incrementAndGet();
    conn.send(hello(openConnections().size()).toString());
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    frames.accept(message);
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    log.debug("Socket Mode connection closed ({} {})", code, reason);
  }

  @Override
  public void onError(WebSocket conn, Exception e) {
    if (conn == null) {
      // A failure of the server itself, e.g. while binding.
      startFailure = e;
      started.countDown();
    }
    log.warn("Socket Mode server error", e);
  }

  @Override
  public void onStart() {
    setConnectionLostTimeout(30);
    started.countDown();
  }

  private JsonObject hello(int connections) {
    JsonObject debugInfo = new JsonObject();
    debugInfo.addProperty("host", HOST);
    debugInfo.addProperty("build_number", 1);
    // Slack closes a connection after about this many seconds and expects a reconnect.
    debugInfo.addProperty("approximate_connection_time", 18060);
    JsonObject connectionInfo = new JsonObject();
    connectionInfo.addProperty("app_id", appId);
    JsonObject hello = new JsonObject();
    hello.addProperty("type", "hello");
    hello.addProperty("num_connections", connections);
    hello.add("debug_info", debugInfo);
    hello.add("connection_info", connectionInfo);
    return hello;
  }

  private static String ticketOf(String query) {
    if (query == null) {
      return null;
    }
    return HttpForms.parseForm(query).get("ticket");
  }
}

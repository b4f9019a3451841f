package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A local Slack: the Web API subset Roundup uses over a {@link Workspace}, plus signed delivery of
 * events, slash commands and interactions to the app. Point the Slack SDK at {@link #apiUrl()} and
 * the emulator at the app with {@link #setAppUrl(String)}:
 *
 * <pre>{@code
 * try (SlackEmulator slack = SlackEmulator.start(Workspace.sample())) {
 *   SlackConfig config = new SlackConfig();
 *   config.setMethodsEndpointUrlPrefix(slack.apiUrl());
 *   config.setStatsEnabled(false);
 *   // build the app with slack.workspace().botToken() and .signingSecret(), serve it, then:
 *   slack.setAppUrl("http://127.0.0.1:" + port + "/slack/events");
 *   slack.userPosts("C0ENG", null, "U0ALICE", "<@U0BOT> summarize");
 *   // assert on slack.workspace().thread(...), slack.calls("chat.update"), ...
 * }
 * }</pre>
 */
public final class SlackEmulator implements AutoCloseable {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";

  private final Workspace workspace;
  private final Recorder recorder = new Recorder();
  private final RateLimits rateLimits = new RateLimits();
  private final Faults faults = new Faults();
  private final Triggers triggers = new Triggers();
  private final ViewsApi views;
  private final WebApi webApi;
  private final EmulatorHandler handler;
  private final AppDelivery delivery;
  private final EventPayloads events;
  private final UserActions userActions;
  private final InteractionPayloads interactionPayloads;
  private final AtomicLong responseUrlSequence = new AtomicLong();
  private final Server server;
  private final String baseUrl;

  private SlackEmulator(Workspace workspace) throws Exception {
    this.workspace = workspace;
    this.views = new ViewsApi(workspace, recorder, triggers);
    this.webApi = new WebApi(workspace, recorder, rateLimits, faults, views);
    this.handler = new EmulatorHandler(webApi, recorder);
    this.delivery = new AppDelivery(workspace.signingSecret());
    this.events = new EventPayloads(workspace);
    this.userActions = new UserActions(workspace, events, this::deliverEvent);
    this.interactionPayloads = new InteractionPayloads(workspace, triggers, this::newResponseUrl);
    this.server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(handler);
    server.start();
    this.baseUrl = "http://127.0.0.1:" + connector.getLocalPort() + "/";
  }

  /** Starts an emulator for the workspace on a free port of 127.0.0.1. */
  public static SlackEmulator start(Workspace workspace) {
    try {
      return new SlackEmulator(workspace);
    } catch (Exception e) {
      throw new IllegalStateException("could not start the Slack emulator", e);
    }
  }

  /** The Web API base for {@code SlackConfig.setMethodsEndpointUrlPrefix}, with trailing slash. */
  public String apiUrl() {
    return baseUrl + "api/";
  }

  public Workspace workspace() {
    return workspace;
  }

  // ---- Outbound to the app ----------------------------------------------------------------

  /** Where events, slash commands and interactions are posted (Bolt serves all on one path). */
  public void setAppUrl(String eventsUrl) {
    delivery.setAppUrl(eventsUrl);
  }

  /** When on, users' posts, edits and deletes also deliver {@code message} events. */
  public void setMessageEvents(boolean on) {
    userActions.setMessageEvents(on);
  }

  /**
   * A user posts (in a thread when {@code threadTs} is set). Delivers app_mention when the bot is
   * mentioned and is in the channel, and a message event when those are on; answers the
   * app_mention delivery, else the message delivery, else null.
   */
  public Delivery userPosts(String channelId, String threadTs, String userId, String text) {
    return userActions.posts(channelId, threadTs, userId, text);
  }

  /** A user edits a message; delivers message_changed when message events are on. */
  public Delivery userEdits(String channelId, String ts, String newText) {
    return userActions.edits(channelId, ts, newText);
  }

  /** A user deletes a message; delivers message_deleted (or a tombstone message_changed). */
  public Delivery userDeletes(String channelId, String ts) {
    return userActions.deletes(channelId, ts);
  }

  /** Wraps an inner event in an event_callback envelope with a fresh event_id and delivers it. */
  public Delivery deliverEvent(JsonObject innerEvent) {
    String eventId = events.newEventId();
    long eventTime = workspace.clock().instant().getEpochSecond();
    JsonElement eventTs = innerEvent.get("event_ts");
    if (eventTs != null && eventTs.isJsonPrimitive()) {
      try {
        eventTime = TsGenerator.toMicros(eventTs.getAsString()) / 1_000_000L;
      } catch (NumberFormatException e) {
        // A hand-made event with an odd event_ts: keep the clock's time.
      }
    }
    String body = events.envelope(innerEvent, eventId, eventTime).toString();
    return delivery.signed(body, JSON, Map.of(), eventId);
  }

  /** Delivers this exact body, signed now. */
  public Delivery deliverEnvelope(String body) {
    return delivery.signed(body, JSON, Map.of(), eventIdOf(body));
  }

  /** Delivers a body again as Slack's retry does, with X-Slack-Retry-Num and -Reason, signed now. */
  public Delivery redeliverEnvelope(String body, int retryNum, String reason) {
    return delivery.signed(body, JSON, Map.of("X-Slack-Retry-Num", String.valueOf(retryNum),
        "X-Slack-Retry-Reason", reason), eventIdOf(body));
  }

  /** Delivers a body exactly as given, with only the given headers: for unsigned or forged tests. */
  public Delivery deliverRaw(String body, String contentType, Map<String, String> headers) {
    return delivery.send(body, contentType, headers, eventIdOf(body));
  }

  /** A user runs a slash command in a channel; response_url points back at this emulator. */
  public Delivery slashCommand(String userId, String channelId, String command, String text) {
    User user = workspace.user(userId)
        .orElseThrow(() -> new IllegalArgumentException("no user " + userId));
    Channel channel = workspace.channel(channelId)
        .orElseThrow(() -> new IllegalArgumentException("no channel " + channelId));
    String body = SlashCommandForm.build(workspace, user, channel, command, text, newResponseUrl(),
        triggers.issue());
    return delivery.signed(body, FORM, Map.of(), null);
  }

  /** Delivers an interaction ({@code payload=} form), completing workspace fields Slack sends. */
  public Delivery interaction(String payloadJson) {
    JsonObject payload = interactionPayloads.complete(payloadJson);
    String body = HttpForms.encode(Map.of("payload", payload.toString()));
    return delivery.signed(body, FORM, Map.of(), null);
  }

  /** A user opens the app's Home tab; carries the view last published for them, if any. */
  public Delivery appHomeOpened(String userId) {
    if (workspace.user(userId).isEmpty()) {
      throw new IllegalArgumentException("no user " + userId);
    }
    String eventTs = TsGenerator.format(workspace.clock().instant().toEpochMilli() * 1000);
    return deliverEvent(events.appHomeOpened(userId, views.homeOf(userId), eventTs));
  }

  // ---- Rate limits and faults --------------------------------------------------------------

  /** After {@code maxRequests} calls within {@code window}, the method answers 429 ratelimited. */
  public void rateLimit(String method, int maxRequests, Duration window) {
    rateLimits.limit(method, maxRequests, window);
  }

  public void clearRateLimits() {
    rateLimits.clear();
  }

  /** The clock for rate-limit windows and call timestamps (tests pass a mutable one). */
  public void setClock(Clock clock) {
    rateLimits.setClock(clock);
    webApi.setClock(clock);
    handler.setClock(clock);
  }

  /** The next call to {@code method} answers {@code ok:false} with {@code error}. */
  public void failNext(String method, String error) {
    faults.failNext(method, error);
  }

  // ---- Record ------------------------------------------------------------------------------

  public List<ApiCall> calls() {
    return List.copyOf(recorder.calls);
  }

  public List<ApiCall> calls(String method) {
    return recorder.calls(method);
  }

  public List<ResponseUrlPost> responseUrlPosts() {
    return List.copyOf(recorder.responseUrlPosts);
  }

  public List<Ephemeral> ephemerals() {
    return List.copyOf(recorder.ephemerals);
  }

  public List<PublishedView> publishedViews() {
    return List.copyOf(recorder.publishedViews);
  }

  public List<OpenedView> openedViews() {
    return List.copyOf(recorder.openedViews);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the Slack emulator", e);
    }
  }

  private String newResponseUrl() {
    return baseUrl + "response/" + workspace.teamId() + "-" + responseUrlSequence.incrementAndGet();
  }

  private static String eventIdOf(String body) {
    try {
      JsonElement root = JsonParser.parseString(body);
      if (root.isJsonObject() && root.getAsJsonObject().has("event_id")) {
        return root.getAsJsonObject().get("event_id").getAsString();
      }
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      // Not a JSON envelope (forged or form body): there is no event id to report.
    }
    return null;
  }
}

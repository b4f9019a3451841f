package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A local Slack: the Web API subset Roundup uses over a {@link Workspace}, plus delivery of events,
 * slash commands and interactions to the app — signed HTTP POSTs, or envelopes over Socket Mode
 * when the app connects with {@link Workspace#appToken()} (see {@link DeliveryMode}). Point the
 * Slack SDK at {@link #apiUrl()} and the emulator at the app with {@link #setAppUrl(String)}:
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
 *
 * <p>In Socket Mode the app calls {@code apps.connections.open} with the app token, connects to the
 * URL it gets, and every delivery method sends an envelope and answers with the app's ack.
 */
public final class SlackEmulator implements AutoCloseable {

  private final Workspace workspace;
  private final Recorder recorder = new Recorder();
  private final RateLimits rateLimits = new RateLimits();
  private final PostingLimits postingLimits = new PostingLimits();
  private final Faults faults = new Faults();
  private final Triggers triggers = new Triggers();
  private final ViewsApi views;
  private final WebApi webApi;
  private final EmulatorHandler handler;
  private final AppDelivery delivery;
  private final SocketModeServer socketServer;
  private final SocketDelivery socketDelivery;
  private final DeliveryRouter router;
  private final EventPayloads events;
  private final UserActions userActions;
  private final InteractionPayloads interactionPayloads;
  private final EphemeralMessages ephemerals;
  private final ResponseUrls responseUrls;
  private final AppReplies replies;
  private final PeopleActing peopleActing;
  private final Server server;
  private final List<SlackEmulator> joined = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final String baseUrl;

  private SlackEmulator(Workspace workspace) throws Exception {
    this(workspace, null);
  }

  /** @param host the emulator whose address this workspace is served on; null for an address of its own */
  private SlackEmulator(Workspace workspace, SlackEmulator host) throws Exception {
    this.workspace = workspace;
    this.views = new ViewsApi(workspace, recorder, triggers);
    this.ephemerals = new EphemeralMessages(workspace);
    this.replies = new AppReplies(workspace, ephemerals);
    this.responseUrls = new ResponseUrls(workspace.teamId());
    this.socketServer = SocketModeServer.start(Workspace.APP_ID);
    this.webApi = new WebApi(workspace, recorder, rateLimits, postingLimits, faults, views,
        new AppsApi(socketServer::issueUrl), ephemerals);
    this.handler = new EmulatorHandler(workspace, webApi, recorder, (id, body) ->
        responseUrls.target(id).ifPresent(target -> {
          responseUrls.awaitAnswered(id);
          replies.apply(target, body);
        }),
        id -> responseUrls.target(id).map(ResponseUrls.Target::user).orElse(null));
    this.delivery = new AppDelivery(workspace.signingSecret());
    this.socketDelivery = new SocketDelivery(socketServer, recorder);
    this.router = new DeliveryRouter(delivery, socketDelivery);
    this.events = new EventPayloads(workspace);
    this.userActions = new UserActions(workspace, events, this::deliverEvent);
    this.interactionPayloads = new InteractionPayloads(workspace, triggers, responseUrls);
    this.peopleActing = new PeopleActing(workspace, ephemerals, views, responseUrls,
        payload -> router.interaction(interactionPayloads.complete(payload.toString())));
    if (host != null) {
      this.server = null;
      this.baseUrl = host.baseUrl;
      host.handler.join(handler);
      workspace.setFilesBaseUrl(baseUrl + "files-pri/");
      responseUrls.setBase(baseUrl + "response/");
      return;
    }
    this.server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(handler);
    try {
      server.start();
    } catch (Exception e) {
      socketServer.shutdown();
      throw e;
    }
    this.baseUrl = "http://127.0.0.1:" + connector.getLocalPort() + "/";
    workspace.setFilesBaseUrl(baseUrl + "files-pri/");
    responseUrls.setBase(baseUrl + "response/");
  }

  /** Starts an emulator for the workspace on a free port of 127.0.0.1. */
  public static SlackEmulator start(Workspace workspace) {
    try {
      return new SlackEmulator(workspace);
    } catch (Exception e) {
      throw new IllegalStateException("could not start the Slack emulator", e);
    }
  }

  /**
   * Serves another workspace of the same app ({@link Workspace#sameApp}) on this emulator's address:
   * the Web API answers each call from the workspace its token belongs to (a channel of another
   * workspace is {@code channel_not_found} there), and the answer emulates that workspace's people
   * acting (its events and commands carry its team id). Its calls are recorded on the answer, not
   * here. Closed with this emulator.
   */
  public SlackEmulator join(Workspace other) {
    try {
      SlackEmulator joined = new SlackEmulator(other, this);
      this.joined.add(joined);
      return joined;
    } catch (Exception e) {
      throw new IllegalStateException("could not add the workspace to the Slack emulator", e);
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

  /** HTTP, Socket Mode, or (the default) whichever the app is reachable by; see the enum. */
  public void setDeliveryMode(DeliveryMode mode) {
    router.setMode(mode);
  }

  /** Open Socket Mode connections from the app (tests wait for one after starting the app). */
  public int socketConnections() {
    return socketDelivery.connections();
  }

  /** Socket Mode connections the app has opened since the emulator started, closed ones too. */
  public int socketConnectionsOpened() {
    return socketServer.connectionsOpened();
  }

  /**
   * Sends Slack's {@code disconnect} frame (reason {@code refresh_requested}) on every open
   * connection, as Slack does before it retires one: the app should open a new connection with
   * apps.connections.open and close the old one, as Slack's SDKs do.
   */
  public void requestSocketReconnect() {
    socketServer.requestReconnect("refresh_requested");
  }

  /**
   * How long a Socket Mode delivery waits for the ack: Slack's 3 seconds by default. A longer wait
   * keeps slow test machines passing; an ack later than 3 s is still logged as one Slack would
   * have retried.
   */
  public void setSocketAckTimeout(Duration timeout) {
    socketDelivery.setAckTimeout(timeout);
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

  /**
   * A user joins a channel; delivers {@code member_joined_channel} when the bot is in it (as Slack
   * does for apps subscribed to that event). Answers the delivery, or null when none was made.
   */
  public Delivery userJoins(String channelId, String userId) {
    return userActions.joins(channelId, userId);
  }

  /** A user leaves a channel; delivers {@code member_left_channel} when the bot was in it. */
  public Delivery userLeaves(String channelId, String userId) {
    return userActions.leaves(channelId, userId);
  }

  /** A user archives a channel; delivers {@code channel_archive} (or {@code group_archive}) when the bot is in it. */
  public Delivery userArchives(String channelId, String userId) {
    return userActions.archives(channelId, userId, true);
  }

  /** A user brings an archived channel back; delivers {@code channel_unarchive} (or {@code group_unarchive}). */
  public Delivery userUnarchives(String channelId, String userId) {
    return userActions.archives(channelId, userId, false);
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
    return router.event(body, eventId, 0, "");
  }

  /** Delivers this exact body (signed now over HTTP; as an events_api payload over the socket). */
  public Delivery deliverEnvelope(String body) {
    return router.event(body, EventPayloads.eventIdOf(body), 0, "");
  }

  /**
   * Delivers a body again as Slack's retry does: with X-Slack-Retry-Num and -Reason over HTTP,
   * with {@code retry_attempt} and {@code retry_reason} over the socket.
   */
  public Delivery redeliverEnvelope(String body, int retryNum, String reason) {
    return router.event(body, EventPayloads.eventIdOf(body), retryNum, reason);
  }

  /**
   * Delivers a body exactly as given over HTTP, with only the given headers: for unsigned or
   * forged tests (there is no such thing over the socket).
   */
  public Delivery deliverRaw(String body, String contentType, Map<String, String> headers) {
    return delivery.send(body, contentType, headers, EventPayloads.eventIdOf(body));
  }

  /**
   * Delivers these bytes over HTTP, signed now as Slack signs: for bodies that are not UTF-8 text,
   * or not what Slack would send at all.
   */
  public Delivery deliverSignedBytes(byte[] body, String contentType) {
    return delivery.signedBytes(body, contentType);
  }

  /**
   * A user runs a slash command in a channel; response_url points back at this emulator. What the
   * app's acknowledgement says is shown to the user (an ephemeral message), as Slack does, before
   * anything posted to the response URL meanwhile (which {@link #responseUrlPosts()} still records
   * the moment it arrives).
   */
  public Delivery slashCommand(String userId, String channelId, String command, String text) {
    User user = workspace.user(userId)
        .orElseThrow(() -> new IllegalArgumentException("no user " + userId));
    Channel channel = workspace.channel(channelId)
        .orElseThrow(() -> new IllegalArgumentException("no channel " + channelId));
    ResponseUrls.Target target = new ResponseUrls.Target(userId, channelId, null, false);
    String responseUrl = responseUrls.issueForCommand(target);
    try {
      Delivery answer = router.slashCommand(SlashCommandForm.fields(workspace, user, channel, command,
          text, responseUrl, triggers.issue(userId)));
      if (answer.status() == 200) {
        replies.apply(target, answer.body());
      }
      return answer;
    } finally {
      responseUrls.answered(responseUrl);
    }
  }

  /** Delivers an interaction ({@code payload=} form), completing workspace fields Slack sends. */
  public Delivery interaction(String payloadJson) {
    return router.interaction(interactionPayloads.complete(payloadJson));
  }

  /**
   * A user presses a button on a message in a channel: an ephemeral message they see, or a stored
   * one. {@code value} picks among buttons sharing the action id (null: the first). The app's
   * replies to the response URL replace or follow that message, as in Slack.
   *
   * @throws IllegalArgumentException when there is no such message or button
   */
  public Delivery pressButton(String userId, String channelId, String messageTs, String actionId,
      String value) {
    return peopleActing.pressOnMessage(userId, channelId, messageTs, actionId, value);
  }

  /** A user presses a button in a view: their App Home or a modal they have open. */
  public Delivery pressButtonInView(String userId, String viewId, String actionId, String value) {
    return peopleActing.pressInView(userId, viewId, actionId, value);
  }

  /**
   * A user submits a modal. {@code values} maps input block id → action id → what they entered
   * (text, or a list of ids or option values for a multi-select); inputs left out keep their
   * initial values. The modal closes unless the app answers with errors.
   */
  public ViewSubmission submitView(String userId, String viewId,
      Map<String, ? extends Map<String, ?>> values) {
    return peopleActing.submit(userId, viewId, values);
  }

  /** A user closes a modal without submitting it ({@code view_closed} when the view asks). */
  public Delivery closeView(String userId, String viewId) {
    return peopleActing.close(userId, viewId);
  }

  /** A user opens the app's Home tab; carries the view last published for them, if any. */
  public Delivery appHomeOpened(String userId) {
    if (workspace.user(userId).isEmpty()) {
      throw new IllegalArgumentException("no user " + userId);
    }
    String eventTs = TsGenerator.format(workspace.clock().instant().toEpochMilli() * 1000);
    return deliverEvent(events.appHomeOpened(userId, views.homeOf(userId), eventTs));
  }

  // ---- What people see ---------------------------------------------------------------------

  /** The ephemeral messages a user sees in a channel (from the app, only to them), oldest first. */
  public List<EphemeralMessage> ephemeralMessages(String userId, String channelId) {
    return ephemerals.visibleTo(userId, channelId);
  }

  /** The App Home view last published for a user (JSON with its id), if any. */
  public Optional<String> homeView(String userId) {
    return Optional.ofNullable(views.homeOf(userId)).map(JsonObject::toString);
  }

  /** The modal on top of a user's screen (JSON, as last opened or updated), if any. */
  public Optional<String> openModal(String userId) {
    return views.modals().top(userId).flatMap(views::byId).map(JsonObject::toString);
  }

  /** A view as it is now, by id. */
  public Optional<String> view(String viewId) {
    return views.byId(viewId).map(JsonObject::toString);
  }

  /** Moves whenever the workspace, the record of calls or what people see changes. */
  public Changes changes() {
    return workspace.changes();
  }

  /** The Web API methods this emulator answers. */
  public List<String> methods() {
    return webApi.methodNames();
  }

  // ---- Rate limits and faults --------------------------------------------------------------

  /** After {@code maxRequests} calls within {@code window}, the method answers 429 ratelimited. */
  public void rateLimit(String method, int maxRequests, Duration window) {
    rateLimits.limit(method, maxRequests, window);
  }

  public void clearRateLimits() {
    rateLimits.clear();
  }

  /**
   * Models Slack's posting limits for {@code chat.postMessage}: a token bucket per channel (a DM
   * counts as one) and one for the workspace, each a steady rate and a burst. A post over either
   * is answered as Slack does: HTTP 429 with {@code Retry-After} (whole seconds) and
   * {@code {"ok":false,"error":"ratelimited"}}. Slack's own figures are about one per second per
   * channel and several hundred per minute per workspace.
   */
  public void limitPosting(double perChannelPerSecond, int channelBurst, int perWorkspacePerMinute,
      int workspaceBurst) {
    postingLimits.limit(perChannelPerSecond, channelBurst, perWorkspacePerMinute, workspaceBurst);
  }

  /** Posting is unlimited again (the default). */
  public void clearPostingLimits() {
    postingLimits.clear();
  }

  /** The clock for rate-limit windows and call timestamps (tests pass a mutable one). */
  public void setClock(Clock clock) {
    rateLimits.setClock(clock);
    postingLimits.setClock(clock);
    webApi.setClock(clock);
    handler.setClock(clock);
    socketDelivery.setClock(clock);
  }

  /**
   * Every call to {@code method} takes at least {@code latency} to answer (zero: none), as a slow
   * or distant Slack would; concurrent calls wait side by side.
   */
  public void setLatency(String method, Duration latency) {
    faults.setLatency(method, latency);
  }

  /** The next call to {@code method} answers {@code ok:false} with {@code error}. */
  public void failNext(String method, String error) {
    faults.failNext(method, error);
  }

  // ---- Record ------------------------------------------------------------------------------

  /**
   * From now on only the newest {@code max} records of each kind (calls, response URL posts,
   * ephemerals, views, socket envelopes and acks) are kept. Tests keep all of them (the default);
   * an emulator that runs for long (the sandbox, a benchmark) would otherwise keep every answer
   * it gave, whole, until its heap is full.
   */
  public void keepRecords(int max) {
    recorder.keepAtMost(max);
  }

  public List<ApiCall> calls() {
    return recorder.calls.list();
  }

  /**
   * At most {@code max} calls from number {@code from} on (the first call the app ever made is
   * number 0); a page starts later than asked when older calls were no longer kept.
   */
  public RecordPage<ApiCall> calls(long from, int max) {
    return recorder.calls.from(from, max);
  }

  public List<ApiCall> calls(String method) {
    return recorder.calls(method);
  }

  public List<ResponseUrlPost> responseUrlPosts() {
    return recorder.responseUrlPosts.list();
  }

  public List<Ephemeral> ephemerals() {
    return recorder.ephemerals.list();
  }

  public List<PublishedView> publishedViews() {
    return recorder.publishedViews.list();
  }

  public List<OpenedView> openedViews() {
    return recorder.openedViews.list();
  }

  /** Socket Mode envelopes sent to the app, in order. */
  public List<SocketEnvelope> socketEnvelopes() {
    return recorder.socketEnvelopes.list();
  }

  /** Acks the app sent over the socket, in arrival order, late ones included. */
  public List<SocketAck> socketAcks() {
    return recorder.socketAcks.list();
  }

  @Override
  public void close() {
    joined.forEach(SlackEmulator::close);
    socketServer.shutdown();
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the Slack emulator", e);
    }
  }

}

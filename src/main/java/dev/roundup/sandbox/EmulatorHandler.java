package dev.roundup.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The emulator's HTTP front: {@code /api/{method}} for the Web API (GET or POST, form or JSON,
 * token in the Authorization header or the {@code token} parameter) and {@code /response/{id}}
 * for slash commands' response_url, and {@code /files-pri/{id}/{name}} for shared files' bytes.
 */
final class EmulatorHandler extends Handler.Abstract {

  private static final String API_PREFIX = "/api/";
  private static final String RESPONSE_PREFIX = "/response/";
  private static final String FILES_PREFIX = "/files-pri/";
  /** What a call made with an org-wide token may name its workspace by, in the order looked at. */
  private static final List<String> NAMING_PARAMS = List.of("team_id", "channel", "user", "user_id", "users", "file");

  private final Workspace workspace;
  private final WebApi webApi;
  private final Recorder recorder;
  private final BiConsumer<String, String> responses;
  private final Function<String, String> ownerOf;
  private final OAuthAccess oauth;
  private volatile Clock clock = Clock.systemUTC();
  /** The other workspaces served on the same address ({@link SlackEmulator#join}). */
  private final List<EmulatorHandler> others = new CopyOnWriteArrayList<>();

  /**
   * @param responses told each response URL post (its id and body) after it is recorded
   * @param ownerOf   the person a response URL was issued for (null when unknown)
   */
  EmulatorHandler(Workspace workspace, WebApi webApi, Recorder recorder,
      BiConsumer<String, String> responses, Function<String, String> ownerOf) {
    this.workspace = workspace;
    this.webApi = webApi;
    this.recorder = recorder;
    this.responses = responses;
    this.ownerOf = ownerOf;
    this.oauth = new OAuthAccess(workspace);
  }

  void setClock(Clock clock) {
    this.clock = clock;
  }

  /** Serves {@code other}'s workspace here too: calls with its tokens, its files, its response URLs. */
  void join(EmulatorHandler other) {
    others.add(other);
  }

  /**
   * The workspace a call is answered from: the one whose bot (or the app's) token it carries, this
   * one first, then the joined ones. An org-wide token speaks in every workspace of its org: as in
   * Slack, the call names which ({@code team_id}, a channel, a person or a file).
   */
  private EmulatorHandler speakingFor(String token, Map<String, String> params) {
    if (token == null || workspace.botToken().equals(token)) {
      return this;
    }
    List<EmulatorHandler> accepting = new ArrayList<>();
    for (EmulatorHandler h : all()) {
      if (h.workspace.botToken().equals(token)) {
        return h;
      }
      if (h.workspace.acceptsBotToken(token)) {
        accepting.add(h);
      }
    }
    if (accepting.isEmpty()) {
      return this;
    }
    for (String key : NAMING_PARAMS) {
      String value = params.get(key);
      if (value == null || value.isBlank()) {
        continue;
      }
      String first = value.split(",")[0].trim();
      for (EmulatorHandler h : accepting) {
        if (h.workspace.owns(first) || h.workspace.upload(first).isPresent()) {
          return h;
        }
      }
    }
    return accepting.get(0);
  }

  private List<EmulatorHandler> all() {
    List<EmulatorHandler> all = new ArrayList<>();
    all.add(this);
    all.addAll(others);
    return all;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    if (path.startsWith(FILES_PREFIX) && "GET".equals(request.getMethod())) {
      return file(path.substring(FILES_PREFIX.length()), request, response, callback);
    }
    if (path.startsWith(RESPONSE_PREFIX)) {
      String id = path.substring(RESPONSE_PREFIX.length());
      for (EmulatorHandler other : others) {
        if (ownerOf.apply(id) == null && other.ownerOf.apply(id) != null) {
          return other.handle(request, response, callback); // a response URL another workspace issued
        }
      }
    }
    String body = Content.Source.asString(request, StandardCharsets.UTF_8);
    ApiResponse answer;
    if (path.startsWith(API_PREFIX)) {
      answer = api(path.substring(API_PREFIX.length()), request, body);
    } else if (path.startsWith(RESPONSE_PREFIX) && "POST".equals(request.getMethod())) {
      String id = path.substring(RESPONSE_PREFIX.length());
      recorder.responseUrlPosts.add(new ResponseUrlPost(id, ownerOf.apply(id), body, clock.instant()));
      responses.accept(id, body);
      answer = new ApiResponse(200, "{\"ok\":true}", Map.of());
    } else {
      answer = new ApiResponse(404, "{\"ok\":false,\"error\":\"not_found\"}", Map.of());
    }
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    Content.Sink.write(response, true, answer.body(), callback);
    return true;
  }

  /** A shared file's bytes, as Slack serves url_private: only with the bot token. */
  private boolean file(String rest, Request request, Response response, Callback callback) {
    String id = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    Optional<SharedUpload> file = workspace.upload(id);
    String token = token(request, Map.of());
    EmulatorHandler owner = speakingFor(token, Map.of("file", id));
    if (owner != this) {
      return owner.file(rest, request, response, callback);
    }
    if (file.isPresent() && !file.get().hasContent()) {
      file = Optional.empty(); // named in an export, its content never in it
    }
    if (file.isEmpty() || !workspace.acceptsBotToken(token)) {
      response.setStatus(file.isEmpty() ? 404 : 403);
      Content.Sink.write(response, true, "", callback);
      return true;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.get().mimetype());
    response.write(true, java.nio.ByteBuffer.wrap(file.get().bytes()), callback);
    return true;
  }

  private ApiResponse api(String method, Request request, String body) {
    Map<String, String> params = new LinkedHashMap<>();
    String query = request.getHttpURI().getQuery();
    if (query != null) {
      params.putAll(HttpForms.parseForm(query));
    }
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    try {
      if (contentType != null && contentType.toLowerCase().startsWith("application/json")) {
        params.putAll(HttpForms.parseJson(body));
      } else {
        params.putAll(HttpForms.parseForm(body));
      }
    } catch (SlackError e) {
      return new ApiResponse(200, "{\"ok\":false,\"error\":\"" + e.error() + "\"}", Map.of());
    }
    String token = token(request, params);
    if (OAuthAccess.METHOD.equals(method)) {
      return oauth.handle(params, request.getHeaders().get(HttpHeader.AUTHORIZATION));
    }
    // Slack knows the workspace by the token: a call answers from that workspace's data alone.
    return speakingFor(token, params).webApi.handle(new ApiRequest(method, params, token));
  }

  private static String token(Request request, Map<String, String> params) {
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = authorization.substring(7).trim();
      // A client with no token configured may still send the header with an empty value.
      if (!token.isEmpty() && !"null".equals(token)) {
        return token;
      }
    }
    return params.get("token");
  }
}

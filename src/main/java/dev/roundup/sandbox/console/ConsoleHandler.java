package dev.roundup.sandbox.console;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's HTTP front: the page and its assets, the JSON API under {@code /api/}, and the
 * live-update stream. Actions are POSTs with a JSON body, which a page on another site cannot send
 * without the browser asking first, and which are refused from any other origin: the console has
 * no login, so it must not be driven from elsewhere.
 */
final class ConsoleHandler extends Handler.Abstract {

  private static final Logger log = LoggerFactory.getLogger(ConsoleHandler.class);

  private final ConsoleAssets assets = new ConsoleAssets();
  private final ConsoleApi api;
  private final EventStream events;

  ConsoleHandler(ConsoleApi api, EventStream events) {
    this.api = api;
    this.events = events;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    try {
      if ("GET".equals(request.getMethod())) {
        return get(path, request, response, callback);
      }
      if ("POST".equals(request.getMethod()) && path.startsWith("/api/")) {
        requireSameOrigin(request);
        JsonObject body = body(request);
        JsonObject answer = switch (path) {
          case "/api/post" -> api.post(body);
          case "/api/join" -> api.join(body);
          case "/api/press" -> api.press(body);
          case "/api/submit" -> api.submit(body);
          case "/api/close-view" -> api.closeView(body);
          case "/api/open-home" -> api.openHome(body);
          case "/api/clock" -> api.moveClock(body);
          case "/api/faults" -> api.faults(body);
          default -> throw ConsoleException.notFound("no such action");
        };
        return json(response, callback, 200, answer);
      }
      throw ConsoleException.notFound("not found");
    } catch (ConsoleException e) {
      return json(response, callback, e.status(), error(e.getMessage()));
    } catch (RuntimeException e) {
      log.warn("Console request {} {} failed", request.getMethod(), path, e);
      return json(response, callback, 500, error("Something went wrong in the sandbox; its log says what."));
    }
  }

  private boolean get(String path, Request request, Response response, Callback callback) {
    if (path.equals("/api/events")) {
      events.serve(response, callback);
      return true;
    }
    if (path.startsWith("/api/")) {
      Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
      String as = query.getValue("as");
      JsonObject answer = switch (path) {
        case "/api/state" -> api.state(as);
        case "/api/channel" -> api.channel(as, query.getValue("channel"));
        case "/api/thread" -> api.thread(as, query.getValue("channel"), query.getValue("ts"));
        case "/api/home" -> api.home(as);
        case "/api/calls" -> api.calls(number(query.getValue("from")));
        default -> throw ConsoleException.notFound("not found");
      };
      return json(response, callback, 200, answer);
    }
    var asset = assets.find(path).orElseThrow(() -> ConsoleException.notFound("not found"));
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.contentType());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(asset.body()), callback);
    return true;
  }

  private static void requireSameOrigin(Request request) {
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      throw ConsoleException.badRequest("send JSON");
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (origin != null && !origin.equals("http://" + host)) {
      throw ConsoleException.forbidden("the sandbox console takes actions only from its own page");
    }
  }

  private static JsonObject body(Request request) {
    try {
      JsonElement parsed = JsonParser.parseString(Content.Source.asString(request, StandardCharsets.UTF_8));
      if (!parsed.isJsonObject()) {
        throw ConsoleException.badRequest("send a JSON object");
      }
      return parsed.getAsJsonObject();
    } catch (JsonParseException e) {
      throw ConsoleException.badRequest("send a JSON object");
    } catch (IOException e) {
      throw ConsoleException.badRequest("could not read the request");
    }
  }

  private static long number(String value) {
    try {
      long n = value == null ? 0 : Long.parseLong(value);
      if (n < 0) {
        throw ConsoleException.badRequest("not a call number: " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ConsoleException.badRequest("not a number: " + value);
    }
  }

  private static JsonObject error(String message) {
    JsonObject json = new JsonObject();
    json.addProperty("ok", false);
    json.addProperty("error", message);
    return json;
  }

  private static boolean json(Response response, Callback callback, int status, JsonObject body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, body.toString(), callback);
    return true;
  }
}

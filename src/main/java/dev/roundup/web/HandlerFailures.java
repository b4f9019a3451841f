package dev.roundup.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.roundup.store.ProcessedEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Roundup answers when a listener throws, instead of Bolt's 500 (which makes Slack retry an
 * event and shows the person an error). The failure is logged once, with the request's ids and a
 * short reference that the person is shown too; then:
 *
 * <ul>
 *   <li>an event is recorded as handled in {@link ProcessedEvents} and acknowledged, so neither
 *       Slack's retries nor a delivery to another node runs it again;
 *   <li>a slash command is answered with an ephemeral "something went wrong" in the ack;
 *   <li>a form submission pushes a small view that says so; a button click gets it through its
 *       response URL, or by DM;
 *   <li>anything else is acknowledged.
 * </ul>
 *
 * <p>A payload Bolt cannot read into its model (a field of the wrong type) is not a failure of
 * Roundup's: it is answered 400. As Bolt middleware this covers HTTP and Socket Mode alike; the
 * HTTP endpoint also calls {@link #answer} for anything thrown outside the listeners.
 */
public final class HandlerFailures implements Middleware {

  private static final Logger log = LoggerFactory.getLogger(HandlerFailures.class);

  private final ProcessedEvents processed;
  private final FailureNotice notice;
  private final MeterRegistry metrics;

  public HandlerFailures(ProcessedEvents processed, FailureNotice notice, MeterRegistry metrics) {
    this.processed = processed;
    this.notice = notice;
    this.metrics = metrics;
  }

  /** The words a person sees; {@code ref} finds the log line. */
  static String sorry(String ref) {
    return ":warning: Something went wrong on Roundup's side and it has been logged (ref " + ref
        + "). Please try again in a moment; if it keeps happening, tell whoever runs Roundup.";
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    try {
      return chain.next(req);
    } catch (JsonParseException e) {
      log.info("Refused a {} Bolt could not read: {}", req.getRequestType(), e.getMessage());
      return Response.json(400, error("the payload has a field of the wrong type"));
    } catch (Exception | StackOverflowError e) {
      return answer(req, e);
    }
  }

  /** Logs the failure once and answers so that Slack does not retry it. */
  public Response answer(Request<?> req, Throwable failure) {
    String ref = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
    String kind = String.valueOf(req.getRequestType());
    metrics.counter("roundup_slack_handler_failures_total", "kind", kind).increment();
    var context = req.getContext();
    String user = context == null ? null : context.getRequestUserId();
    String team = context == null ? null : context.getTeamId();
    switch (req.getRequestType()) {
      case Event, WorkflowStepExecute -> {
        String eventId = eventId(req.getRequestBodyAsString());
        log.error("Event {} failed (team {}, user {}, ref {}); acknowledged so Slack does not retry it",
            eventId, team, user, ref, failure);
        record(eventId);
        return Response.ok();
      }
      case Command -> {
        var p = ((SlashCommandRequest) req).getPayload();
        log.error("{} failed (team {}, user {}, channel {}, ref {})", p.getCommand(), team,
            p.getUserId(), p.getChannelId(), ref, failure);
        JsonObject body = new JsonObject();
        body.addProperty("response_type", "ephemeral");
        body.addProperty("text", sorry(ref));
        return Response.json(200, body.toString());
      }
      case ViewSubmission -> {
        log.error("Form submission failed (team {}, user {}, ref {})", team, user, ref, failure);
        return Response.json(200, pushedNotice(ref));
      }
      case BlockSuggestion -> {
        log.error("Options request failed (team {}, user {}, ref {})", team, user, ref, failure);
        return Response.json(200, "{\"options\":[]}");
      }
      default -> {
        String responseUrl = req instanceof BlockActionRequest b ? b.getPayload().getResponseUrl() : null;
        log.error("{} failed (team {}, user {}, ref {})", kind, team, user, ref, failure);
        notice.tell(user, responseUrl, sorry(ref));
        return Response.ok();
      }
    }
  }

  private void record(String eventId) {
    if (eventId == null) {
      return;
    }
    try {
      processed.claim(eventId);
    } catch (RuntimeException e) {
      // Answered 200 all the same: a retry of a failing event would most likely fail again.
      log.warn("Could not record failed event {} as handled: {}", eventId, e.getMessage());
    }
  }

  private static String eventId(String body) {
    try {
      JsonElement id = JsonParser.parseString(body).getAsJsonObject().get("event_id");
      return id == null || id.isJsonNull() ? null : id.getAsString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String pushedNotice(String ref) {
    JsonObject text = new JsonObject();
    text.addProperty("type", "mrkdwn");
    text.addProperty("text", sorry(ref));
    JsonObject section = new JsonObject();
    section.addProperty("type", "section");
    section.add("text", text);
    com.google.gson.JsonArray blocks = new com.google.gson.JsonArray();
    blocks.add(section);
    JsonObject view = new JsonObject();
    view.addProperty("type", "modal");
    view.add("title", plain("Roundup"));
    view.add("close", plain("Close"));
    view.add("blocks", blocks);
    JsonObject body = new JsonObject();
    body.addProperty("response_action", "push");
    body.add("view", view);
    return body.toString();
  }

  private static JsonObject plain(String text) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "plain_text");
    o.addProperty("text", text);
    return o;
  }

  static String error(String reason) {
    JsonObject o = new JsonObject();
    o.addProperty("error", reason);
    return o.toString();
  }
}

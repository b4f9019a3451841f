package dev.roundup.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.roundup.slack.SlackText;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, before Bolt parses anything, whether a signed request has the shape Slack gives its
 * requests: an Events API envelope as JSON, or a slash command or an interaction as a form. Bolt for
 * Java assumes that shape and throws when it is missing (an {@code event_callback} whose event is
 * {@code null}, a {@code payload=} holding broken JSON, an action list with a hole in it); each such
 * request is refused here with 400 and one sentence, or 415 for a body of another media type.
 *
 * <p>Only what Bolt and Roundup's listeners rely on is checked: the fields that say what the request
 * is, and who and where it comes from. Ids must look like Slack's (they are stored in columns of
 * 32 characters) and a {@code response_url} must be an http(s) URL.
 */
final class RequestShape {

  /** What a usable request is. */
  enum Kind { EVENT, URL_VERIFICATION, RATE_LIMITED, COMMAND, INTERACTION, SSL_CHECK }

  sealed interface Result permits Usable, Refused {}

  /** @param label what it is, for the log: "event app_mention Ev123", "command /task" */
  record Usable(Kind kind, String label) implements Result {}

  record Refused(int status, String reason) implements Result {}

  static final String JSON = "application/json";
  static final String FORM = "application/x-www-form-urlencoded";

  /** The interaction types Slack sends and Bolt routes (the rest of Slack's are not interactions). */
  private static final Set<String> INTERACTIONS = Set.of("block_actions", "block_suggestion",
      "shortcut", "message_action", "view_submission", "view_closed", "interactive_message",
      "dialog_submission", "dialog_cancellation", "dialog_suggestion", "workflow_step_edit");
  private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern COMMAND = Pattern.compile("/[^\\s/]{1,63}");
  private static final int MAX_URL = 2_000;
  private static final int MAX_NAME = 255;

  private RequestShape() {}

  static Result of(String contentType, String body) {
    String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    try {
      return switch (media) {
        case JSON -> envelope(body);
        case FORM -> form(body);
        default -> new Refused(415, "Content-Type must be " + JSON + " (events) or " + FORM
            + " (slash commands and interactions)");
      };
    } catch (Malformed e) {
      return new Refused(400, e.getMessage());
    }
  }

  // ---- Events API ----------------------------------------------------------------------------

  private static Result envelope(String body) {
    JsonObject root = object(body, "the body");
    String type = string(root, "type");
    if (type == null) {
      throw new Malformed("the body has no \"type\"");
    }
    switch (type) {
      case "url_verification" -> {
        require(string(root, "challenge") != null, "a url_verification without a challenge");
        return new Usable(Kind.URL_VERIFICATION, "url_verification");
      }
      case "app_rate_limited" -> {
        return new Usable(Kind.RATE_LIMITED, "app_rate_limited");
      }
      case "event_callback" -> {
        return event(root);
      }
      default -> throw new Malformed("unknown request type '" + Reasons.quote(type) + "'");
    }
  }

  private static Result event(JsonObject root) {
    JsonElement eventElement = root.get("event");
    require(eventElement != null && eventElement.isJsonObject(), "an event_callback without an event object");
    JsonObject event = eventElement.getAsJsonObject();
    String eventType = string(event, "type");
    require(eventType != null && !eventType.isBlank() && eventType.length() <= MAX_NAME,
        "an event without a type");
    String eventId = string(root, "event_id");
    require(eventId != null && EVENT_ID.matcher(eventId).matches(),
        "an event_callback without a usable event_id");
    optionalString(root, "team_id");
    optionalString(event, "subtype");
    optionalString(event, "bot_id");
    JsonElement user = event.get("user");
    if (user != null && !user.isJsonNull()) {
      // Bolt reads the author to skip Roundup's own events: a string, or an object with an id.
      require(user.isJsonObject() ? string(user.getAsJsonObject(), "id") != null : isString(user),
          "an event whose user is neither an id nor an object with an id");
    }
    return new Usable(Kind.EVENT, "event " + eventType + " " + eventId);
  }

  // ---- Slash commands and interactions --------------------------------------------------------

  private static Result form(String body) {
    String trimmed = body.strip();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      throw new Malformed("a form body holding JSON");
    }
    Map<String, String> fields;
    try {
      fields = FormFields.parse(body);
    } catch (IllegalArgumentException e) {
      throw new Malformed(e.getMessage());
    }
    boolean payload = fields.containsKey("payload");
    boolean command = fields.containsKey("command");
    if (payload && command) {
      throw new Malformed("a form with both a payload and a command");
    }
    if (payload) {
      return interaction(fields.get("payload"));
    }
    if (command) {
      return command(fields);
    }
    if ("1".equals(fields.get("ssl_check"))) {
      return new Usable(Kind.SSL_CHECK, "ssl_check");
    }
    throw new Malformed("a form that is neither a slash command nor an interaction");
  }

  private static Result command(Map<String, String> f) {
    String command = f.get("command");
    require(COMMAND.matcher(command).matches(), "a slash command whose name is not /word");
    for (String id : new String[] {"user_id", "team_id", "channel_id"}) {
      require(SlackText.isId(f.get(id)), "a slash command without a usable " + id);
    }
    require(isHttpUrl(f.get("response_url")), "a slash command without an http(s) response_url");
    return new Usable(Kind.COMMAND, "command " + command);
  }

  private static Result interaction(String json) {
    JsonObject payload = object(json, "the payload");
    String type = string(payload, "type");
    require(type != null, "a payload without a type");
    if (!INTERACTIONS.contains(type)) {
      throw new Malformed("unknown interaction type '" + Reasons.quote(type) + "'");
    }
    JsonObject user = optionalObject(payload, "user");
    require(user != null && SlackText.isId(string(user, "id")), "an interaction without a user id");
    JsonObject team = optionalObject(payload, "team");
    require(team == null || SlackText.isId(string(team, "id")), "an interaction whose team has no usable id");
    JsonElement url = payload.get("response_url");
    require(url == null || url.isJsonNull() || isString(url) && isHttpUrl(url.getAsString()),
        "an interaction whose response_url is not an http(s) URL");
    optionalString(payload, "callback_id");
    optionalString(payload, "trigger_id");
    switch (type) {
      case "block_actions" -> actions(payload);
      case "block_suggestion" -> require(string(payload, "action_id") != null,
          "a block_suggestion without an action_id");
      case "view_submission", "view_closed" -> view(payload, type.equals("view_submission"));
      default -> { }
    }
    return new Usable(Kind.INTERACTION, "interaction " + type);
  }

  private static void actions(JsonObject payload) {
    JsonElement actions = payload.get("actions");
    require(actions != null && actions.isJsonArray() && !actions.getAsJsonArray().isEmpty(),
        "a block_actions payload without actions");
    for (JsonElement action : actions.getAsJsonArray()) {
      require(action.isJsonObject(), "a block_actions payload with an action that is not an object");
      String id = string(action.getAsJsonObject(), "action_id");
      require(id != null && id.length() <= MAX_NAME, "an action without an action_id");
      optionalString(action.getAsJsonObject(), "value");
    }
  }

  private static void view(JsonObject payload, boolean submission) {
    JsonObject view = optionalObject(payload, "view");
    require(view != null, "a view payload without a view");
    require(string(view, "type") != null, "a view without a type");
    optionalString(view, "callback_id");
    optionalString(view, "private_metadata");
    if (submission) {
      JsonObject state = optionalObject(view, "state");
      require(state != null && optionalObject(state, "values") != null,
          "a view_submission without state values");
    }
  }

  // ---- JSON helpers ----------------------------------------------------------------------------

  private static JsonObject object(String json, String what) {
    JsonElement root;
    try {
      root = JsonParser.parseString(json);
    } catch (JsonParseException e) {
      throw new Malformed(what + " is not valid JSON");
    }
    require(root.isJsonObject(), what + " is not a JSON object");
    return root.getAsJsonObject();
  }

  /** The member as a string, or null when absent or not a string. */
  private static String string(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return isString(e) ? e.getAsString() : null;
  }

  private static void optionalString(JsonObject o, String name) {
    JsonElement e = o.get(name);
    require(e == null || e.isJsonNull() || isString(e), "\"" + name + "\" is not a string");
  }

  private static JsonObject optionalObject(JsonObject o, String name) {
    JsonElement e = o.get(name);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    require(e.isJsonObject(), "\"" + name + "\" is not an object");
    return e.getAsJsonObject();
  }

  private static boolean isString(JsonElement e) {
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
  }

  private static boolean isHttpUrl(String url) {
    if (url == null || url.length() > MAX_URL) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static void require(boolean condition, String malformed) {
    if (!condition) {
      throw new Malformed(malformed);
    }
  }

  /** A request that is not the shape Slack sends; the message is the reason given back. */
  private static final class Malformed extends RuntimeException {
    Malformed(String reason) {
      super(reason, null, false, false);
    }
  }
}

package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds Events API payloads in Slack's shapes: the envelope and the inner events Roundup uses. */
final class EventPayloads {

  private static final Pattern USER_MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
  private static final String ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private final Workspace workspace;
  private final SecureRandom random = new SecureRandom();

  EventPayloads(Workspace workspace) {
    this.workspace = workspace;
  }

  /** A fresh, unique event id in Slack's {@code Ev…} shape. */
  String newEventId() {
    StringBuilder id = new StringBuilder("Ev");
    for (int i = 0; i < 10; i++) {
      id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }

  /** The event_id of an event_callback body, or null for anything else (forged or form bodies). */
  static String eventIdOf(String body) {
    try {
      JsonElement root = JsonParser.parseString(body);
      if (root.isJsonObject() && root.getAsJsonObject().has("event_id")) {
        return root.getAsJsonObject().get("event_id").getAsString();
      }
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
      // Not a JSON envelope: there is no event id to report.
    }
    return null;
  }

  JsonObject envelope(JsonObject event, String eventId, long eventTime) {
    JsonObject envelope = new JsonObject();
    envelope.addProperty("token", workspace.verificationToken());
    envelope.addProperty("team_id", workspace.teamId());
    envelope.addProperty("context_team_id", workspace.teamId());
    Enterprise org = workspace.enterprise().orElse(null);
    if (org != null) {
      envelope.addProperty("enterprise_id", org.id());
      envelope.addProperty("context_enterprise_id", org.id());
    } else {
      envelope.add("context_enterprise_id", JsonNull.INSTANCE);
    }
    envelope.addProperty("api_app_id", Workspace.APP_ID);
    envelope.add("event", event);
    envelope.addProperty("type", "event_callback");
    envelope.addProperty("event_id", eventId);
    envelope.addProperty("event_time", eventTime);
    JsonArray authorizations = new JsonArray();
    JsonObject authorization = new JsonObject();
    // An org-wide installation is authorized for the org, not for one of its workspaces.
    if (org != null) {
      authorization.addProperty("enterprise_id", org.id());
      authorization.add("team_id", JsonNull.INSTANCE);
    } else {
      authorization.add("enterprise_id", JsonNull.INSTANCE);
      authorization.addProperty("team_id", workspace.teamId());
    }
    authorization.addProperty("user_id", workspace.botUserId());
    authorization.addProperty("is_bot", true);
    authorization.addProperty("is_enterprise_install", org != null);
    authorizations.add(authorization);
    envelope.add("authorizations", authorizations);
    envelope.addProperty("is_ext_shared_channel", false);
    envelope.addProperty("event_context", "4-" + eventId);
    return envelope;
  }

  /** An app_mention or message event for a stored user message. */
  JsonObject messageEvent(String type, StoredMessage m) {
    JsonObject event = new JsonObject();
    event.addProperty("client_msg_id", UUID.randomUUID().toString());
    event.addProperty("type", type);
    event.addProperty("text", m.text());
    event.addProperty("user", m.user());
    event.addProperty("ts", m.ts());
    event.addProperty("team", workspace.teamId());
    event.add("blocks", richText(m.text()));
    if (m.threadTs() != null && m.isReply()) {
      event.addProperty("thread_ts", m.threadTs());
      workspace.message(m.channel(), m.threadTs())
          .ifPresent(parent -> event.addProperty("parent_user_id", parent.user()));
    }
    event.addProperty("channel", m.channel());
    event.addProperty("event_ts", m.ts());
    if ("message".equals(type)) {
      event.addProperty("channel_type", channelType(m.channel()));
    }
    return event;
  }

  JsonObject appHomeOpened(String userId, JsonObject homeView, String eventTs) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_home_opened");
    event.addProperty("user", userId);
    event.addProperty("channel", workspace.directChannel(userId).id());
    event.addProperty("tab", "home");
    if (homeView != null) {
      event.add("view", homeView);
    }
    event.addProperty("event_ts", eventTs);
    return event;
  }

  private String channelType(String channelId) {
    return workspace.channel(channelId)
        .map(c -> c.id().startsWith("D") ? "im" : c.isPrivate() ? "group" : "channel")
        .orElse("channel");
  }

  /** The rich_text block Slack's client attaches, with user mentions as user elements. */
  static JsonArray richText(String text) {
    JsonArray elements = new JsonArray();
    Matcher matcher = USER_MENTION.matcher(text);
    int last = 0;
    while (matcher.find()) {
      addText(elements, text.substring(last, matcher.start()));
      JsonObject user = new JsonObject();
      user.addProperty("type", "user");
      user.addProperty("user_id", matcher.group(1));
      elements.add(user);
      last = matcher.end();
    }
    addText(elements, text.substring(last));
    JsonObject section = new JsonObject();
    section.addProperty("type", "rich_text_section");
    section.add("elements", elements);
    JsonArray sections = new JsonArray();
    sections.add(section);
    JsonObject block = new JsonObject();
    block.addProperty("type", "rich_text");
    block.addProperty("block_id", Integer.toHexString(text.hashCode() & 0xfffff));
    block.add("elements", sections);
    JsonArray blocks = new JsonArray();
    blocks.add(block);
    return blocks;
  }

  private static void addText(JsonArray elements, String text) {
    if (!text.isEmpty()) {
      JsonObject element = new JsonObject();
      element.addProperty("type", "text");
      element.addProperty("text", text);
      elements.add(element);
    }
  }
}

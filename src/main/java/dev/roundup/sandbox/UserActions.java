package dev.roundup.sandbox;

import com.google.gson.JsonObject;
import java.util.function.Function;

/**
 * What people do in the workspace and the events Slack sends the app for it: app_mention when
 * the bot is mentioned in a channel it is in, and message / message_changed / message_deleted
 * when the app subscribes to message events (only for channels the bot is in, as in Slack).
 */
final class UserActions {

  private final Workspace workspace;
  private final EventPayloads events;
  private final MessageJson messageJson;
  private final Function<JsonObject, Delivery> deliver;
  private volatile boolean messageEvents;

  UserActions(Workspace workspace, EventPayloads events, Function<JsonObject, Delivery> deliver) {
    this.workspace = workspace;
    this.events = events;
    this.messageJson = new MessageJson(workspace);
    this.deliver = deliver;
  }

  void setMessageEvents(boolean on) {
    this.messageEvents = on;
  }

  Delivery posts(String channelId, String threadTs, String userId, String text) {
    String ts = threadTs == null ? workspace.post(channelId, userId, text)
        : workspace.reply(channelId, threadTs, userId, text);
    StoredMessage message = workspace.message(channelId, ts).orElseThrow();
    if (!botIsIn(channelId)) {
      return null;
    }
    Delivery mention = null;
    // In a direct message Slack sends only the message event, never app_mention.
    if (mentionsBot(text) && !channelId.startsWith("D")) {
      mention = deliver.apply(events.messageEvent("app_mention", message));
    }
    Delivery plain = messageEvents ? deliver.apply(events.messageEvent("message", message)) : null;
    return mention != null ? mention : plain;
  }

  /**
   * A person joins a channel; Slack sends {@code member_joined_channel} to apps in the channel
   * (the bot itself joining included).
   */
  Delivery joins(String channelId, String userId) {
    workspace.join(channelId, userId);
    return botIsIn(channelId) ? deliver.apply(memberEvent("member_joined_channel", channelId, userId)) : null;
  }

  /** A person leaves a channel; apps that were in it receive {@code member_left_channel}. */
  Delivery leaves(String channelId, String userId) {
    boolean botWasIn = botIsIn(channelId);
    workspace.leave(channelId, userId);
    return botWasIn ? deliver.apply(memberEvent("member_left_channel", channelId, userId)) : null;
  }

  /**
   * A person archives a channel, or brings it back; apps in it receive {@code channel_archive} /
   * {@code channel_unarchive} ({@code group_…} for a private channel).
   */
  Delivery archives(String channelId, String userId, boolean archived) {
    boolean isPrivate = workspace.channel(channelId).map(Channel::isPrivate).orElse(false);
    if (archived) {
      workspace.archive(channelId);
    } else {
      workspace.unarchive(channelId);
    }
    if (!botIsIn(channelId)) {
      return null;
    }
    JsonObject event = new JsonObject();
    event.addProperty("type", (isPrivate ? "group_" : "channel_") + (archived ? "archive" : "unarchive"));
    event.addProperty("channel", channelId);
    event.addProperty("user", userId);
    event.addProperty("event_ts", nowTs());
    return deliver.apply(event);
  }

  private JsonObject memberEvent(String type, String channelId, String userId) {
    JsonObject event = new JsonObject();
    event.addProperty("type", type);
    event.addProperty("user", userId);
    event.addProperty("channel", channelId);
    event.addProperty("channel_type", workspace.channel(channelId).map(c -> c.isPrivate() ? "G" : "C")
        .orElse("C"));
    event.addProperty("team", workspace.teamId());
    event.addProperty("event_ts", nowTs());
    return event;
  }

  Delivery edits(String channelId, String ts, String newText) {
    StoredMessage before = workspace.message(channelId, ts)
        .orElseThrow(() -> new IllegalArgumentException("no message " + ts + " in " + channelId));
    JsonObject previous = messageJson.render(before);
    workspace.edit(channelId, ts, newText);
    StoredMessage after = workspace.message(channelId, ts).orElseThrow();
    if (!messageEvents || !botIsIn(channelId)) {
      return null;
    }
    return deliver.apply(changed(channelId, messageJson.render(after), previous, after.editedTs()));
  }

  Delivery deletes(String channelId, String ts) {
    StoredMessage before = workspace.message(channelId, ts)
        .orElseThrow(() -> new IllegalArgumentException("no message " + ts + " in " + channelId));
    JsonObject previous = messageJson.render(before);
    workspace.delete(channelId, ts);
    if (!messageEvents || !botIsIn(channelId)) {
      return null;
    }
    String eventTs = nowTs();
    var tombstone = workspace.message(channelId, ts).filter(StoredMessage::isTombstone);
    if (tombstone.isPresent()) {
      // Slack reports a deleted parent that keeps its replies as a change into a tombstone.
      return deliver.apply(changed(channelId, messageJson.render(tombstone.get()), previous, eventTs));
    }
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("subtype", "message_deleted");
    event.addProperty("hidden", true);
    event.addProperty("channel", channelId);
    event.addProperty("ts", eventTs);
    event.addProperty("deleted_ts", ts);
    event.addProperty("event_ts", eventTs);
    event.add("previous_message", previous);
    event.addProperty("channel_type", channelType(channelId));
    return deliver.apply(event);
  }

  private JsonObject changed(String channelId, JsonObject message, JsonObject previous,
      String eventTs) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("subtype", "message_changed");
    event.addProperty("hidden", true);
    event.add("message", message);
    event.addProperty("channel", channelId);
    event.add("previous_message", previous);
    event.addProperty("event_ts", eventTs);
    event.addProperty("ts", eventTs);
    event.addProperty("channel_type", channelType(channelId));
    return event;
  }

  private boolean mentionsBot(String text) {
    String id = workspace.botUserId();
    return text.contains("<@" + id + ">") || text.contains("<@" + id + "|");
  }

  private boolean botIsIn(String channelId) {
    return workspace.channel(channelId).map(c -> c.hasMember(workspace.botUserId())).orElse(false);
  }

  private String channelType(String channelId) {
    return workspace.channel(channelId)
        .map(c -> c.id().startsWith("D") ? "im" : c.isPrivate() ? "group" : "channel")
        .orElse("channel");
  }

  private String nowTs() {
    return TsGenerator.format(workspace.clock().instant().toEpochMilli() * 1000);
  }
}

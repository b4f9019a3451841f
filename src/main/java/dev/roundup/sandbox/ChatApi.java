package dev.roundup.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Map;

/** chat.postMessage, .update, .postEphemeral and .getPermalink, posting as the bot. */
final class ChatApi {

  private final Workspace workspace;
  private final ChannelAccess access;
  private final MessageJson messageJson;
  private final Recorder recorder;
  private final EphemeralMessages ephemerals;

  ChatApi(Workspace workspace, Recorder recorder, EphemeralMessages ephemerals) {
    this.workspace = workspace;
    this.access = new ChannelAccess(workspace);
    this.messageJson = new MessageJson(workspace);
    this.recorder = recorder;
    this.ephemerals = ephemerals;
  }

  void register(Map<String, WebApiMethod> methods) {
    methods.put("chat.postMessage", this::postMessage);
    methods.put("chat.update", this::update);
    methods.put("chat.postEphemeral", this::postEphemeral);
    methods.put("chat.getPermalink", this::getPermalink);
  }

  private JsonObject postMessage(ApiRequest request) {
    String channelId = resolveChannel(request.required("channel"));
    Channel channel = access.writable(channelId);
    String blocks = blocks(request);
    String text = text(request, blocks);
    String threadTs = request.optional("thread_ts");
    if (threadTs != null && workspace.message(channel.id(), threadTs).isEmpty()) {
      throw new SlackError("thread_not_found");
    }
    StoredMessage stored;
    try {
      stored = workspace.store(channel.id(), threadTs, workspace.botUserId(), workspace.botId(),
          text, blocks, metadata(request));
    } catch (IllegalArgumentException e) {
      throw new SlackError("thread_not_found"); // the parent went away meanwhile
    } catch (IllegalStateException e) {
      throw new SlackError("is_archived");
    }
    JsonObject body = new JsonObject();
    body.addProperty("channel", channel.id());
    body.addProperty("ts", stored.ts());
    body.add("message", messageJson.render(stored));
    return body;
  }

  private JsonObject update(ApiRequest request) {
    Channel channel = access.visible(request.required("channel"));
    String ts = request.required("ts");
    StoredMessage old = workspace.message(channel.id(), ts)
        .orElseThrow(() -> new SlackError("message_not_found"));
    if (!workspace.botUserId().equals(old.user())) {
      throw new SlackError("cant_update_message");
    }
    if (channel.archived()) {
      throw new SlackError("is_archived");
    }
    boolean blocksGiven = request.params().containsKey("blocks");
    if (!request.params().containsKey("text") && !blocksGiven
        && request.optional("attachments") == null) {
      throw new SlackError("no_text");
    }
    // Like Slack, fields left out of the update keep their previous value.
    String blocks = blocksGiven ? blocks(request) : old.blocks();
    String text = request.params().containsKey("text") ? request.params().get("text") : old.text();
    StoredMessage updated = workspace.update(channel.id(), ts, text, blocks);
    JsonObject body = new JsonObject();
    body.addProperty("channel", channel.id());
    body.addProperty("ts", updated.ts());
    body.addProperty("text", updated.text());
    body.add("message", messageJson.render(updated));
    return body;
  }

  private JsonObject postEphemeral(ApiRequest request) {
    Channel channel = access.writable(resolveChannel(request.required("channel")));
    String user = request.required("user");
    if (workspace.user(user).isEmpty()) {
      throw new SlackError("user_not_found");
    }
    if (!channel.hasMember(user)) {
      throw new SlackError("user_not_in_channel");
    }
    String blocks = blocks(request);
    String text = text(request, blocks);
    recorder.ephemerals.add(new Ephemeral(channel.id(), user, text, blocks,
        request.optional("thread_ts")));
    // Ephemeral messages get a ts but are never stored in the conversation.
    EphemeralMessage shown = ephemerals.add(channel.id(), user, text, blocks,
        request.optional("thread_ts"));
    JsonObject body = new JsonObject();
    body.addProperty("message_ts", shown.ts());
    return body;
  }

  private JsonObject getPermalink(ApiRequest request) {
    Channel channel = access.visible(request.required("channel"));
    StoredMessage message = workspace.message(channel.id(), request.required("message_ts"))
        .orElseThrow(() -> new SlackError("message_not_found"));
    JsonObject body = new JsonObject();
    body.addProperty("channel", channel.id());
    body.addProperty("permalink", Permalinks.of(workspace.teamDomain(), message));
    return body;
  }

  /** A user id as channel means the bot's direct-message channel with that user, as in Slack. */
  private String resolveChannel(String channel) {
    if ((channel.startsWith("U") || channel.startsWith("W")) && workspace.user(channel).isPresent()) {
      return workspace.directChannel(channel).id();
    }
    // Slack also accepts a channel name, with or without '#'.
    String name = channel.startsWith("#") ? channel.substring(1) : channel;
    return workspace.channels().stream().filter(c -> c.name().equals(name) && !c.id().startsWith("D"))
        .map(Channel::id).findFirst().orElse(channel);
  }

  /** Message metadata: an object with an {@code event_type} and an {@code event_payload} object. */
  private static String metadata(ApiRequest request) {
    String raw = request.optional("metadata");
    if (raw == null) {
      return null;
    }
    try {
      JsonElement parsed = JsonParser.parseString(raw);
      if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("event_type")
          || !parsed.getAsJsonObject().has("event_payload")
          || !parsed.getAsJsonObject().get("event_payload").isJsonObject()) {
        throw new SlackError("invalid_metadata_format");
      }
      return parsed.toString();
    } catch (JsonParseException e) {
      throw new SlackError("invalid_metadata_format");
    }
  }

  private static String blocks(ApiRequest request) {
    String raw = request.optional("blocks");
    if (raw == null) {
      return null;
    }
    try {
      JsonElement parsed = JsonParser.parseString(raw);
      if (!parsed.isJsonArray()) {
        throw new SlackError("invalid_blocks_format");
      }
      if (parsed.getAsJsonArray().size() > 50) {
        throw new SlackError("invalid_blocks");
      }
      return parsed.getAsJsonArray().isEmpty() ? null : parsed.toString();
    } catch (JsonParseException e) {
      throw new SlackError("invalid_blocks_format");
    }
  }

  private static String text(ApiRequest request, String blocks) {
    String text = request.optional("text");
    boolean hasAttachments = request.optional("attachments") != null;
    if (text == null && blocks == null && !hasAttachments) {
      throw new SlackError("no_text");
    }
    if (text != null && text.length() > 40_000) {
      throw new SlackError("msg_too_long");
    }
    return text == null ? "" : text;
  }
}

package dev.roundup.sandbox.console;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.sandbox.Channel;
import dev.roundup.sandbox.EphemeralMessage;
import dev.roundup.sandbox.SharedUpload;
import dev.roundup.sandbox.StoredMessage;
import dev.roundup.sandbox.User;
import dev.roundup.sandbox.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The workspace as one person sees it in Slack: every public channel, the private channels and
 * direct messages they are in, and their conversation with the app; a private channel they are not
 * in does not exist for them (not listed, not readable, not offered in pickers). Renders what they
 * may see as the console's JSON.
 */
final class PersonView {

  private final Workspace workspace;

  PersonView(Workspace workspace) {
    this.workspace = workspace;
  }

  User person(String userId) {
    User user = userId == null ? null : workspace.user(userId).orElse(null);
    if (user == null || user.bot()) {
      throw ConsoleException.badRequest("act as a person of the workspace (unknown user " + userId + ")");
    }
    return user;
  }

  /** The channels the person may see, public ones first by name, then private, then DMs. */
  List<Channel> channels(String userId) {
    person(userId);
    // The app's Messages tab is always there, as in Slack.
    workspace.directChannel(userId);
    List<Channel> visible = new ArrayList<>();
    for (Channel c : workspace.channels()) {
      if (mayRead(c, userId)) {
        visible.add(c);
      }
    }
    visible.sort(Comparator.comparing((Channel c) -> kind(c, userId).ordinal())
        .thenComparing(Channel::isPrivate).thenComparing(c -> label(c, userId)));
    return visible;
  }

  /** The channel if the person may read it; a private one they are not in is not found. */
  Channel readable(String userId, String channelId) {
    person(userId);
    workspace.directChannel(userId);
    Channel channel = workspace.channel(channelId).orElse(null);
    if (channel == null || !mayRead(channel, userId)) {
      throw ConsoleException.notFound("no such channel");
    }
    return channel;
  }

  /** The channel if the person may post in it: a member, and not the app's read-only DM. */
  Channel postable(String userId, String channelId) {
    Channel channel = readable(userId, channelId);
    String why = whyNotPostable(channel, userId);
    if (why != null) {
      throw ConsoleException.forbidden(why);
    }
    return channel;
  }

  JsonObject channelJson(Channel c, String userId) {
    JsonObject json = new JsonObject();
    json.addProperty("id", c.id());
    json.addProperty("name", c.name());
    json.addProperty("label", label(c, userId));
    json.addProperty("kind", kind(c, userId).name().toLowerCase());
    json.addProperty("private", c.isPrivate());
    json.addProperty("member", c.hasMember(userId));
    json.addProperty("archived", c.archived());
    json.addProperty("botMember", c.hasMember(workspace.botUserId()));
    String why = whyNotPostable(c, userId);
    json.addProperty("canPost", why == null);
    if (why != null) {
      json.addProperty("cannotPost", why);
    }
    return json;
  }

  JsonObject messageJson(StoredMessage m) {
    JsonObject json = new JsonObject();
    json.addProperty("ts", m.ts());
    json.addProperty("user", m.user());
    if (m.username() != null) {
      json.addProperty("username", m.username());
    }
    json.addProperty("text", m.text());
    json.add("blocks", blocks(m.blocks()));
    json.addProperty("edited", m.edited());
    json.addProperty("threadTs", m.threadTs());
    json.addProperty("subtype", m.subtype());
    List<SharedUpload> shared = workspace.uploadsOf(m.channel(), m.ts());
    if (!shared.isEmpty()) {
      JsonArray files = new JsonArray();
      for (SharedUpload f : shared) {
        JsonObject file = new JsonObject();
        file.addProperty("id", f.id());
        file.addProperty("name", f.name());
        file.addProperty("filetype", f.filetype());
        files.add(file);
      }
      json.add("files", files);
    }
    if (m.threadTs() != null && !m.isReply()) {
      List<StoredMessage> replies = workspace.repliesOf(m.channel(), m.ts());
      json.addProperty("replyCount", replies.size());
      JsonArray repliers = new JsonArray();
      replies.stream().map(StoredMessage::user).distinct().limit(5).forEach(repliers::add);
      json.add("replyUsers", repliers);
    }
    return json;
  }

  JsonObject ephemeralJson(EphemeralMessage m) {
    JsonObject json = new JsonObject();
    json.addProperty("ts", m.ts());
    json.addProperty("user", workspace.botUserId());
    json.addProperty("text", m.text());
    json.add("blocks", blocks(m.blocks()));
    json.addProperty("threadTs", m.threadTs());
    json.addProperty("ephemeral", true);
    return json;
  }

  private boolean mayRead(Channel c, String userId) {
    return c.hasMember(userId) || (!c.isPrivate() && !isDirect(c));
  }

  private String whyNotPostable(Channel c, String userId) {
    if (kind(c, userId) == Kind.APP) {
      return "Sending messages to this app has been turned off: use its slash commands in a channel.";
    }
    if (c.archived()) {
      return "This channel is archived.";
    }
    if (!c.hasMember(userId)) {
      return "Join #" + c.name() + " to post in it.";
    }
    return null;
  }

  /** What the sidebar groups by. */
  enum Kind { CHANNEL, DM, APP }

  private Kind kind(Channel c, String userId) {
    if (!isDirect(c)) {
      return Kind.CHANNEL;
    }
    return c.hasMember(workspace.botUserId()) ? Kind.APP : Kind.DM;
  }

  private String label(Channel c, String userId) {
    if (!isDirect(c)) {
      return c.name();
    }
    return c.members().stream().filter(m -> !m.equals(userId)).sorted()
        .map(id -> workspace.user(id).map(User::realName).orElse(id))
        .reduce((a, b) -> a + ", " + b).orElse("you");
  }

  private static boolean isDirect(Channel c) {
    return c.id().startsWith("D");
  }

  private static JsonElement blocks(String blocks) {
    return blocks == null ? null : JsonParser.parseString(blocks);
  }
}

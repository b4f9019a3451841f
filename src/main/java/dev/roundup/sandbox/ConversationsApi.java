package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** conversations.history, .replies, .info, .members and .list over the workspace. */
final class ConversationsApi {

  /** Slack's documented page sizes: history 100 by default, replies 1000; both cap at 1000. */
  static final int HISTORY_DEFAULT_LIMIT = 100;
  static final int REPLIES_DEFAULT_LIMIT = 1000;
  static final int MESSAGES_MAX_LIMIT = 1000;
  static final int LIST_DEFAULT_LIMIT = 100;
  static final int LIST_MAX_LIMIT = 1000;

  private final Workspace workspace;
  private final ChannelAccess access;
  private final MessageJson messageJson;
  private final ChannelJson channelJson;

  ConversationsApi(Workspace workspace) {
    this.workspace = workspace;
    this.access = new ChannelAccess(workspace);
    this.messageJson = new MessageJson(workspace);
    this.channelJson = new ChannelJson(workspace);
  }

  void register(Map<String, WebApiMethod> methods) {
    methods.put("conversations.history", this::history);
    methods.put("conversations.replies", this::replies);
    methods.put("conversations.info", this::info);
    methods.put("conversations.members", this::members);
    methods.put("conversations.list", this::list);
    methods.put("conversations.open", this::open);
  }

  /** Opens (or finds) the bot's direct-message channel with one user. */
  private JsonObject open(ApiRequest request) {
    String users = request.optional("users");
    if (users == null) {
      throw new SlackError("users_list_not_supplied");
    }
    if (users.contains(",")) {
      throw new SlackError("not_supported"); // group DMs are outside what Roundup needs
    }
    if (workspace.user(users.trim()).isEmpty()) {
      throw new SlackError("user_not_found");
    }
    JsonObject channel = new JsonObject();
    channel.addProperty("id", workspace.directChannel(users.trim()).id());
    JsonObject body = new JsonObject();
    body.add("channel", channel);
    return body;
  }

  private JsonObject history(ApiRequest request) {
    Channel channel = access.readable(request.required("channel"));
    MessageWindow window = MessageWindow.of(request);
    int limit = Paging.limit(request, HISTORY_DEFAULT_LIMIT, MESSAGES_MAX_LIMIT);
    String cursorTs = Paging.decode(request, "next_ts");
    List<StoredMessage> topLevel = new ArrayList<>();
    for (StoredMessage m : workspace.messages(channel.id())) {
      boolean afterCursor = cursorTs != null && TsGenerator.compare(m.ts(), cursorTs) > 0;
      if (!m.isReply() && window.contains(m.ts()) && !afterCursor) {
        topLevel.add(m);
      }
    }
    topLevel.sort(Comparator.comparing((StoredMessage m) -> TsGenerator.toMicros(m.ts())).reversed());
    JsonObject body = pageOfMessages(topLevel, limit);
    body.addProperty("pin_count", 0);
    return body;
  }

  private JsonObject replies(ApiRequest request) {
    Channel channel = access.readable(request.required("channel"));
    String ts = request.required("ts");
    List<StoredMessage> thread = workspace.thread(channel.id(), ts);
    if (thread.isEmpty()) {
      throw new SlackError("thread_not_found");
    }
    MessageWindow window = MessageWindow.of(request);
    int limit = Paging.limit(request, REPLIES_DEFAULT_LIMIT, MESSAGES_MAX_LIMIT);
    String cursorTs = Paging.decode(request, "next_ts");
    List<StoredMessage> selected = new ArrayList<>();
    for (StoredMessage m : thread) {
      boolean beforeCursor = cursorTs != null && TsGenerator.compare(m.ts(), cursorTs) < 0;
      if (window.contains(m.ts()) && !beforeCursor) {
        selected.add(m);
      }
    }
    return pageOfMessages(selected, limit);
  }

  private JsonObject pageOfMessages(List<StoredMessage> ordered, int limit) {
    List<StoredMessage> page = Paging.page(ordered, 0, limit);
    JsonArray messages = new JsonArray();
    page.forEach(m -> messages.add(messageJson.render(m)));
    JsonObject body = new JsonObject();
    body.add("messages", messages);
    boolean hasMore = ordered.size() > page.size();
    body.addProperty("has_more", hasMore);
    Paging.addNextCursor(body, hasMore ? Paging.encode("next_ts", ordered.get(page.size()).ts()) : "");
    return body;
  }

  private JsonObject info(ApiRequest request) {
    Channel channel = access.visible(request.required("channel"));
    JsonObject body = new JsonObject();
    body.add("channel", channelJson.render(channel));
    return body;
  }

  private JsonObject members(ApiRequest request) {
    Channel channel = access.visible(request.required("channel"));
    int limit = Paging.limit(request, LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT);
    int from = Paging.decodeIndex(request);
    List<String> all = List.copyOf(channel.members());
    List<String> page = Paging.page(all, from, limit);
    JsonArray members = new JsonArray();
    page.forEach(members::add);
    JsonObject body = new JsonObject();
    body.add("members", members);
    int next = from + page.size();
    Paging.addNextCursor(body, next < all.size() ? Paging.encode("next_index", String.valueOf(next)) : "");
    return body;
  }

  private JsonObject list(ApiRequest request) {
    String types = request.optional("types") == null ? "public_channel" : request.optional("types");
    boolean publicWanted = types.contains("public_channel");
    boolean privateWanted = types.contains("private_channel");
    boolean excludeArchived = request.flag("exclude_archived");
    List<Channel> matching = new ArrayList<>();
    for (Channel c : workspace.channels()) {
      boolean typeOk = c.id().startsWith("D") ? types.contains("im")
          : c.isPrivate() ? privateWanted && c.hasMember(workspace.botUserId()) : publicWanted;
      if (typeOk && !(excludeArchived && c.archived())) {
        matching.add(c);
      }
    }
    int limit = Paging.limit(request, LIST_DEFAULT_LIMIT, LIST_MAX_LIMIT);
    int from = Paging.decodeIndex(request);
    List<Channel> page = Paging.page(matching, from, limit);
    JsonArray channels = new JsonArray();
    page.forEach(c -> channels.add(channelJson.render(c)));
    JsonObject body = new JsonObject();
    body.add("channels", channels);
    int next = from + page.size();
    Paging.addNextCursor(body, next < matching.size() ? Paging.encode("next_index", String.valueOf(next)) : "");
    return body;
  }
}

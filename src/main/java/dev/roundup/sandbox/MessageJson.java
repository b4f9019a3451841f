package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Renders stored messages in the Web API's JSON shape (snake_case, thread fields on parents). */
final class MessageJson {

  private final Workspace workspace;

  MessageJson(Workspace workspace) {
    this.workspace = workspace;
  }

  JsonObject render(StoredMessage m) {
    JsonObject json = new JsonObject();
    json.addProperty("type", "message");
    if (m.subtype() != null) {
      json.addProperty("subtype", m.subtype());
    }
    json.addProperty("ts", m.ts());
    if (m.user() != null) {
      json.addProperty("user", m.user());
    }
    json.addProperty("text", m.text());
    if (m.isTombstone()) {
      json.addProperty("hidden", true);
    } else {
      json.addProperty("team", workspace.teamId());
    }
    if (m.botId() != null) {
      json.addProperty("bot_id", m.botId());
      if (m.username() == null) {
        json.addProperty("app_id", Workspace.APP_ID);
      }
    }
    if (m.username() != null) {
      // An integration's post, as Slack gives it: its name, and no user.
      json.addProperty("username", m.username());
      JsonObject profile = new JsonObject();
      profile.addProperty("id", m.botId());
      profile.addProperty("name", m.username());
      json.add("bot_profile", profile);
    }
    if (m.blocks() != null) {
      json.add("blocks", JsonParser.parseString(m.blocks()));
    }
    List<SharedUpload> shared = workspace.uploadsOf(m.channel(), m.ts());
    if (!shared.isEmpty()) {
      com.google.gson.JsonArray files = new com.google.gson.JsonArray();
      for (SharedUpload f : shared) {
        JsonObject file = new JsonObject();
        file.addProperty("id", f.id());
        file.addProperty("name", f.name());
        file.addProperty("title", f.name());
        file.addProperty("filetype", f.filetype());
        file.addProperty("mimetype", f.mimetype());
        if (f.hasContent()) {
          file.addProperty("size", f.bytes().length);
          file.addProperty("url_private", workspace.filesBaseUrl() + f.id() + "/" + f.name());
        }
        files.add(file);
      }
      json.add("files", files);
    }
    if (m.metadata() != null) {
      // Slack returns the metadata an app posted to that app (others ask with include_all_metadata).
      json.add("metadata", JsonParser.parseString(m.metadata()));
    }
    if (m.edited()) {
      JsonObject edited = new JsonObject();
      edited.addProperty("user", m.user());
      edited.addProperty("ts", m.editedTs());
      json.add("edited", edited);
    }
    if (m.threadTs() != null) {
      json.addProperty("thread_ts", m.threadTs());
      if (m.isReply()) {
        workspace.message(m.channel(), m.threadTs())
            .ifPresent(parent -> json.addProperty("parent_user_id", parent.user()));
      } else {
        addThreadSummary(json, m);
      }
    }
    return json;
  }

  private void addThreadSummary(JsonObject json, StoredMessage parent) {
    List<StoredMessage> replies = workspace.repliesOf(parent.channel(), parent.ts());
    Set<String> replyUsers = new LinkedHashSet<>();
    replies.forEach(reply -> replyUsers.add(reply.user()));
    json.addProperty("reply_count", replies.size());
    json.addProperty("reply_users_count", replyUsers.size());
    if (!replies.isEmpty()) {
      json.addProperty("latest_reply", replies.get(replies.size() - 1).ts());
    }
    JsonArray users = new JsonArray();
    // Slack lists at most the first five repliers.
    replyUsers.stream().limit(5).forEach(users::add);
    json.add("reply_users", users);
    json.addProperty("is_locked", false);
    json.addProperty("subscribed", false);
  }
}

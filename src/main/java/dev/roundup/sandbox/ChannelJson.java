package dev.roundup.sandbox;

import com.google.gson.JsonObject;

/** Renders a channel as conversations.info / conversations.list do, seen by the bot. */
final class ChannelJson {

  private final Workspace workspace;

  ChannelJson(Workspace workspace) {
    this.workspace = workspace;
  }

  JsonObject render(Channel c) {
    JsonObject json = new JsonObject();
    json.addProperty("id", c.id());
    json.addProperty("name", c.name());
    json.addProperty("name_normalized", c.name());
    boolean im = c.id().startsWith("D");
    json.addProperty("is_channel", !im);
    json.addProperty("is_group", false);
    json.addProperty("is_im", im);
    if (im) {
      json.addProperty("user", c.name());
    }
    json.addProperty("is_mpim", false);
    json.addProperty("is_private", c.isPrivate());
    json.addProperty("is_archived", c.archived());
    json.addProperty("is_general", "general".equals(c.name()));
    json.addProperty("is_shared", false);
    json.addProperty("is_ext_shared", false);
    json.addProperty("is_org_shared", false);
    json.addProperty("is_member", c.hasMember(workspace.botUserId()));
    json.addProperty("created", c.created());
    json.addProperty("num_members", c.members().size());
    return json;
  }
}

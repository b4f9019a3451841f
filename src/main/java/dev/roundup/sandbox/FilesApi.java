package dev.roundup.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * files.info for text snippets: the file object and its {@code content}, as Slack answers it. A
 * bot sees a file only when it was shared in a channel the bot is in; any other is
 * {@code file_not_found}.
 */
final class FilesApi {

  private final Workspace workspace;

  FilesApi(Workspace workspace) {
    this.workspace = workspace;
  }

  void register(Map<String, WebApiMethod> methods) {
    methods.put("files.info", this::info);
  }

  private JsonObject info(ApiRequest request) {
    SlackFile file = workspace.file(request.required("file"))
        .filter(this::visibleToBot)
        .orElseThrow(() -> new SlackError("file_not_found"));
    JsonObject body = new JsonObject();
    body.add("file", render(file));
    body.addProperty("content", file.content());
    body.addProperty("is_truncated", false);
    body.add("comments", new JsonArray());
    Paging.addNextCursor(body, "");
    return body;
  }

  private boolean visibleToBot(SlackFile file) {
    return file.channels().stream().anyMatch(id -> workspace.channel(id)
        .map(c -> c.hasMember(workspace.botUserId())).orElse(false));
  }

  private JsonObject render(SlackFile file) {
    JsonObject json = new JsonObject();
    json.addProperty("id", file.id());
    json.addProperty("created", file.created());
    json.addProperty("timestamp", file.created());
    json.addProperty("name", file.name());
    json.addProperty("title", file.title());
    json.addProperty("mimetype", "text/plain");
    json.addProperty("filetype", file.filetype());
    json.addProperty("pretty_type", file.filetype().equals("text") ? "Plain Text" : file.filetype());
    json.addProperty("user", file.user());
    json.addProperty("user_team", workspace.teamId());
    json.addProperty("editable", true);
    json.addProperty("size", file.content().getBytes(StandardCharsets.UTF_8).length);
    json.addProperty("mode", "snippet");
    json.addProperty("is_external", false);
    json.addProperty("external_type", "");
    json.addProperty("is_public", file.channels().stream().anyMatch(id -> workspace.channel(id)
        .map(c -> !c.isPrivate()).orElse(false)));
    json.addProperty("url_private", "https://files.slack.com/files-pri/" + workspace.teamId() + "-"
        + file.id() + "/" + file.name());
    String[] lines = file.content().split("\n", -1);
    json.addProperty("preview", String.join("\n", java.util.Arrays.copyOf(lines,
        Math.min(lines.length, 5))));
    json.addProperty("lines", lines.length);
    json.addProperty("lines_more", Math.max(0, lines.length - 5));
    JsonArray channels = new JsonArray();
    JsonArray groups = new JsonArray();
    JsonArray ims = new JsonArray();
    for (String id : file.channels()) {
      workspace.channel(id).ifPresent(c -> (c.id().startsWith("D") ? ims
          : c.isPrivate() ? groups : channels).add(c.id()));
    }
    json.add("channels", channels);
    json.add("groups", groups);
    json.add("ims", ims);
    json.addProperty("comments_count", 0);
    return json;
  }
}

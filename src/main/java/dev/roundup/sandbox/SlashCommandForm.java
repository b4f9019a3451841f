package dev.roundup.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields Slack sends for a slash command, field for field. */
final class SlashCommandForm {

  private SlashCommandForm() {}

  /** The fields, in Slack's order: form-encoded over HTTP, a JSON object over Socket Mode. */
  static Map<String, String> fields(Workspace workspace, User user, Channel channel,
      String command, String text, String responseUrl, String triggerId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", workspace.verificationToken());
    form.put("team_id", workspace.teamId());
    form.put("team_domain", workspace.teamDomain());
    form.put("channel_id", channel.id());
    form.put("channel_name", channel.id().startsWith("D") ? "directmessage" : channel.name());
    form.put("user_id", user.id());
    form.put("user_name", user.name());
    form.put("command", command.startsWith("/") ? command : "/" + command);
    form.put("text", text == null ? "" : text);
    form.put("api_app_id", Workspace.APP_ID);
    workspace.enterprise().ifPresent(org -> {
      form.put("enterprise_id", org.id());
      form.put("enterprise_name", org.name());
    });
    form.put("is_enterprise_install", String.valueOf(workspace.enterprise().isPresent()));
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId);
    return form;
  }
}

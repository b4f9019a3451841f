package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Slack export as people write one by hand or Slack ships it — a deleted user, display names,
 * an integration's post, shared files, an edit — loaded into the emulator and read back through
 * the Web API as the bot reads it.
 */
class ExportAsWrittenTest {

  @TempDir
  Path dir;

  private Workspace ws;
  private SlackEmulator emulator;
  private Slack slack;
  private MethodsClient bot;

  @BeforeEach
  void load() throws IOException {
    Files.writeString(dir.resolve("users.json"), """
        [{"id":"U0MARIA","name":"maria","real_name":"María García","tz":"Europe/Madrid",
          "profile":{"display_name":"María","real_name":"María García"}},
         {"id":"U0KIM","name":"kim","deleted":true,"real_name":"",
          "profile":{"display_name":"","real_name":"Kim Lee"}}]
        """);
    Files.writeString(dir.resolve("channels.json"), """
        [{"id":"C0GEN","name":"general","created":1795000000,"members":["U0MARIA","U0KIM","U0GUEST"]},
         {"id":"C0OLD","name":"old","created":1795000000,"is_archived":true}]
        """);
    Files.createDirectories(dir.resolve("general"));
    Files.writeString(dir.resolve("general/2026-11-17.json"), """
        [{"type":"message","user":"U0MARIA","text":"The budget is in the sheet.","ts":"1795420800.000100",
          "files":[{"id":"F0BUDGET","name":"budget.xlsx","title":"Budget 2027","filetype":"xlsx",
            "mimetype":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "size":48213,"url_private":"https://files.slack.com/files-pri/T0-F0BUDGET/budget.xlsx"},
           {"id":"F0NOTES","name":"notes.txt","title":"notes.txt","filetype":"text",
            "mimetype":"text/plain","size":40,"preview":"Freeze starts Friday.\\nOmar owns the list."}]},
         {"type":"message","user":"U0KIM","text":"Thanks, I fixed the total.","ts":"1795420900.000100",
          "edited":{"user":"U0KIM","ts":"1795421000.000000"}},
         {"type":"message","subtype":"bot_message","bot_id":"B01","username":"deploybot",
          "bot_profile":{"id":"B01","name":"Deploy Bot"},"text":"Deployed v2.3 to production",
          "ts":"1795421100.000100"},
         {"type":"message","user":"U0GUEST","text":"Hello from outside.","ts":"1795421200.000100",
          "user_profile":{"display_name":"Guest Gail","real_name":"Gail Guest","name":"gail"}}]
        """);
    Files.createDirectories(dir.resolve("old"));
    Files.writeString(dir.resolve("old/2026-11-17.json"), """
        [{"type":"message","subtype":"bot_message","bot_id":"B02",
          "bot_profile":{"id":"B02","name":"Alerts"},"text":"disk full","ts":"1795420800.000200"}]
        """);
    ws = SlackExport.load(dir);
    emulator = SlackEmulator.start(ws);
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    bot = slack.methods(ws.botToken());
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
    slack.close();
  }

  @Test
  void people_are_named_by_the_rule_the_cli_names_them_by() throws Exception {
    var cli = dev.roundup.summarize.SlackExport.open(dir).channel("general").names();

    var maria = bot.usersInfo(r -> r.user("U0MARIA")).getUser();
    assertThat(maria.getName()).isEqualTo("maria");
    assertThat(maria.getProfile().getDisplayName()).isEqualTo("María").isEqualTo(cli.get("U0MARIA"));
    assertThat(maria.getRealName()).isEqualTo("María García");
    // A deleted user's top-level real_name is empty; the profile keeps it.
    var kim = bot.usersInfo(r -> r.user("U0KIM")).getUser();
    assertThat(kim.getRealName()).isEqualTo("Kim Lee");
    assertThat(kim.getProfile().getDisplayName()).isEqualTo(cli.get("U0KIM"));
    // Someone missing from users.json is named by their message's user_profile.
    var guest = bot.usersInfo(r -> r.user("U0GUEST")).getUser();
    assertThat(guest.getProfile().getDisplayName()).isEqualTo("Guest Gail").isEqualTo(cli.get("U0GUEST"));
    assertThat(guest.getRealName()).isEqualTo("Gail Guest");
  }

  @Test
  void an_integrations_post_shows_as_that_integration_and_is_no_person() throws Exception {
    assertThat(ws.users()).extracting(User::id).doesNotContain("B01", "B02");
    assertThat(ws.channel("C0GEN").orElseThrow().members()).doesNotContain("B01");
    // An archived channel without a members list: its members are who wrote there, no bot.
    assertThat(ws.channel("C0OLD").orElseThrow().members()).containsExactly(ws.botUserId());

    var history = bot.conversationsHistory(r -> r.channel("C0GEN")).getMessages();
    var deploy = history.stream().filter(m -> "1795421100.000100".equals(m.getTs())).findFirst()
        .orElseThrow();
    assertThat(deploy.getUser()).isNull();
    assertThat(deploy.getBotId()).isEqualTo("B01");
    assertThat(deploy.getUsername()).isEqualTo("deploybot");
    assertThat(deploy.getAppId()).isNull();
    var alert = ws.messages("C0OLD").get(0);
    assertThat(alert.user()).isNull();
    assertThat(alert.username()).isEqualTo("Alerts");
  }

  @Test
  void an_exported_messages_files_are_shared_with_it_as_live_files_are() throws Exception {
    var history = bot.conversationsHistory(r -> r.channel("C0GEN")).getMessages();
    var budget = history.stream().filter(m -> "1795420800.000100".equals(m.getTs())).findFirst()
        .orElseThrow();
    assertThat(budget.getFiles()).extracting(f -> f.getName(), f -> f.getFiletype())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("budget.xlsx", "xlsx"),
            org.assertj.core.groups.Tuple.tuple("notes.txt", "text"));
    // The spreadsheet's bytes are not in the export: named, with nothing to download.
    assertThat(budget.getFiles().get(0).getUrlPrivate()).isNull();
    // The text file's preview is its content, served where live files are, with the bot token.
    var notes = budget.getFiles().get(1);
    var http = java.net.http.HttpClient.newHttpClient();
    var served = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(notes.getUrlPrivate()))
        .header("Authorization", "Bearer " + ws.botToken()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body()).isEqualTo("Freeze starts Friday.\nOmar owns the list.");
    assertThat(ws.uploadsOf("C0GEN", "1795420800.000100")).extracting(SharedUpload::mimetype)
        .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "text/plain");
  }

  @Test
  void an_exported_edit_stays_an_edit() throws Exception {
    assertThat(ws.message("C0GEN", "1795420900.000100")).hasValueSatisfying(m -> {
      assertThat(m.edited()).isTrue();
      assertThat(m.editedTs()).isEqualTo("1795421000.000000");
    });
    assertThat(ws.message("C0GEN", "1795420800.000100").orElseThrow().edited()).isFalse();
    var history = bot.conversationsHistory(r -> r.channel("C0GEN")).getMessages();
    assertThat(history.stream().filter(m -> "1795420900.000100".equals(m.getTs())).findFirst()
        .orElseThrow().getEdited().getTs()).isEqualTo("1795421000.000000");
  }
}

package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One emulator serves several workspaces of one app: the Web API answers each call from the
 * workspace its token belongs to, and each workspace's people act with its own team id.
 */
class SeveralWorkspacesTest {

  private final Workspace a = Workspace.sample();
  private final Workspace b = a.sameApp("T0OTHER", "other-co");
  private final SlackEmulator emulator = SlackEmulator.start(a);
  private final SlackEmulator other = emulator.join(b);
  private final Slack slack;
  private final MethodsClient asA;
  private final MethodsClient asB;

  SeveralWorkspacesTest() {
    b.addUser("U0BEA", "bea", "Bea Lind", "Europe/Oslo", false);
    b.addChannel("C0BGENERAL", "general", false, "U0BEA", b.botUserId());
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    asA = slack.methods(a.botToken());
    asB = slack.methods(b.botToken());
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
    slack.close();
  }

  @Test
  void each_token_speaks_for_its_own_workspace_on_the_one_address() throws Exception {
    AuthTestResponse meA = asA.authTest(r -> r);
    AuthTestResponse meB = asB.authTest(r -> r);

    assertThat(other.apiUrl()).isEqualTo(emulator.apiUrl());
    assertThat(meA.getTeamId()).isEqualTo("T0SANDBOX");
    assertThat(meB.getTeamId()).isEqualTo("T0OTHER");
    assertThat(meB.getUrl()).isEqualTo("https://other-co.slack.com/");
    assertThat(b.signingSecret()).isEqualTo(a.signingSecret());
    assertThat(b.botToken()).isNotEqualTo(a.botToken());
  }

  @Test
  void a_token_asking_for_another_workspace_s_channel_gets_channel_not_found() throws Exception {
    ConversationsInfoResponse mine = asB.conversationsInfo(r -> r.channel("C0BGENERAL"));
    ConversationsInfoResponse theirs = asB.conversationsInfo(r -> r.channel("C0GENERAL"));
    ConversationsHistoryResponse history = asA.conversationsHistory(r -> r.channel("C0BGENERAL"));
    ChatPostMessageResponse post = asA.chatPostMessage(r -> r.channel("C0BGENERAL").text("hello"));

    assertThat(mine.isOk()).isTrue();
    assertThat(theirs.getError()).isEqualTo("channel_not_found");
    assertThat(history.getError()).isEqualTo("channel_not_found");
    assertThat(post.getError()).isEqualTo("channel_not_found");
    assertThat(b.messages("C0BGENERAL")).isEmpty();
  }

  @Test
  void posts_land_in_the_token_s_workspace_and_are_recorded_there() throws Exception {
    asB.chatPostMessage(r -> r.channel("C0BGENERAL").text("for B"));

    assertThat(b.messages("C0BGENERAL")).extracting(StoredMessage::text).containsExactly("for B");
    assertThat(other.calls("chat.postMessage")).hasSize(1);
    assertThat(emulator.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void a_workspace_s_events_and_commands_carry_its_team_id() throws Exception {
    try (RecordingApp app = new RecordingApp()) {
      emulator.setAppUrl(app.url());
      other.setAppUrl(app.url());
      emulator.setMessageEvents(true);
      other.setMessageEvents(true);
      other.userPosts("C0BGENERAL", null, "U0BEA", "morning");
      other.slashCommand("U0BEA", "C0BGENERAL", "/summarize", "");
      emulator.userPosts("C0GENERAL", null, SampleWorkspace.ALICE, "bonjour");

      JsonObject event = JsonParser.parseString(received(app, "morning")).getAsJsonObject();
      assertThat(event.get("team_id").getAsString()).isEqualTo("T0OTHER");
      assertThat(received(app, "command=")).contains("team_id=T0OTHER").doesNotContain("T0SANDBOX");
      JsonObject fromA = JsonParser.parseString(received(app, "bonjour")).getAsJsonObject();
      assertThat(fromA.get("team_id").getAsString()).isEqualTo("T0SANDBOX");
    }
  }

  private static String received(RecordingApp app, String containing) {
    return app.received().stream().map(RecordingApp.Received::body).filter(body -> body.contains(containing))
        .findFirst().orElseThrow();
  }
}

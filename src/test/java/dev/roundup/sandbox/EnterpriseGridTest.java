package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An Enterprise Grid org with Roundup installed org-wide: one token speaks in every workspace of
 * the org, each call answered from the workspace it names; events, commands and interactions carry
 * the org; oauth.v2.access answers an org-wide install.
 */
class EnterpriseGridTest {

  private final Enterprise grid = new Enterprise("E0GRID", "grid-co");
  private final Workspace alpha = grid.addWorkspace("T0ALPHA", "alpha-co");
  private final Workspace bravo = grid.addWorkspace("T0BRAVO", "bravo-co");
  private final Workspace outside = alpha.sameApp("T0OUTSIDE", "outside-co");
  private final SlackEmulator emulator = SlackEmulator.start(alpha);
  private final SlackEmulator bravoSide = emulator.join(bravo);
  private final SlackEmulator outsideSide = emulator.join(outside);
  private final Slack slack;
  private final MethodsClient asOrg;

  EnterpriseGridTest() {
    alpha.addUser("U0AANNA", "anna", "Anna Berg", "Europe/Paris", false);
    alpha.addChannel("C0AGENERAL", "general", false, "U0AANNA", alpha.botUserId());
    bravo.addUser("U0BBEA", "bea", "Bea Lind", "Europe/Oslo", false);
    bravo.addChannel("C0BGENERAL", "general", false, "U0BBEA", bravo.botUserId());
    outside.addChannel("C0OGENERAL", "general", false, outside.botUserId());
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(emulator.apiUrl());
    config.setStatsEnabled(false);
    slack = Slack.getInstance(config);
    asOrg = slack.methods(grid.botToken());
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
    slack.close();
  }

  @Test
  void the_org_token_is_answered_in_each_workspace_of_the_org_that_a_call_names_and_nowhere_else()
      throws Exception {
    asOrg.chatPostMessage(r -> r.channel("C0BGENERAL").text("for bravo"));
    asOrg.chatPostMessage(r -> r.channel("C0AGENERAL").text("for alpha"));
    var info = asOrg.usersInfo(r -> r.user("U0BBEA"));
    var elsewhere = asOrg.conversationsInfo(r -> r.channel("C0OGENERAL"));
    var outsideAuth = slack.methods(outside.botToken()).authTest(r -> r);

    assertThat(bravo.messages("C0BGENERAL")).extracting(StoredMessage::text).containsExactly("for bravo");
    assertThat(alpha.messages("C0AGENERAL")).extracting(StoredMessage::text).containsExactly("for alpha");
    assertThat(bravoSide.calls("chat.postMessage")).hasSize(1);
    assertThat(emulator.calls("chat.postMessage")).hasSize(1);
    assertThat(info.getUser().getRealName()).isEqualTo("Bea Lind");
    assertThat(elsewhere.getError()).as("a workspace outside the org").isEqualTo("channel_not_found");
    assertThat(outsideSide.calls()).hasSize(1);
    assertThat(outsideAuth.getTeamId()).isEqualTo("T0OUTSIDE");
    assertThat(alpha.botUserId()).isEqualTo(bravo.botUserId()).isEqualTo(Enterprise.BOT_USER_ID);
  }

  @Test
  void listing_channels_with_the_org_token_lists_those_of_the_workspace_named_by_team_id() throws Exception {
    var bravoChannels = asOrg.conversationsList(r -> r.teamId("T0BRAVO"));
    var alphaChannels = asOrg.conversationsList(r -> r.teamId("T0ALPHA"));

    assertThat(bravoChannels.getChannels()).extracting(c -> c.getId()).containsExactly("C0BGENERAL");
    assertThat(alphaChannels.getChannels()).extracting(c -> c.getId()).containsExactly("C0AGENERAL");
  }

  @Test
  void auth_test_with_the_org_token_answers_the_org_and_with_a_workspace_token_the_workspace() throws Exception {
    AuthTestResponse org = asOrg.authTest(r -> r);
    AuthTestResponse own = slack.methods(alpha.botToken()).authTest(r -> r);

    assertThat(org.isEnterpriseInstall()).isTrue();
    assertThat(org.getEnterpriseId()).isEqualTo("E0GRID");
    assertThat(org.getUserId()).isEqualTo(Enterprise.BOT_USER_ID);
    assertThat(own.isEnterpriseInstall()).isFalse();
    assertThat(own.getTeamId()).isEqualTo("T0ALPHA");
    assertThat(own.getEnterpriseId()).isEqualTo("E0GRID");
  }

  @Test
  void an_install_in_a_workspace_of_the_org_is_org_wide() throws Exception {
    OAuthV2AccessResponse install = slack.methods().oauthV2Access(r -> r.clientId(OAuthAccess.CLIENT_ID)
        .clientSecret(OAuthAccess.CLIENT_SECRET).code("code-1"));

    assertThat(install.isOk()).isTrue();
    assertThat(install.isEnterpriseInstall()).isTrue();
    assertThat(install.getEnterprise().getId()).isEqualTo("E0GRID");
    assertThat(install.getTeam()).isNull();
    assertThat(install.getAccessToken()).isEqualTo(grid.botToken());
  }

  @Test
  void events_and_commands_of_an_org_workspace_carry_the_org_and_the_workspace() throws Exception {
    try (RecordingApp app = new RecordingApp()) {
      bravoSide.setAppUrl(app.url());
      bravoSide.setMessageEvents(true);
      bravoSide.userPosts("C0BGENERAL", null, "U0BBEA", "morning");
      bravoSide.slashCommand("U0BBEA", "C0BGENERAL", "/summarize", "");

      JsonObject event = JsonParser.parseString(received(app, "morning")).getAsJsonObject();
      assertThat(event.get("team_id").getAsString()).isEqualTo("T0BRAVO");
      assertThat(event.get("enterprise_id").getAsString()).isEqualTo("E0GRID");
      JsonObject authorization = event.getAsJsonArray("authorizations").get(0).getAsJsonObject();
      assertThat(authorization.get("is_enterprise_install").getAsBoolean()).isTrue();
      assertThat(authorization.get("team_id").isJsonNull()).isTrue();
      assertThat(received(app, "command=")).contains("team_id=T0BRAVO", "enterprise_id=E0GRID",
          "is_enterprise_install=true");
    }
  }

  private static String received(RecordingApp app, String containing) {
    return app.received().stream().map(RecordingApp.Received::body).filter(body -> body.contains(containing))
        .findFirst().orElseThrow();
  }
}

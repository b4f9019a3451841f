package dev.roundup.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.response.auth.AuthTestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebApiAuthTest {

  private final EmulatorFixture fx = new EmulatorFixture();

  @AfterEach
  void stop() throws Exception {
    fx.close();
  }

  @Test
  void auth_test_with_the_bot_token_names_the_bot_and_team() throws Exception {
    AuthTestResponse response = fx.bot.authTest(r -> r);

    assertThat(response.isOk()).isTrue();
    assertThat(response.getUserId()).isEqualTo(fx.workspace.botUserId());
    assertThat(response.getTeamId()).isEqualTo("T0SANDBOX");
    assertThat(response.getBotId()).isEqualTo("B0BOT");
    assertThat(response.getUrl()).isEqualTo("https://roundup-sandbox.slack.com/");
  }

  @Test
  void an_unknown_token_is_invalid_auth() throws Exception {
    AuthTestResponse response = fx.slack.methods("xoxb-not-a-real-token").authTest(r -> r);

    assertThat(response.isOk()).isFalse();
    assertThat(response.getError()).isEqualTo("invalid_auth");
  }

  @Test
  void a_call_without_any_token_is_not_authed() throws Exception {
    AuthTestResponse response = fx.slack.methods().authTest(r -> r);

    assertThat(response.isOk()).isFalse();
    assertThat(response.getError()).isEqualTo("not_authed");
  }

  @Test
  void the_token_may_also_come_as_a_form_parameter() throws Exception {
    AuthTestResponse response = fx.slack.methods().authTest(r -> r.token(fx.workspace.botToken()));

    assertThat(response.isOk()).isTrue();
  }
}

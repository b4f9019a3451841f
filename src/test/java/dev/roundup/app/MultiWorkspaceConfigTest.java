package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Which mode serve runs in, and what multi-workspace mode needs before it starts. */
class MultiWorkspaceConfigTest {

  private static final String KEY = "q83vEjRWeJqrze8SNFZ4mqvN7xI0VniaEjRWeJqrze8=";
  private final Properties file = new Properties();
  private final Map<String, String> env = new HashMap<>(Map.of(
      "SLACK_CLIENT_ID", "1234.5678", "SLACK_CLIENT_SECRET", "client-secret-value",
      "SLACK_SIGNING_SECRET", "shh-secret", "ROUNDUP_ENCRYPTION_KEY", KEY));

  @Test
  void client_id_and_secret_without_a_bot_token_mean_multi_workspace_mode() {
    Config.Slack slack = Config.load(file, env).slack();

    assertThat(slack.isMultiWorkspace()).isTrue();
    assertThat(slack.botToken()).isNull();
    assertThat(slack.multiWorkspace().clientId()).isEqualTo("1234.5678");
    assertThat(slack.multiWorkspace().encryptionKey()).isEqualTo(KEY);
    assertThat(slack.multiWorkspace().oldKeys()).isEmpty();
  }

  @Test
  void a_bot_token_keeps_single_workspace_mode_even_with_oauth_credentials_set() {
    env.put("SLACK_BOT_TOKEN", "xoxb-1-secret");

    Config.Slack slack = Config.load(file, env).slack();

    assertThat(slack.isMultiWorkspace()).isFalse();
    assertThat(slack.botToken()).isEqualTo("xoxb-1-secret");
  }

  @Test
  void multi_workspace_mode_refuses_to_start_without_an_encryption_key_in_one_line() {
    env.remove("ROUNDUP_ENCRYPTION_KEY");

    assertThatThrownBy(() -> Config.load(file, env)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("needs ROUNDUP_ENCRYPTION_KEY")
        .hasMessageContaining("openssl rand -base64 32")
        .hasMessageNotContaining("\n");
  }

  @Test
  void a_malformed_current_or_old_key_is_refused_naming_the_variable() {
    env.put("ROUNDUP_ENCRYPTION_KEY", "dG9vIHNob3J0");
    assertThatThrownBy(() -> Config.load(file, env)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("ROUNDUP_ENCRYPTION_KEY holds 9 bytes, not 32");

    env.put("ROUNDUP_ENCRYPTION_KEY", KEY);
    env.put("ROUNDUP_ENCRYPTION_OLD_KEYS", KEY + ",nope");
    assertThatThrownBy(() -> Config.load(file, env)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("ROUNDUP_ENCRYPTION_OLD_KEYS");
  }

  @Test
  void multi_workspace_mode_needs_the_signing_secret_and_http() {
    env.remove("SLACK_SIGNING_SECRET");
    assertThatThrownBy(() -> Config.load(file, env)).hasMessageContaining("SLACK_SIGNING_SECRET");

    env.put("SLACK_SIGNING_SECRET", "shh-secret");
    env.put("SLACK_APP_TOKEN", "xapp-1-A1-1-abc");
    assertThatThrownBy(() -> Config.load(file, env)).hasMessageContaining("runs over HTTP");
  }

  @Test
  void secrets_of_multi_workspace_mode_never_appear_in_to_string() {
    env.put("ROUNDUP_ENCRYPTION_OLD_KEYS", "c2VjcmV0LW9sZC1rZXktdmFsdWUtMzItYnl0ZXMhISE=");

    String shown = Config.load(file, env).toString();

    assertThat(shown).contains("1234.5678").doesNotContain("client-secret-value").doesNotContain(KEY)
        .doesNotContain("c2VjcmV0LW9sZC1rZXktdmFsdWUtMzItYnl0ZXMhISE=").doesNotContain("shh-secret");
  }
}

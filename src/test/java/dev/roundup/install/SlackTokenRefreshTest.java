package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import dev.roundup.sandbox.OAuthAccess;
import dev.roundup.store.WorkspaceDirectory;
import dev.roundup.sandbox.SlackEmulator;
import dev.roundup.sandbox.Workspace;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token rotation against the emulator's oauth.v2.access, over HTTP. */
class SlackTokenRefreshTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));
  private SlackEmulator slack;
  private MethodsClient methods;

  @BeforeEach
  void start() {
    slack = SlackEmulator.start(Workspace.sample());
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    config.setStatsEnabled(false);
    methods = Slack.getInstance(config).methods();
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  private String installedRefreshToken() throws Exception {
    OAuthV2AccessResponse install = methods.oauthV2Access(r -> r.clientId(OAuthAccess.CLIENT_ID)
        .clientSecret(OAuthAccess.CLIENT_SECRET).code("code-1"));
    assertThat(install.isOk()).isTrue();
    return install.getRefreshToken();
  }

  @Test
  void a_refresh_token_is_traded_once_for_a_new_pair_that_expires_in_twelve_hours() throws Exception {
    String first = installedRefreshToken();
    SlackTokenRefresh refresh = new SlackTokenRefresh(methods, OAuthAccess.CLIENT_ID, OAuthAccess.CLIENT_SECRET, clock);

    TokenRefresh.Refreshed pair = refresh.refresh(first);

    assertThat(pair.accessToken()).isEqualTo(slack.workspace().botToken());
    assertThat(pair.refreshToken()).isNotBlank().isNotEqualTo(first);
    assertThat(pair.expiresAt()).isEqualTo(clock.instant().plusSeconds(OAuthAccess.EXPIRES_IN));
    assertThatThrownBy(() -> refresh.refresh(first)).isInstanceOf(TokenRefresh.RefreshFailed.class)
        .hasMessageContaining("invalid_refresh_token");
    assertThat(refresh.refresh(pair.refreshToken()).refreshToken()).isNotEqualTo(pair.refreshToken());
  }

  @Test
  void a_stored_bot_token_about_to_expire_is_refreshed_through_slack_and_stored_again_encrypted() throws Exception {
    String installed = installedRefreshToken();
    try (ScratchDatabase db = ScratchDatabase.h2()) {
      JdbcInstallationService service = new JdbcInstallationService(db.dataSource(),
          new TokenCipher(EncryptionKeys.parse(TokenCipherTest.newKey(), null)),
          new SlackTokenRefresh(methods, OAuthAccess.CLIENT_ID, OAuthAccess.CLIENT_SECRET, clock),
          Duration.ofMinutes(5), clock, new WorkspaceDirectory(db.dataSource(), clock));
      DefaultInstaller install = JdbcInstallationServiceTest.install(null, slack.workspace().teamId(),
          slack.workspace().botToken(), "U1", null);
      install.setBotRefreshToken(installed);
      install.setBotTokenExpiresAt(clock.instant().plusSeconds(OAuthAccess.EXPIRES_IN).toEpochMilli());
      service.saveInstallerAndBot(install);

      clock.advance(Duration.ofSeconds(OAuthAccess.EXPIRES_IN).minus(Duration.ofMinutes(4)));
      assertThat(new InstalledBotTokens(service).botToken(slack.workspace().teamId()))
          .contains(slack.workspace().botToken());

      Bot stored = service.findBot(null, slack.workspace().teamId());
      assertThat(stored.getBotRefreshToken()).isNotEqualTo(installed);
      assertThat(stored.getBotTokenExpiresAt())
          .isEqualTo(clock.instant().plusSeconds(OAuthAccess.EXPIRES_IN).toEpochMilli());
      // The spent refresh token is Slack's no longer: the refresh really went to Slack.
      assertThatThrownBy(() -> new SlackTokenRefresh(methods, OAuthAccess.CLIENT_ID, OAuthAccess.CLIENT_SECRET,
          clock).refresh(installed)).hasMessageContaining("invalid_refresh_token");
    }
  }

  @Test
  void wrong_app_credentials_are_refused_with_slacks_error() throws Exception {
    String token = installedRefreshToken();

    assertThatThrownBy(() -> new SlackTokenRefresh(methods, OAuthAccess.CLIENT_ID, "wrong", clock).refresh(token))
        .isInstanceOf(TokenRefresh.RefreshFailed.class).hasMessageContaining("bad_client_secret");
  }
}

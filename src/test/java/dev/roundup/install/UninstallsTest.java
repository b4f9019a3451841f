package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What each way of taking Roundup out deletes, and when the workspace counts as removed. */
class UninstallsTest {

  private final List<String> removed = new ArrayList<>();

  private JdbcInstallationService installed(ScratchDatabase db) {
    JdbcInstallationService service = new JdbcInstallationService(db.dataSource(),
        new TokenCipher(EncryptionKeys.parse(TokenCipherTest.newKey(), null)), r -> {
          throw new TokenRefresh.RefreshFailed("none", null);
        }, Duration.ofMinutes(5), new TestClock(Instant.parse("2026-11-30T09:00:00Z")));
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install(null, "T1", "xoxb-1", "U1", "xoxp-1"));
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install(null, "T1", "xoxb-1", "U2", "xoxp-2"));
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install(null, "T2", "xoxb-2", "U1", "xoxp-3"));
    return service;
  }

  @OnEachDatabase
  void people_revoking_their_tokens_deletes_only_theirs_and_the_workspace_stays(ScratchDatabase db) {
    JdbcInstallationService service = installed(db);

    new Uninstalls(service, removed::add).tokensRevoked(null, "T1", List.of(), List.of("U1"));

    assertThat(service.findInstaller(null, "T1", "U1")).isNull();
    assertThat(service.findInstaller(null, "T1", "U2").getInstallerUserAccessToken()).isEqualTo("xoxp-2");
    assertThat(service.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-1");
    assertThat(removed).isEmpty();
  }

  @OnEachDatabase
  void a_revoked_bot_token_is_deleted_and_the_workspace_counts_as_removed(ScratchDatabase db) {
    JdbcInstallationService service = installed(db);

    new Uninstalls(service, removed::add).tokensRevoked(null, "T1", List.of("U0BOT"), List.of());

    assertThat(service.findBot(null, "T1")).isNull();
    assertThat(service.findBot(null, "T2").getBotAccessToken()).isEqualTo("xoxb-2");
    assertThat(removed).containsExactly("T1");
  }

  @OnEachDatabase
  void an_uninstall_deletes_every_token_of_that_workspace_only(ScratchDatabase db) {
    JdbcInstallationService service = installed(db);

    new Uninstalls(service, removed::add).appUninstalled(null, "T1");

    assertThat(service.findBot(null, "T1")).isNull();
    assertThat(service.findInstaller(null, "T1", null)).isNull();
    assertThat(new InstalledBotTokens(service).botToken("T2")).contains("xoxb-2");
    assertThat(removed).containsExactly("T1");
  }
}

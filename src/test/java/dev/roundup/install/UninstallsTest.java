package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import dev.roundup.store.WorkspaceDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What each way of taking Roundup out deletes, and when the workspace counts as removed. */
class UninstallsTest {

  private final List<String> removed = new ArrayList<>();

  private final TestClock clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));

  /** The process's one directory, shared by the installation store and the uninstalls, as in Roundup. */
  private WorkspaceDirectory directory;

  private Uninstalls uninstalls(ScratchDatabase db, JdbcInstallationService service) {
    return new Uninstalls(service, directory, removed::add);
  }

  private JdbcInstallationService service(ScratchDatabase db) {
    directory = new WorkspaceDirectory(db.dataSource(), clock);
    return new JdbcInstallationService(db.dataSource(),
        new TokenCipher(EncryptionKeys.parse(TokenCipherTest.newKey(), null)), r -> {
          throw new TokenRefresh.RefreshFailed("none", null);
        }, Duration.ofMinutes(5), clock, directory);
  }

  private JdbcInstallationService installed(ScratchDatabase db) {
    JdbcInstallationService service = service(db);
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install(null, "T1", "xoxb-1", "U1", "xoxp-1"));
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install(null, "T1", "xoxb-1", "U2", "xoxp-2"));
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install(null, "T2", "xoxb-2", "U1", "xoxp-3"));
    return service;
  }

  @OnEachDatabase
  void people_revoking_their_tokens_deletes_only_theirs_and_the_workspace_stays(ScratchDatabase db) {
    JdbcInstallationService service = installed(db);

    uninstalls(db, service).tokensRevoked(null, "T1", List.of(), List.of("U1"), false);

    assertThat(service.findInstaller(null, "T1", "U1")).isNull();
    assertThat(service.findInstaller(null, "T1", "U2").getInstallerUserAccessToken()).isEqualTo("xoxp-2");
    assertThat(service.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-1");
    assertThat(removed).isEmpty();
  }

  @OnEachDatabase
  void a_revoked_bot_token_is_deleted_and_the_workspace_counts_as_removed(ScratchDatabase db) {
    JdbcInstallationService service = installed(db);

    uninstalls(db, service).tokensRevoked(null, "T1", List.of("U0BOT"), List.of(), false);

    assertThat(service.findBot(null, "T1")).isNull();
    assertThat(service.findBot(null, "T2").getBotAccessToken()).isEqualTo("xoxb-2");
    assertThat(removed).containsExactly("T1");
  }

  @OnEachDatabase
  void an_uninstall_deletes_every_token_of_that_workspace_only(ScratchDatabase db) {
    JdbcInstallationService service = installed(db);

    uninstalls(db, service).appUninstalled(null, "T1", false);

    assertThat(service.findBot(null, "T1")).isNull();
    assertThat(service.findInstaller(null, "T1", null)).isNull();
    assertThat(new InstalledBotTokens(service).botToken("T2")).contains("xoxb-2");
    assertThat(removed).containsExactly("T1");
  }

  /** An org-wide install serving T1 and T2 of org E1; T3 of the org has its own; T4 is in another org. */
  private JdbcInstallationService orgInstalled(ScratchDatabase db) {
    JdbcInstallationService service = service(db);
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install("E1", null, "xoxb-org", "U1", null));
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install("E1", "T3", "xoxb-3", "U1", null));
    service.saveInstallerAndBot(JdbcInstallationServiceTest.install("E2", "T4", "xoxb-4", "U1", null));
    WorkspaceDirectory directory = new WorkspaceDirectory(db.dataSource(), clock);
    directory.record("T1", "E1");
    directory.record("T2", "E1");
    return service;
  }

  @OnEachDatabase
  void an_org_wide_uninstall_removes_every_workspace_of_the_org_that_had_no_installation_of_its_own(
      ScratchDatabase db) {
    JdbcInstallationService service = orgInstalled(db);
    InstalledBotTokens tokens = new InstalledBotTokens(service);
    assertThat(tokens.botToken("T1")).contains("xoxb-org");

    // Slack names the org and, for an org-wide installation, no workspace of it.
    uninstalls(db, service).appUninstalled("E1", null, true);

    assertThat(removed).containsExactlyInAnyOrder("T1", "T2");
    assertThat(tokens.botToken("T1")).isEmpty();
    assertThat(tokens.botToken("T3")).contains("xoxb-3");
    assertThat(tokens.botToken("T4")).contains("xoxb-4");
  }

  @OnEachDatabase
  void an_org_wide_bot_token_revoked_removes_the_org_s_workspaces_and_a_workspace_uninstall_only_its_own(
      ScratchDatabase db) {
    JdbcInstallationService service = orgInstalled(db);

    uninstalls(db, service).appUninstalled("E1", "T3", false);
    assertThat(removed).containsExactly("T3");
    assertThat(new InstalledBotTokens(service).botToken("T3")).as("the org's token now speaks for it")
        .contains("xoxb-org");

    removed.clear();
    uninstalls(db, service).tokensRevoked("E1", "E1", List.of("U0BOT"), List.of(), true);
    assertThat(removed).containsExactlyInAnyOrder("T1", "T2", "T3");
  }

  @OnEachDatabase
  void an_org_taking_roundup_out_of_some_workspaces_removes_those_without_their_own_installation(
      ScratchDatabase db) {
    JdbcInstallationService service = orgInstalled(db);
    InstalledBotTokens tokens = new InstalledBotTokens(service);

    uninstalls(db, service).teamAccessRevoked("E1", List.of("T1", "T3"));

    assertThat(removed).containsExactly("T1");
    assertThat(tokens.botToken("T1")).isEmpty();
    assertThat(tokens.botToken("T2")).contains("xoxb-org");
    assertThat(tokens.botToken("T3")).as("its own installation").contains("xoxb-3");

    uninstalls(db, service).teamAccessGranted("E1", List.of("T1"));
    assertThat(tokens.botToken("T1")).contains("xoxb-org");
  }
}

package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.roundup.OnEachDatabase;
import dev.roundup.ScratchDatabase;
import dev.roundup.TestClock;
import dev.roundup.store.WorkspaceDirectory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/** The installation store's contract, on H2 and on PostgreSQL. */
class JdbcInstallationServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
  private static final Duration MARGIN = Duration.ofMinutes(5);
  private static final TokenRefresh NO_REFRESH = r -> {
    throw new AssertionError("no refresh expected");
  };

  private final TestClock clock = new TestClock(NOW);
  private final String key = TokenCipherTest.newKey();
  private DataSource dataSource;

  @BeforeEach
  void open(ScratchDatabase db) {
    dataSource = db.dataSource();
  }

  private JdbcInstallationService service(String current, String old, TokenRefresh refresh) {
    return new JdbcInstallationService(dataSource, new TokenCipher(EncryptionKeys.parse(current, old)),
        refresh, MARGIN, clock, new WorkspaceDirectory(dataSource, clock));
  }

  static DefaultInstaller install(String enterprise, String team, String botToken, String user, String userToken) {
    return DefaultInstaller.builder().appId("A0ROUNDUP").enterpriseId(enterprise).teamId(team)
        .teamName("Team " + team).isEnterpriseInstall(team == null)
        .botId("B1").botUserId("U0BOT").botScope("chat:write,commands").botAccessToken(botToken)
        .installerUserId(user).installerUserAccessToken(userToken).installerUserScope(userToken == null ? null : "search:read")
        .installedAt(NOW.toEpochMilli()).build();
  }

  @OnEachDatabase
  void an_installation_reads_back_with_its_tokens_which_are_stored_encrypted() throws SQLException {
    JdbcInstallationService service = service(key, null, NO_REFRESH);

    service.saveInstallerAndBot(install(null, "T1", "xoxb-team-one", "U1", "xoxp-person-one"));

    Bot bot = service.findBot(null, "T1");
    assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-team-one");
    assertThat(bot.getBotUserId()).isEqualTo("U0BOT");
    assertThat(bot.getBotScope()).isEqualTo("chat:write,commands");
    assertThat(bot.getInstalledAt()).isEqualTo(NOW.toEpochMilli());
    Installer person = service.findInstaller(null, "T1", "U1");
    assertThat(person.getInstallerUserAccessToken()).isEqualTo("xoxp-person-one");
    assertThat(person.getBotAccessToken()).isEqualTo("xoxb-team-one");
    assertThat(service.findBot(null, "T2")).isNull();
    assertThat(storedTokens()).isNotEmpty().allSatisfy(v -> assertThat(v)
        .startsWith("v1:").doesNotContain("xoxb").doesNotContain("xoxp").doesNotContain("one"));
  }

  @OnEachDatabase
  void a_reinstall_replaces_the_tokens_of_its_workspace_and_leaves_the_others() {
    JdbcInstallationService service = service(key, null, NO_REFRESH);
    service.saveInstallerAndBot(install(null, "T1", "xoxb-first", "U1", null));
    service.saveInstallerAndBot(install(null, "T2", "xoxb-other", "U2", null));

    service.saveInstallerAndBot(install(null, "T1", "xoxb-second", "U1", null));

    assertThat(service.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-second");
    assertThat(service.findBot(null, "T2").getBotAccessToken()).isEqualTo("xoxb-other");
    assertThat(new InstalledBotTokens(service).botToken("T1")).contains("xoxb-second");
  }

  @OnEachDatabase
  void an_org_wide_grid_install_answers_for_every_workspace_of_its_org_and_no_other() {
    JdbcInstallationService service = service(key, null, NO_REFRESH);

    service.saveInstallerAndBot(install("E1", null, "xoxb-org", "U1", null));

    assertThat(service.findBot("E1", "T7").getBotAccessToken()).isEqualTo("xoxb-org");
    assertThat(service.findBot("E1", null).getIsEnterpriseInstall()).isTrue();
    assertThat(service.findBot("E2", "T7")).isNull();
    assertThat(service.findBot(null, "T7")).isNull();
  }

  @OnEachDatabase
  void a_workspace_recorded_in_an_org_gets_the_org_wide_token_unless_it_has_its_own() {
    WorkspaceDirectory directory = new WorkspaceDirectory(dataSource, clock);
    JdbcInstallationService service = service(key, null, NO_REFRESH);
    service.saveInstallerAndBot(install("E1", null, "xoxb-org", "U1", "xoxp-org"));
    service.saveInstallerAndBot(install("E1", "T3", "xoxb-own", "U1", null));
    directory.record("T1", "E1");
    directory.record("T2", "E2");
    InstalledBotTokens tokens = new InstalledBotTokens(service);

    assertThat(tokens.botToken("T1")).contains("xoxb-org");
    assertThat(tokens.botUserId("T1")).contains("U0BOT");
    assertThat(tokens.botToken("T3")).as("the workspace's own installation first").contains("xoxb-own");
    assertThat(tokens.botToken("T2")).as("another org's workspace").isEmpty();
    assertThat(tokens.botToken("T9")).as("a workspace never seen").isEmpty();
    assertThat(tokens.botToken("")).isEmpty();
    // Bolt asks with the request's org and team: the org's installer answers for its workspaces.
    assertThat(service.findInstaller("E1", "T1", "U1").getInstallerUserAccessToken()).isEqualTo("xoxp-org");
    assertThat(service.findInstaller("E1", "T1", "U1").getBotAccessToken()).isEqualTo("xoxb-org");
    assertThat(service.findInstaller("E2", "T2", "U1")).isNull();
  }

  @OnEachDatabase
  void saving_a_workspace_s_installation_records_the_workspace_and_its_org() {
    JdbcInstallationService service = service(key, null, NO_REFRESH);

    service.saveInstallerAndBot(install("E1", "T1", "xoxb-1", "U1", null));
    service.saveInstallerAndBot(install(null, "T2", "xoxb-2", "U1", null));
    service.saveInstallerAndBot(install("E1", null, "xoxb-org", "U1", null));

    WorkspaceDirectory directory = new WorkspaceDirectory(dataSource, clock);
    assertThat(directory.teams()).containsExactly("T1", "T2");
    assertThat(directory.teamsOf("E1")).containsExactly("T1");
  }

  @OnEachDatabase
  void uninstalling_deletes_every_token_of_the_workspace_and_revoking_deletes_only_those_people() {
    JdbcInstallationService service = service(key, null, NO_REFRESH);
    service.saveInstallerAndBot(install(null, "T1", "xoxb-1", "U1", "xoxp-1"));
    service.saveInstallerAndBot(install(null, "T1", "xoxb-1", "U2", "xoxp-2"));
    service.saveInstallerAndBot(install(null, "T2", "xoxb-2", "U1", "xoxp-3"));

    assertThat(service.deleteUserTokens(null, "T1", List.of("U1"))).isEqualTo(1);
    assertThat(service.findInstaller(null, "T1", "U1")).isNull();
    assertThat(service.findInstaller(null, "T1", "U2").getInstallerUserAccessToken()).isEqualTo("xoxp-2");

    service.deleteAll(null, "T1");

    assertThat(service.findBot(null, "T1")).isNull();
    assertThat(service.findInstaller(null, "T1", null)).isNull();
    assertThat(service.findBot(null, "T2").getBotAccessToken()).isEqualTo("xoxb-2");
    assertThat(service.findInstaller(null, "T2", "U1").getInstallerUserAccessToken()).isEqualTo("xoxp-3");
  }

  @OnEachDatabase
  void rows_written_under_the_old_key_read_after_rotation_and_reencrypt_leaves_none_under_it() throws SQLException {
    String oldKey = key;
    service(oldKey, null, NO_REFRESH).saveInstallerAndBot(install(null, "T1", "xoxb-1", "U1", "xoxp-1"));
    service(oldKey, null, NO_REFRESH).saveInstallerAndBot(install(null, "T2", "xoxb-2", "U2", null));
    String newKey = TokenCipherTest.newKey();
    JdbcInstallationService rotated = service(newKey, oldKey, NO_REFRESH);

    assertThat(rotated.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-1");
    assertThat(rotated.findInstaller(null, "T1", "U1").getInstallerUserAccessToken()).isEqualTo("xoxp-1");

    assertThat(rotated.reencrypt()).isEqualTo(new JdbcInstallationService.Reencrypted(3, 0));
    assertThat(rotated.reencrypt()).isEqualTo(new JdbcInstallationService.Reencrypted(0, 3));

    String newId = EncryptionKeys.parse(newKey, null).currentId();
    assertThat(storedTokens()).hasSize(3).allSatisfy(v -> assertThat(v).startsWith("v1:" + newId + ":"));
    JdbcInstallationService newKeyOnly = service(newKey, null, NO_REFRESH);
    assertThat(newKeyOnly.findBot(null, "T2").getBotAccessToken()).isEqualTo("xoxb-2");
    assertThat(newKeyOnly.findInstaller(null, "T1", "U1").getInstallerUserAccessToken()).isEqualTo("xoxp-1");
  }

  @OnEachDatabase
  void a_bot_token_far_from_expiry_is_handed_out_as_stored() {
    JdbcInstallationService service = service(key, null, NO_REFRESH);
    DefaultInstaller i = install(null, "T1", "xoxe.xoxb-1", "U1", null);
    i.setBotRefreshToken("xoxe-1-refresh");
    i.setBotTokenExpiresAt(NOW.plus(Duration.ofHours(12)).toEpochMilli());
    service.saveInstallerAndBot(i);

    assertThat(new InstalledBotTokens(service).botToken("T1")).contains("xoxe.xoxb-1");
  }

  @OnEachDatabase
  void a_bot_token_about_to_expire_is_refreshed_once_however_many_threads_ask_at_once() throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    int threads = 6;
    CountDownLatch asking = new CountDownLatch(threads);
    TokenRefresh slack = refreshToken -> {
      // Hold the refresh until every thread has asked, so they all contend for it.
      try {
        asking.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      int n = refreshes.incrementAndGet();
      assertThat(refreshToken).isEqualTo("xoxe-1-refresh");
      return new TokenRefresh.Refreshed("xoxe.xoxb-new-" + n, "xoxe-1-refresh-" + n, NOW.plus(Duration.ofHours(12)));
    };
    JdbcInstallationService service = service(key, null, slack);
    DefaultInstaller i = install(null, "T1", "xoxe.xoxb-old", "U1", null);
    i.setBotRefreshToken("xoxe-1-refresh");
    i.setBotTokenExpiresAt(NOW.plus(Duration.ofMinutes(3)).toEpochMilli());
    service.saveInstallerAndBot(i);
    InstalledBotTokens tokens = new InstalledBotTokens(service);

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<String>> answers = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        answers.add(pool.submit(() -> {
          asking.countDown();
          return tokens.botToken("T1").orElseThrow();
        }));
      }
      for (Future<String> answer : answers) {
        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("xoxe.xoxb-new-1");
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(refreshes).hasValue(1);
    Bot stored = service(key, null, NO_REFRESH).findBot(null, "T1");
    assertThat(stored.getBotRefreshToken()).isEqualTo("xoxe-1-refresh-1");
    assertThat(stored.getBotTokenExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)).toEpochMilli());
  }

  @OnEachDatabase
  void a_refused_refresh_hands_out_the_stored_token_and_tries_again_next_time() {
    AtomicInteger attempts = new AtomicInteger();
    JdbcInstallationService service = service(key, null, r -> {
      attempts.incrementAndGet();
      throw new TokenRefresh.RefreshFailed("Slack refused to refresh a token (invalid_refresh_token)", null);
    });
    DefaultInstaller i = install(null, "T1", "xoxe.xoxb-old", "U1", null);
    i.setBotRefreshToken("xoxe-1-refresh");
    i.setBotTokenExpiresAt(NOW.plus(Duration.ofMinutes(1)).toEpochMilli());
    service.saveInstallerAndBot(i);

    assertThat(service.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxe.xoxb-old");
    assertThat(service.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxe.xoxb-old");
    assertThat(attempts).hasValue(2);
  }

  private List<String> storedTokens() throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String sql : List.of("SELECT bot_token, bot_refresh_token FROM slack_installations",
          "SELECT user_token, user_refresh_token FROM slack_installers")) {
        try (ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            for (int col = 1; col <= 2; col++) {
              if (rs.getString(col) != null) {
                values.add(rs.getString(col));
              }
            }
          }
        }
      }
    }
    return values;
  }
}

package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.install.EncryptionKeys;
import dev.roundup.install.JdbcInstallationService;
import dev.roundup.install.TokenCipher;
import dev.roundup.install.TokenCipherTest;
import dev.roundup.install.TokenRefresh;
import dev.roundup.llm.LlmSettings;
import dev.roundup.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reencrypt} on a real H2 file database, as an operator runs it after rotating the key. */
class ReencryptCommandTest {

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {}

  private static String newKey() {
    return TokenCipherTest.newKey();
  }

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("roundup") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  private Config config(String key, String oldKeys) {
    return new Config(new Config.Slack(null, "secret", null, "http://127.0.0.1:1/api/",
        new Config.MultiWorkspace("1.2", "client-secret", key, oldKeys, null)),
        new Config.Server("127.0.0.1", 0), new Config.Database(url(), "sa", "", 2),
        new Config.Work(1, 10, Duration.ofHours(24)), LlmSettings.embedded());
  }

  private Run run(Config config, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new ReencryptCommand(() -> config).run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private void installUnder(String key, String team, String botToken, String user, String userToken) {
    try (Database db = Database.open(url(), "sa", "", 2)) {
      new JdbcInstallationService(db.dataSource(), new TokenCipher(EncryptionKeys.parse(key, null)),
          r -> {
            throw new TokenRefresh.RefreshFailed("none", null);
          }, Duration.ZERO, Clock.systemUTC(), new dev.roundup.store.WorkspaceDirectory(db.dataSource(), Clock.systemUTC()))
          .saveInstallerAndBot(DefaultInstaller.builder().teamId(team).botUserId("U0BOT").botAccessToken(botToken)
              .installerUserId(user).installerUserAccessToken(userToken).build());
    }
  }

  private List<String> storedTokens() throws Exception {
    List<String> values = new ArrayList<>();
    try (Database db = Database.open(url(), "sa", "", 2); Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String sql : List.of("SELECT bot_token FROM slack_installations", "SELECT user_token FROM slack_installers")) {
        try (ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            if (rs.getString(1) != null) {
              values.add(rs.getString(1));
            }
          }
        }
      }
    }
    return values;
  }

  @Test
  void after_a_rotation_every_token_is_rewritten_under_the_new_key_and_the_counts_reported() throws Exception {
    String oldKey = newKey();
    String newKey = newKey();
    installUnder(oldKey, "T1", "xoxb-one", "U1", "xoxp-one");
    installUnder(oldKey, "T2", "xoxb-two", "U2", null);

    Run first = run(config(newKey, oldKey));
    Run again = run(config(newKey, oldKey));

    String newId = EncryptionKeys.parse(newKey, null).currentId();
    assertThat(first.status()).isZero();
    assertThat(first.out().strip()).isEqualTo("Re-encrypted 3 token(s) under key " + newId + "; 0 were already under it.");
    assertThat(again.out().strip()).isEqualTo("Re-encrypted 0 token(s) under key " + newId + "; 3 were already under it.");
    assertThat(storedTokens()).hasSize(3).allSatisfy(v -> assertThat(v).startsWith("v1:" + newId + ":")
        .doesNotContain("xox"));
  }

  @Test
  void a_token_under_a_key_not_given_stops_it_in_one_line_and_changes_nothing() throws Exception {
    String lostKey = newKey();
    installUnder(lostKey, "T1", "xoxb-one", "U1", null);
    installUnder(newKey(), "T2", "xoxb-two", "U2", null);
    List<String> before = storedTokens();

    Run r = run(config(newKey(), ""));

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).doesNotContain("\n").startsWith("reencrypt: nothing was changed: ")
        .contains(EncryptionKeys.parse(lostKey, null).currentId()).contains("ROUNDUP_ENCRYPTION_OLD_KEYS");
    assertThat(storedTokens()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void in_single_workspace_mode_there_is_nothing_to_reencrypt_and_it_says_so() {
    Config single = new Config(new Config.Slack("xoxb-1", "secret", null, "http://127.0.0.1:1/api/"),
        new Config.Server("127.0.0.1", 0), new Config.Database(url(), "sa", "", 2),
        new Config.Work(1, 10, Duration.ofHours(24)), LlmSettings.embedded());

    Run r = run(single);

    assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(r.err().strip()).doesNotContain("\n").contains("multi-workspace mode");
  }

  @Test
  void a_configuration_error_is_one_line_and_exit_2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new ReencryptCommand(() -> {
      throw new ConfigException("Multi-workspace mode needs ROUNDUP_ENCRYPTION_KEY.");
    }).run(List.of(), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("reencrypt: Multi-workspace mode needs ROUNDUP_ENCRYPTION_KEY.");
  }
}

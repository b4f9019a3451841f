package dev.roundup.app;

import dev.roundup.install.EncryptionKeys;
import dev.roundup.install.JdbcInstallationService;
import dev.roundup.install.TokenCipher;
import dev.roundup.install.TokenRefresh;
import dev.roundup.store.Database;
import dev.roundup.store.WorkspaceDirectory;
import dev.roundup.store.StoreException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code reencrypt}: after a key rotation, rewrites every stored Slack token under the current
 * {@code ROUNDUP_ENCRYPTION_KEY}, reading the old ones with {@code ROUNDUP_ENCRYPTION_OLD_KEYS}; then
 * the old keys can be dropped. All or nothing: a token no configured key reads changes nothing.
 */
@Command(name = "reencrypt", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = ReencryptCommand.USAGE,
    description = {"Re-encrypts every stored Slack token (multi-workspace mode) with ROUNDUP_ENCRYPTION_KEY.",
        "Tokens written under an older key are read with ROUNDUP_ENCRYPTION_OLD_KEYS; it reports the counts.",
        "It reads the same configuration as serve (database and keys)."})
public final class ReencryptCommand implements CliCommand {

  static final String USAGE = "Usage: reencrypt";

  private final Supplier<Config> configuration;

  @Spec
  private CommandSpec spec;

  public ReencryptCommand() {
    this(Config::load);
  }

  /** With the configuration given (tests), not read from the environment. */
  ReencryptCommand(Supplier<Config> configuration) {
    this.configuration = configuration;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Config config;
    try {
      config = configuration.get();
    } catch (ConfigException e) {
      err.println("reencrypt: " + e.getMessage());
      return BAD_INPUT;
    }
    if (!config.slack().isMultiWorkspace()) {
      err.println("reencrypt: Roundup is configured for one workspace (SLACK_BOT_TOKEN), which stores no "
          + "tokens; re-encrypting is for multi-workspace mode.");
      return BAD_INPUT;
    }
    Config.MultiWorkspace oauth = config.slack().multiWorkspace();
    EncryptionKeys keys = EncryptionKeys.parse(oauth.encryptionKey(), oauth.oldKeys());
    Config.Database db = config.database().existingOnly();
    try (Database database = Database.open(db.url(), db.user(), db.password(), 2)) {
      JdbcInstallationService installations = new JdbcInstallationService(database.dataSource(),
          new TokenCipher(keys), NO_REFRESH, Duration.ZERO, Clock.systemUTC(),
          new WorkspaceDirectory(database.dataSource(), Clock.systemUTC()));
      JdbcInstallationService.Reencrypted done = installations.reencrypt();
      out.println("Re-encrypted " + done.rewritten() + " token(s) under key " + keys.currentId() + "; "
          + done.alreadyCurrent() + " were already under it.");
      return 0;
    } catch (TokenCipher.UnreadableToken e) {
      err.println("reencrypt: nothing was changed: " + e.getMessage() + ".");
      return 1;
    } catch (StoreException e) {
      err.println("reencrypt: the database failed: " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
      return 1;
    }
  }

  /** Re-encrypting only reads and writes ciphertext; it never asks Slack for anything. */
  private static final TokenRefresh NO_REFRESH = refreshToken -> {
    throw new TokenRefresh.RefreshFailed("re-encrypting refreshes no token", null);
  };
}

package dev.roundup.install;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import dev.roundup.store.WorkspaceDirectory;
import javax.sql.DataSource;

/**
 * Multi-workspace mode's parts, built once: the encrypted installation store, the OAuth states, the
 * tokens by workspace, what an uninstall does, and how Bolt is set up to use them (its install and
 * redirect paths, and its authorize step reading the installation store).
 */
public final class OAuthInstalls {

  /** Where the Add to Slack page is served. */
  public static final String INSTALL_PATH = "/slack/install";
  /** Where Slack sends the person back after they approve (the app's Redirect URL). */
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";
  /** A bot token expiring sooner than this is refreshed before it is used. */
  public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
  /** How long an install link (its state) is good for. */
  public static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

  private final Settings settings;
  private final JdbcInstallationService installations;
  private final JdbcOAuthStateService states;
  private final InstalledBotTokens tokens;
  private final Uninstalls uninstalls;

  /** The app's OAuth client, the key material and where Slack sends installers back (null: the app's only Redirect URL). */
  public record Settings(String clientId, String clientSecret, EncryptionKeys keys, String redirectUri) {}

  /**
   * @param directory the workspaces seen and their Grid orgs: where an org-wide installation finds
   *                  the workspaces it speaks for
   */
  public OAuthInstalls(DataSource dataSource, Slack slack, Settings settings, Clock clock,
      WorkspaceDirectory directory, Consumer<String> workspaceRemoved) {
    this.settings = settings;
    this.installations = new JdbcInstallationService(dataSource, new TokenCipher(settings.keys()),
        new SlackTokenRefresh(slack.methods(), settings.clientId(), settings.clientSecret(), clock),
        REFRESH_MARGIN, clock, directory);
    this.states = new JdbcOAuthStateService(dataSource, clock, STATE_LIFETIME);
    this.tokens = new InstalledBotTokens(installations);
    this.uninstalls = new Uninstalls(installations, directory, workspaceRemoved);
  }

  /** Bolt's settings for an app installed through OAuth: client, scopes, paths and pages. */
  public AppConfig.AppConfigBuilder configure(AppConfig.AppConfigBuilder builder) {
    InstallPages pages = new InstallPages();
    return builder.clientId(settings.clientId()).clientSecret(settings.clientSecret())
        .scope(BotScopes.commaSeparated()).userScope(null).redirectUri(settings.redirectUri())
        .oauthInstallPath(INSTALL_PATH).oauthRedirectUriPath(REDIRECT_PATH)
        .oAuthInstallPageRenderer(pages).oAuthRedirectUriPageRenderer(pages)
        // The installation store refreshes a token due within REFRESH_MARGIN, under a row lock,
        // before Bolt sees it; Bolt's own rotation (no lock) must never find one due.
        .tokenRotationExpirationMillis(Duration.ofMinutes(1).toMillis());
  }

  /** Makes the app's authorize step and OAuth flow use Roundup's stores. */
  public void attach(App app) {
    app.service(installations);
    app.service(states);
    app.asOAuthApp(true);
  }

  public JdbcInstallationService installations() {
    return installations;
  }

  public InstalledBotTokens tokens() {
    return tokens;
  }

  public Uninstalls uninstalls() {
    return uninstalls;
  }
}

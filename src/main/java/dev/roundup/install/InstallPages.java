package dev.roundup.install;

import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthInstallPageRenderer;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;
import java.util.Map;

/**
 * The pages a person sees while installing Roundup: the Add to Slack page ({@code /slack/install}),
 * and after Slack sends them back ({@code /slack/oauth_redirect}) either "installed" or what went
 * wrong, in words, with a link to start again. Bolt renders them through these.
 */
public final class InstallPages implements OAuthInstallPageRenderer, OAuthRedirectUriPageRenderer {

  /** Bolt's and Slack's reasons, said for a person. */
  private static final Map<String, String> REASONS = Map.of(
      "invalid_state", "This install link has expired or was already used.",
      "access_denied", "The install was cancelled in Slack.",
      "invalid_code", "Slack did not accept the install code: it works once and only for a few minutes.",
      "bad_client_secret", "Roundup's Slack app credentials are wrong (SLACK_CLIENT_SECRET); tell whoever runs Roundup.",
      "invalid_client_id", "Roundup's Slack app credentials are wrong (SLACK_CLIENT_ID); tell whoever runs Roundup.",
      "invalid_app_config", "Roundup is not set up for installs; tell whoever runs Roundup.");

  @Override
  public String render(String authorizeUrl) {
    return page("Add Roundup to Slack", "<p>Roundup summarizes threads, answers questions about "
        + "channels, catches you up and posts the digests and recurring tasks you ask for.</p>"
        + "<p><a id=\"add-to-slack\" href=\"" + html(authorizeUrl) + "\">Add to Slack</a></p>");
  }

  @Override
  public String renderSuccessPage(Installer installer, String completionUrl) {
    String team = installer == null ? null
        : installer.getTeamId() != null ? installer.getTeamId() : installer.getEnterpriseId();
    String open = completionUrl != null ? completionUrl
        : installer != null && installer.getTeamId() != null && installer.getAppId() != null
            ? "slack://app?team=" + installer.getTeamId() + "&id=" + installer.getAppId() : "slack://open";
    return page("Roundup is installed", "<p>Roundup is installed" + (team == null ? "" : " in " + html(team))
        + ". Mention @roundup in a thread to get a summary, or type /task or /digest.</p>"
        + "<p><a href=\"" + html(open) + "\">Open Slack</a></p>");
  }

  @Override
  public String renderFailurePage(String installPath, String reason) {
    String said = REASONS.getOrDefault(reason, "Slack answered \u201c" + reason + "\u201d.");
    return page("Roundup was not installed", "<p id=\"reason\">" + html(said) + "</p>"
        + "<p><a href=\"" + html(installPath) + "\">Start the install again</a></p>");
  }

  private static String page(String title, String body) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:3em auto;padding:0 1em}</style>"
        + "</head><body><h1>" + title + "</h1>" + body + "</body></html>";
  }

  private static String html(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}

package dev.roundup.slack;

import dev.roundup.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Downloads a file shared in Slack from its {@code url_private}, with the bot token, and only from
 * Slack's own file host (or the host of the configured Web API, where the Slack emulator serves
 * them): a URL elsewhere is never fetched, so the token is never sent anywhere else. Bounded in
 * size and time; a file that cannot be had says why.
 */
public final class FileFetcher {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Set<String> SLACK_FILE_HOSTS = Set.of("files.slack.com");

  /** The bytes, or why there are none ("too big", "could not be fetched"). */
  public record Fetched(byte[] bytes, String whyNot) { }

  private final WorkspaceTokens tokens;
  private final URI api;
  private final HttpClient http;

  /** With one token, whatever the workspace (tools and tests). */
  public FileFetcher(String botToken, String apiUrl) {
    this(team -> Optional.of(botToken), apiUrl);
  }

  /**
   * @param tokens each workspace's token: a file is fetched with the current {@link Workspace}'s
   * @param apiUrl the configured Web API address ({@code roundup.slack.api-url})
   */
  public FileFetcher(WorkspaceTokens tokens, String apiUrl) {
    this.tokens = tokens;
    this.api = URI.create(apiUrl);
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Whether Roundup may send its token to this URL. */
  boolean isSlacks(URI url) {
    if (url.getHost() == null) {
      return false;
    }
    boolean slack = "https".equals(url.getScheme()) && SLACK_FILE_HOSTS.contains(url.getHost());
    boolean configured = Objects.equals(url.getScheme(), api.getScheme())
        && url.getHost().equals(api.getHost()) && url.getPort() == api.getPort();
    return slack || configured;
  }

  public Fetched fetch(String urlPrivate, int maxBytes) {
    URI url;
    try {
      url = URI.create(urlPrivate);
    } catch (IllegalArgumentException | NullPointerException e) {
      return new Fetched(null, "not a Slack file");
    }
    if (!isSlacks(url)) {
      return new Fetched(null, "not a Slack file");
    }
    Optional<String> botToken = tokens.botToken(Workspace.current());
    if (botToken.isEmpty()) {
      return new Fetched(null, "could not be fetched");
    }
    try {
      HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
          .header("Authorization", "Bearer " + botToken.get()).GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = r.body()) {
        if (r.statusCode() != 200) {
          return new Fetched(null, "could not be fetched");
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? new Fetched(null, "too big") : new Fetched(bytes, null);
      }
    } catch (IOException e) {
      return new Fetched(null, "could not be fetched");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Fetched(null, "could not be fetched");
    }
  }
}

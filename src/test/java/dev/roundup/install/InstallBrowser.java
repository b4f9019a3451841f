package dev.roundup.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser going through Roundup's install over real HTTP: it opens the Add to Slack page,
 * keeps the state cookie, and comes back to the redirect URL as Slack sends it (the emulator's
 * oauth.v2.access then answers the code).
 */
public final class InstallBrowser {

  private static final Pattern ADD_TO_SLACK = Pattern.compile("id=\"add-to-slack\" href=\"([^\"]+)\"");
  private static final Pattern STATE_COOKIE = Pattern.compile("slack-app-oauth-state=([^;]+)");

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;

  /** @param base Roundup's address, {@code http://127.0.0.1:PORT} */
  public InstallBrowser(String base) {
    this.base = base;
  }

  /** What the install page hands the browser: Slack's authorize URL's parameters and the state cookie. */
  public record Started(Map<String, String> authorize, String cookie) {}

  /** Opens the install page; fails unless it offers an Add to Slack link and sets the state cookie. */
  public Started begin() throws Exception {
    HttpResponse<String> page = get("/slack/install", null);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher link = ADD_TO_SLACK.matcher(page.body());
    assertThat(link.find()).as("the page has an Add to Slack link").isTrue();
    URI authorize = URI.create(link.group(1).replace("&amp;", "&"));
    assertThat(authorize.getScheme() + "://" + authorize.getHost() + authorize.getPath())
        .isEqualTo("https://slack.com/oauth/v2/authorize");
    Matcher cookie = STATE_COOKIE.matcher(String.join("\n", page.headers().allValues("set-cookie")));
    assertThat(cookie.find()).as("the state is tied to the browser").isTrue();
    return new Started(query(authorize.getRawQuery()), cookie.group(1));
  }

  /** The whole install: the page, then Slack sending the person back with {@code code}; answers the last page. */
  public HttpResponse<String> install(String code) throws Exception {
    Started started = begin();
    return get("/slack/oauth_redirect?code=" + code + "&state=" + started.authorize().get("state"), started.cookie());
  }

  /** GET {@code path} on Roundup, with the state cookie when not null. */
  public HttpResponse<String> get(String path, String stateCookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (stateCookie != null) {
      request.header("Cookie", "slack-app-oauth-state=" + stateCookie);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}

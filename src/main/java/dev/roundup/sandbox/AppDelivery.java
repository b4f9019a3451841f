package dev.roundup.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** POSTs requests to the app's endpoint, signed now with the workspace's signing secret. */
final class AppDelivery {

  private static final Logger log = LoggerFactory.getLogger(AppDelivery.class);
  /** Slack gives up on a request after 3 seconds; allow more so slow test machines still pass. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Slack retries an event it did not see answered within this time. */
  private static final Duration SLACK_PATIENCE = Duration.ofSeconds(3);

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final RequestSigner signer;
  private volatile String appUrl;

  AppDelivery(String signingSecret) {
    this.signer = new RequestSigner(signingSecret);
  }

  void setAppUrl(String appUrl) {
    this.appUrl = appUrl;
  }

  boolean hasAppUrl() {
    return appUrl != null;
  }

  Delivery signed(String body, String contentType, Map<String, String> extraHeaders,
      String eventId) {
    // Signed with the wall clock, not a test clock: the app checks the timestamp against its own.
    Map<String, String> headers = new LinkedHashMap<>(signer.headers(body,
        Instant.now().getEpochSecond()));
    headers.putAll(extraHeaders);
    return send(body, contentType, headers, eventId);
  }

  Delivery send(String body, String contentType, Map<String, String> headers, String eventId) {
    return send(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType, headers, eventId);
  }

  /** Signs the bytes now and posts them. */
  Delivery signedBytes(byte[] body, String contentType) {
    return send(body, contentType, signer.headers(body, Instant.now().getEpochSecond()), null);
  }

  Delivery send(byte[] body, String contentType, Map<String, String> headers, String eventId) {
    String url = appUrl;
    if (url == null) {
      throw new IllegalStateException("no app URL set and no Socket Mode connection open: call "
          + "setAppUrl(...) or connect the app with the workspace's app token before delivering");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
        .header("Content-Type", contentType)
        .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      long started = System.nanoTime();
      HttpResponse<String> response = client.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      if (took.compareTo(SLACK_PATIENCE) > 0) {
        log.warn("app took {} ms to answer {}; Slack would have given up and retried",
            took.toMillis(), eventId == null ? "a request" : eventId);
      }
      log.debug("delivered {} to {}: HTTP {}", eventId == null ? "request" : eventId, url,
          response.statusCode());
      return new Delivery(response.statusCode(), response.body(), response.headers().map(), eventId);
    } catch (IOException e) {
      throw new UncheckedIOException("delivery to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering to " + url, e);
    }
  }
}

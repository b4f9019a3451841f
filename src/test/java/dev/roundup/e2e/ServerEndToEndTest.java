package dev.roundup.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.roundup.sandbox.RequestSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerEndToEndTest {

  @TempDir
  Path dir;
  RoundupHarness h;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    h = RoundupHarness.start(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static final String BODY = "token=x&team_id=T0SANDBOX&channel_id=C0ENG&user_id=U0BORIS"
      + "&command=%2Fsummarize&text=help&response_url=http%3A%2F%2F127.0.0.1%2Fr&trigger_id=1.2.3";

  @Test
  void unsigned_requests_are_refused_with_401() {
    var r = h.slack.deliverRaw(BODY, "application/x-www-form-urlencoded", Map.of());
    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void a_request_signed_with_another_secret_is_refused_with_401() {
    long now = Instant.now().getEpochSecond();
    var r = h.slack.deliverRaw(BODY, "application/x-www-form-urlencoded",
        new RequestSigner("not-the-secret").headers(BODY, now));
    assertThat(r.status()).isEqualTo(401);
  }

  @Test
  void a_stale_timestamp_is_refused_even_when_correctly_signed() {
    long tenMinutesAgo = Instant.now().minusSeconds(600).getEpochSecond();
    Map<String, String> headers = new HashMap<>(
        new RequestSigner(h.workspace.signingSecret()).headers(BODY, tenMinutesAgo));
    var r = h.slack.deliverRaw(BODY, "application/x-www-form-urlencoded", headers);
    assertThat(r.status()).isEqualTo(401);
    long fresh = Instant.now().getEpochSecond();
    var ok = h.slack.deliverRaw(BODY, "application/x-www-form-urlencoded",
        new RequestSigner(h.workspace.signingSecret()).headers(BODY, fresh));
    assertThat(ok.status()).isEqualTo(200);
  }

  @Test
  void a_request_with_headers_over_the_servers_limit_is_refused_with_431() throws Exception {
    URI base = URI.create(h.baseUrl());
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      // Headers only (no body to race the refusal): one header far over Jetty's 8 KiB limit.
      String request = "POST /slack/events HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
          + RequestSigner.SIGNATURE_HEADER + ": v0=" + "f".repeat(40_000) + "\r\n"
          + "Content-Type: application/json\r\nContent-Length: 0\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(
          socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII)).readLine();
      assertThat(statusLine).startsWith("HTTP/1.1 431");
    }
  }

  @Test
  void health_checks_the_database_and_metrics_speak_prometheus() throws Exception {
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(h.baseUrl() + "/healthz")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"database\":\"ok\"");

    h.slack.slashCommand("U0BORIS", "C0ENG", "/summarize", "help");
    // The ack is timed when its handler returns, which can be just after Slack has the answer.
    await().atMost(Duration.ofSeconds(10)).until(() -> scrape().body()
        .contains("roundup_slack_request_duration_seconds_count{status=\"200\"}"));
    HttpResponse<String> metrics = scrape();
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("roundup_slack_request_duration_seconds_count{status=\"200\"}")
        .contains("roundup_slack_request_duration_seconds_bucket{status=\"200\",le=\"0.003145726\"}");

    h.roundup.database().close();
    HttpResponse<String> down = http.send(HttpRequest.newBuilder(URI.create(h.baseUrl() + "/healthz")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(down.statusCode()).isEqualTo(503);
  }

  private HttpResponse<String> scrape() throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(h.baseUrl() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

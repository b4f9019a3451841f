package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.roundup.TestClock;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SlackApi's waits against a real HTTP server the Slack SDK talks to: rate limits wait what
 * Retry-After says within a total budget, dropped connections back off. The sleeper records the
 * waits instead of spending them.
 */
class SlackApiRetryTest {

  private static final String METHOD = "auth.test";
  private static final Duration BUDGET = Duration.ofSeconds(10);

  private final MockWebServer server = new MockWebServer();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-20T09:00:00Z"));
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Sleeper sleeper = waits::add;
  private final List<Duration> announced = new CopyOnWriteArrayList<>();
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private Slack sdk;
  private SlackApi api;

  @BeforeEach
  void start() throws Exception {
    server.start();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(server.url("/api/").toString());
    config.setStatsEnabled(false);
    sdk = Slack.getInstance(config);
    // Jitter pinned just under 1, so each backoff is just under its ceiling.
    api = new SlackApi(sdk.methods("xoxb-test"), SlackApi.retryPolicy(BUDGET), sleeper, clock,
        () -> 0.999, metrics);
  }

  @AfterEach
  void stop() throws Exception {
    sdk.close();
    server.shutdown();
  }

  private AuthTestResponse authTest() {
    return api.call(METHOD, m -> m.authTest(r -> r), announced::add);
  }

  private SlackCallException authTestFailure() {
    return catchThrowableOfType(SlackCallException.class, this::authTest);
  }

  private static MockResponse slack(int status, String error) {
    JsonObject body = new JsonObject();
    body.addProperty("ok", error == null);
    if (error == null) {
      body.addProperty("user_id", "U0ROUNDUP");
    } else {
      body.addProperty("error", error);
    }
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8").setBody(body.toString());
  }

  private static MockResponse ok() {
    return slack(200, null);
  }

  private static MockResponse rateLimited(String retryAfter) {
    return slack(429, "ratelimited").setHeader("Retry-After", retryAfter);
  }

  private double counted(String name, String... tags) {
    var counter = metrics.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void a_rate_limited_call_waits_what_retry_after_says_then_succeeds() {
    server.enqueue(rateLimited("3"));
    server.enqueue(ok());

    AuthTestResponse response = authTest();

    assertThat(response.getUserId()).isEqualTo("U0ROUNDUP");
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
    assertThat(announced).containsExactly(Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(counted("roundup_slack_rate_limited_total", "method", METHOD)).isEqualTo(1);
  }

  @Test
  void a_retry_after_given_as_an_http_date_is_honoured() {
    String inSevenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(clock.instant().plusSeconds(7).atZone(ZoneOffset.UTC));
    server.enqueue(rateLimited(inSevenSeconds));
    server.enqueue(ok());

    authTest();

    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void waits_that_would_add_up_beyond_the_budget_end_in_ratelimited() {
    server.enqueue(rateLimited("6"));
    server.enqueue(rateLimited("6"));
    server.enqueue(ok());

    SlackCallException failure = authTestFailure();

    assertThat(failure.error()).isEqualTo("ratelimited");
    // The first wait fits the 10 s budget; the second would make 12 s, so it is not waited.
    assertThat(waits).containsExactly(Duration.ofSeconds(6));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(counted("roundup_slack_api_errors_total", "method", METHOD, "error", "ratelimited"))
        .isEqualTo(1);
  }

  @Test
  void a_single_retry_after_longer_than_the_budget_fails_at_once_instead_of_retrying_early() {
    server.enqueue(rateLimited("600"));
    server.enqueue(ok());

    SlackCallException failure = authTestFailure();

    assertThat(failure.error()).isEqualTo("ratelimited");
    assertThat(waits).isEmpty();
    assertThat(announced).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a_retry_after_of_zero_or_in_the_past_still_waits_a_second() {
    server.enqueue(rateLimited("0"));
    server.enqueue(rateLimited(DateTimeFormatter.RFC_1123_DATE_TIME
        .format(clock.instant().minusSeconds(30).atZone(ZoneOffset.UTC))));
    server.enqueue(ok());

    authTest();

    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void network_errors_are_retried_with_growing_backoff_then_fail_with_network_error() {
    MockResponse hangUp = new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return hangUp;
      }

      // The server reads the socket policy from peek() when a connection opens.
      @Override
      public MockResponse peek() {
        return hangUp;
      }
    });

    SlackCallException failure = authTestFailure();

    assertThat(failure.error()).isEqualTo("network_error");
    // Three attempts, two waits: just under the 500 ms and then the 1 s backoff ceilings.
    assertThat(waits).containsExactly(Duration.ofMillis(499), Duration.ofMillis(999));
    assertThat(announced).isEmpty();
    assertThat(counted("roundup_slack_api_errors_total", "method", METHOD, "error", "network_error"))
        .isEqualTo(1);
  }

  @Test
  void a_dropped_connection_is_retried_and_the_call_succeeds() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(ok());

    AuthTestResponse response = authTest();

    assertThat(response.getUserId()).isEqualTo("U0ROUNDUP");
    assertThat(waits).containsExactly(Duration.ofMillis(499));
  }
}

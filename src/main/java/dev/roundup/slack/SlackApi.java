package dev.roundup.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place Roundup calls the Slack Web API. Every response is checked: {@code ok:false}
 * becomes a {@link SlackCallException} with Slack's code; HTTP 429 waits as long as
 * {@code Retry-After} says and tries again (up to a total wait); network errors are retried twice.
 * Errors are counted in the metrics by method and code.
 */
public final class SlackApi {

  /** Runs one Web API call. */
  @FunctionalInterface
  public interface Call<T> {
    T run(MethodsClient client) throws IOException, SlackApiException;
  }

  private static final Logger log = LoggerFactory.getLogger(SlackApi.class);
  private static final int NETWORK_ATTEMPTS = 3;

  private final MethodsClient client;
  private final Sleeper sleeper;
  private final Duration maxRateLimitWait;
  private final MeterRegistry metrics;

  public SlackApi(MethodsClient client, Sleeper sleeper, Duration maxRateLimitWait, MeterRegistry metrics) {
    this.client = client;
    this.sleeper = sleeper;
    this.maxRateLimitWait = maxRateLimitWait;
    this.metrics = metrics;
  }

  public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    return call(method, call, wait -> { });
  }

  /**
   * Calls, retrying rate limits and network errors.
   *
   * @param onRateLimit told how long we are about to wait, so the user can be told too
   */
  public <T extends SlackApiTextResponse> T call(String method, Call<T> call, Consumer<Duration> onRateLimit) {
    Duration waited = Duration.ZERO;
    int networkFailures = 0;
    while (true) {
      try {
        T response = call.run(client);
        if (!response.isOk()) {
          throw failure(method, response.getError(), response.getNeeded(), null);
        }
        return response;
      } catch (SlackApiException e) {
        if (e.getResponse().code() != 429) {
          String error = e.getError() != null && e.getError().getError() != null
              ? e.getError().getError() : "http_" + e.getResponse().code();
          throw failure(method, error, null, e);
        }
        Duration wait = retryAfter(e);
        if (waited.plus(wait).compareTo(maxRateLimitWait) > 0) {
          throw failure(method, "ratelimited", null, e);
        }
        log.info("Slack rate-limited {}; waiting {} s as Retry-After asks", method, wait.toSeconds());
        metrics.counter("roundup_slack_rate_limited_total", "method", method).increment();
        onRateLimit.accept(wait);
        pause(method, wait);
        waited = waited.plus(wait);
      } catch (IOException e) {
        if (++networkFailures >= NETWORK_ATTEMPTS) {
          throw failure(method, "network_error", null, e);
        }
        pause(method, Duration.ofMillis(250L * networkFailures));
      }
    }
  }

  private void pause(String method, Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw failure(method, "interrupted", null, ie);
    }
  }

  private static Duration retryAfter(SlackApiException e) {
    String header = e.getResponse().header("Retry-After");
    try {
      return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.trim())));
    } catch (NumberFormatException nfe) {
      return Duration.ofSeconds(30);
    }
  }

  private SlackCallException failure(String method, String error, String needed, Throwable cause) {
    metrics.counter("roundup_slack_api_errors_total", "method", method, "error", error).increment();
    return new SlackCallException(method, error, needed, cause);
  }
}

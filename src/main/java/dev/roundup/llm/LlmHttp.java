package dev.roundup.llm;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.roundup.time.RetryPolicy;
import dev.roundup.time.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts to an LLM provider with everything a flaky remote service needs: timeouts, retries with
 * backoff on rate limits, server errors and dropped connections, and a circuit breaker. Turns
 * every failure into an {@link LlmException} whose message is safe to show. Shared by the
 * provider clients, which only know their wire formats.
 */
public final class LlmHttp {

  private static final Logger log = LoggerFactory.getLogger(LlmHttp.class);

  private final OkHttpClient http;
  private final Duration timeout;
  private final RetryPolicy retryPolicy;
  private final CircuitBreaker breaker;
  private final Sleeper sleeper;
  private final Clock clock;

  public LlmHttp(Duration timeout, RetryPolicy retryPolicy, CircuitBreaker breaker,
      Sleeper sleeper, Clock clock) {
    this.timeout = timeout;
    this.retryPolicy = retryPolicy;
    this.breaker = breaker;
    this.sleeper = sleeper;
    this.clock = clock;
    Duration connect = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout
        : Duration.ofSeconds(10);
    this.http = new OkHttpClient.Builder()
        .connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        // Our retry policy is the only one, so attempts are counted and spaced as designed.
        .retryOnConnectionFailure(false)
        .dispatcher(InterruptibleCall.daemonDispatcher())
        .build();
  }

  /** Production wiring: the settings' timeout, default retries and breaker, real waits. */
  public static LlmHttp create(LlmSettings settings) {
    Clock clock = Clock.systemUTC();
    return new LlmHttp(settings.timeout(), RetryPolicy.DEFAULT,
        CircuitBreaker.withDefaults(clock), Sleeper.system(), clock);
  }

  public CircuitBreaker breaker() {
    return breaker;
  }

  /** Sends the request (retrying as the policy allows) and returns the 2xx response body. */
  public String send(Request request) throws LlmException {
    if (!breaker.tryAcquire()) {
      throw new LlmException(LlmException.Kind.UNAVAILABLE,
          "LLM unavailable: paused after repeated failures", -1, false, null);
    }
    Outcome outcome = Outcome.PROVIDER_FAILED;
    try {
      String body = sendWithRetries(request);
      outcome = Outcome.PROVIDER_OK;
      return body;
    } catch (LlmException e) {
      outcome = countsAgainstProvider(e) ? Outcome.PROVIDER_FAILED : Outcome.PROVIDER_OK;
      if (Thread.currentThread().isInterrupted()) {
        // Cancelled by our own caller: says nothing about the provider.
        outcome = Outcome.NOT_JUDGED;
      }
      throw e;
    } finally {
      switch (outcome) {
        case PROVIDER_OK -> breaker.onSuccess();
        case PROVIDER_FAILED -> breaker.onFailure();
        case NOT_JUDGED -> breaker.release();
      }
    }
  }

  private String sendWithRetries(Request request) throws LlmException {
    LlmException last = null;
    for (int attempt = 1; attempt <= retryPolicy.maxAttempts(); attempt++) {
      Attempt result = attemptOnce(request);
      if (result.body != null) {
        return result.body;
      }
      last = result.failure;
      if (!last.retryable() || attempt == retryPolicy.maxAttempts()) {
        break;
      }
      int failedAttempts = attempt;
      Duration wait = retryPolicy.retryAfter(result.retryAfter, clock.instant())
          .orElseGet(() -> retryPolicy.backoff(failedAttempts,
              ThreadLocalRandom.current()::nextDouble));
      log.info("LLM call to {} failed ({}), attempt {} of {}, retrying in {} ms",
          request.url().host(), last.getMessage(), attempt, retryPolicy.maxAttempts(),
          wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(e);
      }
    }
    throw last;
  }

  private static LlmException interrupted(Exception cause) {
    return new LlmException(LlmException.Kind.UNAVAILABLE, "LLM call interrupted", -1, false,
        cause);
  }

  private Attempt attemptOnce(Request request) {
    try {
      InterruptibleCall.Reply reply = InterruptibleCall.execute(http, request);
      if (reply.successful()) {
        return Attempt.ok(reply.body());
      }
      return Attempt.failed(httpFailure(reply.status(), reply.body()), reply.retryAfter());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Attempt.failed(interrupted(e), null);
    } catch (InterruptedIOException e) {
      // Read and call timeouts. Not retried: the user has already waited the whole budget.
      return Attempt.failed(new LlmException(LlmException.Kind.TIMEOUT,
          "LLM timed out after " + seconds(timeout), -1, false, e), null);
    } catch (IOException e) {
      return Attempt.failed(new LlmException(LlmException.Kind.UNAVAILABLE,
          "LLM unavailable: could not reach the provider", -1, true, e), null);
    }
  }

  private LlmException httpFailure(int status, String body) {
    log.debug("LLM provider answered HTTP {} ({})", status, providerErrorType(body));
    if (status == 429) {
      return new LlmException(LlmException.Kind.RATE_LIMITED, "LLM rate-limited", status, true,
          null);
    }
    if (status >= 500 || status == 408) {
      return new LlmException(LlmException.Kind.UNAVAILABLE,
          "LLM unavailable: provider error HTTP " + status, status, true, null);
    }
    if (status == 401 || status == 403) {
      return new LlmException(LlmException.Kind.REJECTED,
          "LLM rejected the request: check the API key (HTTP " + status + ")", status, false,
          null);
    }
    return new LlmException(LlmException.Kind.REJECTED,
        "LLM rejected the request (HTTP " + status + ")", status, false, null)
        .withProviderError(body);
  }

  /**
   * A failure that says the provider is down or unusable for everyone (bad key, no credit, wrong
   * URL) counts against the breaker; one that says only this request was wrong (400, 413, 422)
   * shows the provider is up.
   */
  private static boolean countsAgainstProvider(LlmException failure) {
    int status = failure.httpStatus();
    return failure.kind() != LlmException.Kind.REJECTED
        || status == 401 || status == 402 || status == 403 || status == 404;
  }

  /**
   * The provider's error type ("rate_limit_error", "server_error") for the debug log. Only this
   * machine-readable field is kept: error messages may echo parts of the request.
   */
  static String providerErrorType(String body) {
    try {
      JsonElement root = JsonParser.parseString(body);
      if (root.isJsonObject() && root.getAsJsonObject().get("error") instanceof JsonObject err) {
        for (String field : new String[] {"code", "type"}) {
          if (err.get(field) != null && err.get(field).isJsonPrimitive()) {
            return err.get(field).getAsString().replaceAll("[^A-Za-z0-9_.-]", "");
          }
        }
      }
    } catch (RuntimeException notJson) {
      // Gateways answer errors with HTML pages; the status alone will do.
    }
    return "no error type";
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? (millis / 1000) + " s"
        : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** What a finished call says about the provider's health, for the breaker. */
  private enum Outcome { PROVIDER_OK, PROVIDER_FAILED, NOT_JUDGED }

  /** The outcome of one HTTP exchange. */
  private static final class Attempt {
    final String body;
    final LlmException failure;
    final String retryAfter;

    private Attempt(String body, LlmException failure, String retryAfter) {
      this.body = body;
      this.failure = failure;
      this.retryAfter = retryAfter;
    }

    static Attempt ok(String body) {
      return new Attempt(body, null, null);
    }

    static Attempt failed(LlmException failure, String retryAfter) {
      return new Attempt(null, failure, retryAfter);
    }
  }
}

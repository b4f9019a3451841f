package dev.roundup.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import dev.roundup.store.Workspace;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import dev.roundup.time.RetryPolicy;
import dev.roundup.time.Sleeper;
import io.micrometer.core.instrument.MeterRegistry;
import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.FormBody;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place Roundup calls the Slack Web API. Every response is checked: {@code ok:false}
 * becomes a {@link SlackCallException} with Slack's code; HTTP 429 waits as long as
 * {@code Retry-After} says and tries again (up to a total wait); network errors are retried with
 * jittered backoff. Both follow the shared {@link RetryPolicy}. Errors are counted in the metrics
 * by method and code.
 *
 * <p>Each call speaks for the current {@link Workspace} with that workspace's own bot token (see
 * {@link #perWorkspace}); an instance made with one client (tools, tests) uses it for every call.
 */
public final class SlackApi {

  /** Runs one Web API call. */
  @FunctionalInterface
  public interface Call<T> {
    T run(MethodsClient client) throws IOException, SlackApiException;
  }

  private static final Logger log = LoggerFactory.getLogger(SlackApi.class);
  /** The error of a call for a workspace Roundup has no token for. */
  public static final String NOT_INSTALLED = "not_installed";
  /** Reads the answers of {@link #post} and {@link #postWithoutWaiting} (thread-safe, kept). */
  private static final Gson ANSWERS = GsonFactory.createSnakeCase();

  /**
   * The shortest wait after a 429. Slack's {@code Retry-After} is whole seconds, at least one; a
   * server that answers 0 or leaves the header out must still not be called again at once, and a
   * positive wait is what makes the total-wait budget run out.
   */
  private static final Duration MIN_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

  /** The client (and the token it was made with) of the workspace a call is for. */
  private record Client(MethodsClient methods, String token) {}

  /** Finds the client for the current workspace; empty when that workspace has no token. */
  private final Supplier<Optional<Client>> clients;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier random;
  private final MeterRegistry metrics;

  /** Production wiring: {@link #retryPolicy(Duration)}, the system clock, random jitter. */
  public SlackApi(MethodsClient client, Sleeper sleeper, Duration maxRateLimitWait, MeterRegistry metrics) {
    this(client, null, sleeper, maxRateLimitWait, metrics);
  }

  /**
   * As above, knowing the token {@code client} was made with, which {@link #postWithoutWaiting}
   * needs (the SDK keeps it to itself).
   */
  public SlackApi(MethodsClient client, String token, Sleeper sleeper, Duration maxRateLimitWait,
      MeterRegistry metrics) {
    this(client, token, retryPolicy(maxRateLimitWait), sleeper, Clock.systemUTC(),
        () -> ThreadLocalRandom.current().nextDouble(), metrics);
  }

  /**
   * @param retryPolicy network errors: its attempts and backoff; 429s: its {@code maxRetryAfter}
   *                    is the most all of one call's rate-limit waits may add up to
   * @param clock       reads a {@code Retry-After} that is an HTTP date
   * @param random      jitter for the backoff, in [0, 1)
   */
  SlackApi(MethodsClient client, RetryPolicy retryPolicy, Sleeper sleeper, Clock clock,
      DoubleSupplier random, MeterRegistry metrics) {
    this(client, null, retryPolicy, sleeper, clock, random, metrics);
  }

  private SlackApi(MethodsClient client, String token, RetryPolicy retryPolicy, Sleeper sleeper,
      Clock clock, DoubleSupplier random, MeterRegistry metrics) {
    this(fixed(new Client(client, token)), retryPolicy, sleeper, clock, random, metrics);
  }

  private SlackApi(Supplier<Optional<Client>> clients, RetryPolicy retryPolicy, Sleeper sleeper,
      Clock clock, DoubleSupplier random, MeterRegistry metrics) {
    this.clients = clients;
    this.retryPolicy = retryPolicy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
    this.metrics = metrics;
  }

  /**
   * The Web API as each workspace's own bot: a call is made with the token {@code tokens} answers
   * for the current {@link Workspace}, through one client per token (made on first use, kept). A
   * workspace without a token (never installed, uninstalled, or no workspace chosen) fails with
   * {@code not_installed}: no call is ever made with another workspace's token.
   */
  public static SlackApi perWorkspace(Slack slack, WorkspaceTokens tokens, Sleeper sleeper,
      Duration maxRateLimitWait, MeterRegistry metrics) {
    Map<String, Client> byToken = new ConcurrentHashMap<>();
    Supplier<Optional<Client>> clients = () -> tokens.botToken(Workspace.current())
        .map(token -> byToken.computeIfAbsent(token, t -> new Client(SlackMethods.of(slack, t), t)));
    return new SlackApi(clients, retryPolicy(maxRateLimitWait), sleeper, Clock.systemUTC(),
        () -> ThreadLocalRandom.current().nextDouble(), metrics);
  }

  private static Supplier<Optional<Client>> fixed(Client client) {
    Optional<Client> always = Optional.of(client);
    return () -> always;
  }

  /**
   * Slack's values for the shared policy: three attempts on network errors, backoff ceilings from
   * 500 ms; a rate limit is waited out for as long as Slack asks, up to {@code maxRateLimitWait} in
   * all for one call (a backfill under Tier 1 waits minutes; that is its budget, not a failure).
   */
  public static RetryPolicy retryPolicy(Duration maxRateLimitWait) {
    return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4), maxRateLimitWait);
  }

  public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
    return call(method, call, wait -> { });
  }

  /**
   * One call that does not wait out a rate limit: a 429 is thrown at once as {@code ratelimited}
   * with Slack's wait ({@link SlackCallException#retryAfter()}), so a caller pacing many calls (the
   * outbound queue) can make that one channel wait and go on with the others. Network errors are
   * retried as by {@link #call(String, Call)}.
   */
  public <T extends SlackApiTextResponse> T callWithoutWaiting(String method, Call<T> call) {
    return call(method, call, wait -> { }, Duration.ZERO);
  }

  /**
   * Posts a form to {@code method} and reads the answer as {@code answer}, a class naming only the
   * fields the caller reads, as {@link #callWithoutWaiting} does: a posted message's answer repeats
   * the whole message, blocks and all, which the outbound queue, posting hundreds a minute, never
   * reads. Needs the token (see the constructor).
   */
  public <T extends SlackApiTextResponse> T postWithoutWaiting(String method, FormBody.Builder form,
      Class<T> answer) {
    return callWithoutWaiting(method, posting(method, form, answer));
  }

  /**
   * {@link #postWithoutWaiting}, waiting out rate limits as {@link #call(String, Call)} does: for
   * calls whose answer Roundup does not read beyond ok/error ({@link SlackAnswer}).
   */
  public <T extends SlackApiTextResponse> T post(String method, FormBody.Builder form, Class<T> answer) {
    return call(method, posting(method, form, answer));
  }

  /**
   * The form posted with the token, the answer read with one mapper kept for the process (as
   * {@link SlackMethods} reads the SDK's typed answers); an HTTP error, 429 included, is the SDK's
   * {@link SlackApiException}, as from any other call.
   */
  private <T extends SlackApiTextResponse> Call<T> posting(String method, FormBody.Builder form,
      Class<T> answer) {
    return m -> {
      String token = clients.get().map(Client::token).orElse(null);
      if (token == null) {
        throw new IllegalStateException("this SlackApi was made without its token");
      }
      try (Response response = m.runPostFormWithToken(form, method, token)) {
        String body = response.body() == null ? "" : response.body().string();
        return SlackMethods.read(ANSWERS, method, response, body, answer);
      }
    };
  }

  /**
   * Calls, retrying rate limits and network errors.
   *
   * @param onRateLimit told how long we are about to wait, so the user can be told too
   */
  public <T extends SlackApiTextResponse> T call(String method, Call<T> call, Consumer<Duration> onRateLimit) {
    return call(method, call, onRateLimit, retryPolicy.maxRetryAfter());
  }

  private <T extends SlackApiTextResponse> T call(String method, Call<T> call,
      Consumer<Duration> onRateLimit, Duration rateLimitBudget) {
    Optional<Client> found = clients.get();
    if (found.isEmpty()) {
      log.warn("No Slack token for workspace '{}'; {} not called", Workspace.current(), method);
      throw failure(method, NOT_INSTALLED, null, null);
    }
    MethodsClient client = found.get().methods();
    Duration waited = Duration.ZERO;
    int rateLimits = 0;
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
        Duration wait = rateLimitWait(e, ++rateLimits);
        // Retrying before Slack allows only earns another 429: past the budget, give up now.
        if (waited.plus(wait).compareTo(rateLimitBudget) > 0) {
          metrics.counter("roundup_slack_api_errors_total", "method", method, "error", "ratelimited").increment();
          throw new SlackCallException(method, "ratelimited", null, wait, e);
        }
        log.info("Slack rate-limited {}; waiting {} ms as Retry-After asks", method, wait.toMillis());
        metrics.counter("roundup_slack_rate_limited_total", "method", method).increment();
        onRateLimit.accept(wait);
        pause(method, wait);
        waited = waited.plus(wait);
      } catch (IOException e) {
        if (++networkFailures >= retryPolicy.maxAttempts()) {
          throw failure(method, "network_error", null, e);
        }
        Duration wait = retryPolicy.backoff(networkFailures, random);
        log.info("Slack call {} failed ({}), attempt {} of {}, retrying in {} ms", method,
            e.toString(), networkFailures, retryPolicy.maxAttempts(), wait.toMillis());
        pause(method, wait);
      }
    }
  }

  /** What Retry-After asks (seconds or an HTTP date), or the policy's backoff when it is absent. */
  private Duration rateLimitWait(SlackApiException e, int rateLimits) {
    Duration asked = RetryPolicy.requestedWait(e.getResponse().header("Retry-After"), clock.instant())
        .orElseGet(() -> retryPolicy.backoff(rateLimits, random));
    return asked.compareTo(MIN_RATE_LIMIT_WAIT) < 0 ? MIN_RATE_LIMIT_WAIT : asked;
  }

  private void pause(String method, Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw failure(method, "interrupted", null, ie);
    }
  }

  private SlackCallException failure(String method, String error, String needed, Throwable cause) {
    metrics.counter("roundup_slack_api_errors_total", "method", method, "error", error).increment();
    return new SlackCallException(method, error, needed, cause);
  }
}

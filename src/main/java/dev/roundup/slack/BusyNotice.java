package dev.roundup.slack;

import dev.roundup.store.Workspace;
import dev.roundup.threads.WorkThreads;
import dev.roundup.time.RateLimitedWarning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person whose request was shed (the pool that would run it was full) that Roundup is
 * busy: an ephemeral reply in the thread of a mention, or, for a button, an ephemeral reply through
 * its response URL (a direct message for a button in the App Home, which has none). Every shed
 * request is counted ({@code roundup_work_shed_total}) and a warning (at most one a minute) tells
 * the operator, so load shedding is never silent.
 *
 * <p>The notices are posted from a pool of their own (one thread, a short queue), never from the
 * request thread and never from the pools being shed: a button is shed because the light work pool
 * is full, and a notice waiting behind that work would arrive after the person gave up.
 *
 * <p>A person is told at most once a minute: while Roundup is overloaded, a notice per shed
 * request would be one more Slack call per request, adding to the load it is shedding.
 */
public final class BusyNotice implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BusyNotice.class);

  /** How long a person who was told is not told again. */
  static final Duration PER_PERSON = Duration.ofMinutes(1);

  /** Notices waiting for the notice thread; beyond that, a notice is dropped (and logged). */
  static final int QUEUE = 64;

  /** What a person whose request was shed reads. */
  public static final String TEXT = ":warning: Roundup is busy right now. Please try again in a minute.";

  private final SlackApi slack;
  private final MeterRegistry metrics;
  private final ThreadPoolExecutor notices = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(QUEUE), WorkThreads.of("roundup-busy-", WorkThreads.Priority.BEHIND_ACKS));
  private final RateLimitedWarning warning = new RateLimitedWarning(Duration.ofMinutes(1), n -> log.warn(
      "Roundup is shedding load: {} request(s) answered \"busy\" since the last warning; raise "
          + "roundup.work.threads, roundup.work.summary-threads or their queue capacities if the "
          + "machine has room", n));

  /** Per person, the System.nanoTime() before which they are not told again. */
  private final Map<String, Long> quietUntil = new ConcurrentHashMap<>();

  public BusyNotice(SlackApi slack, MeterRegistry metrics) {
    this.slack = slack;
    this.metrics = metrics;
    notices.allowCoreThreadTimeOut(true);
  }

  /** Counts a request shed by {@code listener} whose answer went back in the ack itself. */
  public void counted(String listener) {
    Counter.builder("roundup_work_shed_total").description("Requests answered \"Roundup is busy\"")
        .tag("listener", listener).register(metrics).increment();
    warning.happened();
  }

  /** Counts a shed mention and tells its author, in the thread, that Roundup is busy. */
  public void tell(String listener, String channel, String threadTs, String userId) {
    tell(listener, new EphemeralReplier(slack, channel, threadTs, userId), userId);
  }

  /**
   * Counts a shed request and tells {@code userId}, through {@code replier}, that Roundup is busy.
   * The replier is made on the request thread (a response URL replier waits for the ack) and used
   * on the notice thread.
   */
  public void tell(String listener, Replier replier, String userId) {
    counted(listener);
    long now = System.nanoTime();
    Long until = quietUntil.get(userId);
    if (until != null && now - until < 0) {
      return;
    }
    quietUntil.put(userId, now + PER_PERSON.toNanos());
    if (quietUntil.size() > 10_000) {
      quietUntil.values().removeIf(t -> now - t >= 0);
    }
    try {
      notices.execute(Workspace.bound(() -> {
        try {
          replier.text(TEXT);
        } catch (RuntimeException e) {
          log.warn("Could not tell {} that Roundup is busy: {}", userId, e.getMessage());
        }
      }));
    } catch (RejectedExecutionException e) {
      log.debug("No room to tell {} that Roundup is busy", userId);
    }
  }

  @Override
  public void close() {
    notices.shutdownNow();
  }
}

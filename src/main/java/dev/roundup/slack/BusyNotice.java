package dev.roundup.slack;

import dev.roundup.time.RateLimitedWarning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a person whose mention was shed (the summary pool's queue was full) that Roundup is busy:
 * an ephemeral reply in the thread they asked in, posted from the light work pool, never from the
 * request thread. Every shed request is counted ({@code roundup_work_shed_total}) and a warning
 * (at most one a minute) tells the operator, so load shedding is never silent.
 *
 * <p>A person is told at most once a minute: while Roundup is overloaded, a notice per shed
 * mention would be one more Slack call per request, adding to the load it is shedding.
 */
public final class BusyNotice {

  private static final Logger log = LoggerFactory.getLogger(BusyNotice.class);

  /** How long a person who was told is not told again. */
  static final Duration PER_PERSON = Duration.ofMinutes(1);

  /** What a person whose request was shed reads. */
  public static final String TEXT = ":warning: Roundup is busy right now. Please try again in a minute.";

  private final SlackApi slack;
  private final WorkQueue work;
  private final MeterRegistry metrics;
  private final RateLimitedWarning warning = new RateLimitedWarning(Duration.ofMinutes(1), n -> log.warn(
      "Roundup is shedding load: {} request(s) answered \"busy\" since the last warning; raise "
          + "roundup.work.summary-threads or roundup.work.summary-queue-capacity if the machine has room", n));

  /** Per person, the System.nanoTime() before which they are not told again. */
  private final Map<String, Long> quietUntil = new ConcurrentHashMap<>();

  public BusyNotice(SlackApi slack, WorkQueue work, MeterRegistry metrics) {
    this.slack = slack;
    this.work = work;
    this.metrics = metrics;
  }

  /** Counts a request shed by {@code listener} whose answer went back in the ack itself. */
  public void counted(String listener) {
    Counter.builder("roundup_work_shed_total").description("Requests answered \"Roundup is busy\"")
        .tag("listener", listener).register(metrics).increment();
    warning.happened();
  }

  /** Counts a shed mention and tells its author, in the thread, that Roundup is busy. */
  public void tell(String listener, String channel, String threadTs, String userId) {
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
    boolean queued = work.submit(() -> {
      try {
        new EphemeralReplier(slack, channel, threadTs, userId).text(TEXT);
      } catch (SlackCallException e) {
        log.warn("Could not tell {} that Roundup is busy: {}", userId, e.getMessage());
      }
    });
    if (!queued) {
      log.debug("No room to tell {} that Roundup is busy", userId);
    }
  }
}

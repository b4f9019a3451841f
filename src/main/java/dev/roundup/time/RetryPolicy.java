package dev.roundup.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How often and how long to wait before trying a failed call again: exponential backoff with full
 * jitter (a uniformly random wait up to the exponential ceiling, so many clients that failed
 * together do not retry together), or the server's {@code Retry-After} when it sends one. Each
 * client holds its own instance: the values differ (an LLM call keeps a chat user waiting, so its
 * Retry-After is capped at seconds; a Slack backfill may wait minutes), the reading does not.
 *
 * @param maxAttempts   attempts in all, the first included
 * @param baseDelay     ceiling of the first backoff
 * @param maxDelay      largest backoff ceiling
 * @param maxRetryAfter the most a {@code Retry-After} may make the caller wait: {@link
 *                      #retryAfter} caps each wait at it; a caller that must not retry before the
 *                      server allows reads {@link #requestedWait} and gives up instead
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

  /** For calls a person is waiting on (LLM requests): three attempts, at most 20 s per wait. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(20));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** Wait before attempt {@code failedAttempts + 1}, given a random number in [0, 1). */
  public Duration backoff(int failedAttempts, DoubleSupplier random) {
    long ceiling = baseDelay.toMillis() << Math.min(failedAttempts - 1, 20);
    ceiling = Math.min(ceiling, maxDelay.toMillis());
    return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
  }

  /**
   * The wait a {@code Retry-After} header asks for, capped at {@link #maxRetryAfter()}; empty when
   * the header is absent or unreadable.
   */
  public Optional<Duration> retryAfter(String header, Instant now) {
    return requestedWait(header, now)
        .map(wait -> wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait);
  }

  /**
   * The wait a {@code Retry-After} header asks for, as sent: delay-seconds (fractions allowed) or
   * an HTTP date, counted from {@code now}; a date already past asks for no wait. Empty when the
   * header is absent or unreadable.
   */
  public static Optional<Duration> requestedWait(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.trim();
    Duration wait;
    try {
      wait = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        wait = Duration.between(now, at);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }
}

package dev.roundup.llm;

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
 * together do not retry together), or the server's {@code Retry-After} when it sends one, capped
 * so a chat user is never kept waiting for minutes.
 *
 * @param maxAttempts   attempts in all, the first included
 * @param baseDelay     ceiling of the first backoff
 * @param maxDelay      largest backoff ceiling
 * @param maxRetryAfter largest wait honoured from a {@code Retry-After} header
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

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
   * The wait a {@code Retry-After} header asks for (delay-seconds or an HTTP date), capped at
   * {@link #maxRetryAfter()}; empty when the header is absent or unreadable.
   */
  public Optional<Duration> retryAfter(String header, Instant now) {
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
    if (wait.isNegative()) {
      wait = Duration.ZERO;
    }
    return Optional.of(wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait);
  }
}

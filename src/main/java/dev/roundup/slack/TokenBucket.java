package dev.roundup.slack;

/**
 * A token bucket on a monotonic clock (nanoseconds): {@code burst} tokens at most, refilled at a
 * steady rate. Not thread-safe: the {@link OutboundQueue} uses it under its lock.
 */
final class TokenBucket implements PostingBudget {

  private final double perNano;
  private final double capacity;
  private double tokens;
  private long at;

  /** @param perSecond tokens added per second; zero or less means no limit */
  TokenBucket(double perSecond, int burst, long nowNanos) {
    this.perNano = perSecond / 1e9;
    this.capacity = burst;
    this.tokens = burst;
    this.at = nowNanos;
  }

  /** Nanoseconds until a token is available (0: now). */
  @Override
  public long nanosUntilToken(long nowNanos) {
    if (perNano <= 0) {
      return 0;
    }
    refill(nowNanos);
    return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
  }

  /** Takes a token; call only when {@link #nanosUntilToken} said one is there. */
  @Override
  public void take(long nowNanos) {
    if (perNano <= 0) {
      return;
    }
    refill(nowNanos);
    tokens -= 1;
  }

  private void refill(long nowNanos) {
    if (nowNanos > at) {
      tokens = Math.min(capacity, tokens + (nowNanos - at) * perNano);
      at = nowNanos;
    }
  }
}

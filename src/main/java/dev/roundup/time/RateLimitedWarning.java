package dev.roundup.time;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A warning that fires at most once per interval however often its cause happens, with the number
 * of times it happened since the last one: an overloaded queue refusing hundreds of items a second
 * must reach the operator's log without flooding it.
 */
public final class RateLimitedWarning {

  private final long intervalNanos;
  private final LongConsumer warn;
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong nextAllowed;

  /** @param warn writes the log line; it is given how many times the cause happened */
  public RateLimitedWarning(Duration interval, LongConsumer warn) {
    this.intervalNanos = interval.toNanos();
    this.warn = warn;
    this.nextAllowed = new AtomicLong(System.nanoTime());
  }

  /** Counts one occurrence; logs when the interval since the last line has passed. */
  public void happened() {
    pending.incrementAndGet();
    long now = System.nanoTime();
    long allowed = nextAllowed.get();
    if (now - allowed >= 0 && nextAllowed.compareAndSet(allowed, now + intervalNanos)) {
      warn.accept(pending.getAndSet(0));
    }
  }
}

package dev.roundup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, so time-based behaviour is checked without waiting. Clocks made by
 * {@link #withZone} show the same instant in their own zone and move with this one.
 */
public final class TestClock extends Clock {

  /** The instant, shared by this clock and the zoned views made from it. */
  private static final class Now {
    volatile Instant instant;
  }

  private final Now now;
  private final ZoneId zone;

  public TestClock(Instant start) {
    this(new Now(), ZoneOffset.UTC);
    now.instant = start;
  }

  private TestClock(Now now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public void advance(Duration by) {
    synchronized (now) {
      now.instant = now.instant.plus(by);
    }
  }

  public void set(Instant instant) {
    now.instant = instant;
  }

  @Override
  public Instant instant() {
    return now.instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public TestClock withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new TestClock(now, newZone);
  }
}

package dev.roundup.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time but can be moved forward by hand: the sandbox's "+1 day" and
 * "jump to Friday 16:00". The emulator and the app share one, so a jump moves message times,
 * schedules and rate-limit windows together. It never moves back: an app scheduler that fires on
 * wall-clock time (as Quartz does) would otherwise see runs planned by this clock as already due.
 * Clocks made by {@link #withZone} share the same offset.
 */
public final class SandboxClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;
  private final ZoneId zone;

  /** Real time (UTC) until moved. */
  public SandboxClock() {
    this(Clock.systemUTC());
  }

  /** {@code base} plus whatever the clock is moved by. */
  public SandboxClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
  }

  private SandboxClock(Clock base, AtomicReference<Duration> offset, ZoneId zone) {
    this.base = base;
    this.offset = offset;
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  /** How far ahead of the base clock this one is. */
  public Duration offset() {
    return offset.get();
  }

  /** Moves the clock forward; answers the new time. */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the sandbox clock only moves forward");
    }
    return base.instant().plus(offset.accumulateAndGet(by, Duration::plus));
  }

  /** Moves the clock forward to {@code target}; answers it. */
  public Instant jumpTo(Instant target) {
    offset.updateAndGet(current -> {
      Instant now = base.instant().plus(current);
      if (target.isBefore(now)) {
        throw new IllegalArgumentException("the sandbox clock only moves forward; it is already "
            + now + ", after " + target);
      }
      return current.plus(Duration.between(now, target));
    });
    return target;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new SandboxClock(base, offset, newZone);
  }
}

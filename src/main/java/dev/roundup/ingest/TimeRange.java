package dev.roundup.ingest;

import java.time.Instant;

/** A closed range of time [from, to] in microseconds since the epoch. */
public record TimeRange(long fromMicros, long toMicros) {

  public TimeRange {
    if (toMicros < fromMicros) {
      throw new IllegalArgumentException("range ends before it starts");
    }
  }

  public static TimeRange of(Instant from, Instant to) {
    return new TimeRange(SlackTs.toMicros(from), SlackTs.toMicros(to));
  }

  public Instant from() {
    return SlackTs.toInstant(fromMicros);
  }

  public Instant to() {
    return SlackTs.toInstant(toMicros);
  }
}

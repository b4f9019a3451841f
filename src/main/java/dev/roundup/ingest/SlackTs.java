package dev.roundup.ingest;

import java.time.Instant;

/** Slack message timestamps ("1700000000.000100") as microseconds and back. */
public final class SlackTs {

  private SlackTs() {}

  public static long toMicros(String ts) {
    int dot = ts.indexOf('.');
    if (dot < 0) {
      return Long.parseLong(ts) * 1_000_000L;
    }
    String frac = (ts.substring(dot + 1) + "000000").substring(0, 6);
    return Long.parseLong(ts.substring(0, dot)) * 1_000_000L + Long.parseLong(frac);
  }

  public static long toMicros(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
  }

  public static String format(long micros) {
    return String.format("%d.%06d", Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L));
  }

  public static String format(Instant instant) {
    return format(toMicros(instant));
  }

  /** A Slack ts ("1700000000.000100") as an instant. */
  public static Instant toInstant(String ts) {
    return toInstant(toMicros(ts));
  }

  public static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}

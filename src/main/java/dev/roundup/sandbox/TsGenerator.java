package dev.roundup.sandbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Makes Slack message timestamps ("seconds.micros") from a clock, strictly increasing even when the
 * clock stands still or moves back, because Slack's ts doubles as the message id.
 */
final class TsGenerator {

  private Clock clock;
  private long lastMicros;

  TsGenerator(Clock clock) {
    this.clock = clock;
  }

  synchronized void setClock(Clock clock) {
    this.clock = clock;
  }

  synchronized Clock clock() {
    return clock;
  }

  synchronized String next() {
    Instant now = clock.instant();
    long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    lastMicros = Math.max(micros, lastMicros + 1);
    return format(lastMicros);
  }

  /** A ts made elsewhere (a loaded message): every later ts comes after it. */
  synchronized void seen(String ts) {
    lastMicros = Math.max(lastMicros, toMicros(ts));
  }

  static String format(long micros) {
    return String.format("%d.%06d", micros / 1_000_000L, micros % 1_000_000L);
  }

  /** Parses a Slack ts into microseconds; tolerant of fewer than six fraction digits. */
  static long toMicros(String ts) {
    int dot = ts.indexOf('.');
    if (dot < 0) {
      return Long.parseLong(ts) * 1_000_000L;
    }
    String fraction = (ts.substring(dot + 1) + "000000").substring(0, 6);
    return Long.parseLong(ts.substring(0, dot)) * 1_000_000L + Long.parseLong(fraction);
  }

  static int compare(String a, String b) {
    return Long.compare(toMicros(a), toMicros(b));
  }
}

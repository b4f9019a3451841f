package dev.roundup.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The half-open time range a digest covers, [from, to), and the zone its dates are shown in.
 */
public record DigestPeriod(Instant from, Instant to, ZoneId zone) {

  public DigestPeriod {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a digest period must end after it starts");
    }
  }

  /** Whole days in a zone: {@code fromDate} 00:00 up to the end of {@code toDate}. */
  public static DigestPeriod ofDays(LocalDate fromDate, LocalDate toDate, ZoneId zone) {
    return new DigestPeriod(fromDate.atStartOfDay(zone).toInstant(),
        toDate.plusDays(1).atStartOfDay(zone).toInstant(), zone);
  }

  public LocalDate fromDate() {
    return from.atZone(zone).toLocalDate();
  }

  /** The last day the period touches (its end is exclusive). */
  public LocalDate toDate() {
    return to.minusNanos(1).atZone(zone).toLocalDate();
  }

  public boolean contains(double epochSeconds) {
    return epochSeconds >= from.getEpochSecond() + from.getNano() / 1e9
        && epochSeconds < to.getEpochSecond() + to.getNano() / 1e9;
  }
}

package dev.roundup.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A single run at an absolute instant, resolved against "now" when the phrase was parsed.
 *
 * @param zoneNamed the phrase named the zone ("tomorrow at 3pm PT"), so the description names it too
 */
public record OneOffSchedule(Instant at, ZoneId zone, boolean zoneNamed) implements Schedule {

  /** A run described in the user's own zone. */
  public OneOffSchedule(Instant at, ZoneId zone) {
    this(at, zone, false);
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

  @Override
  public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
    return at.isAfter(after.toInstant()) ? Optional.of(at.atZone(zone)) : Optional.empty();
  }

  @Override
  public boolean recurring() {
    return false;
  }

  @Override
  public String describe() {
    ZonedDateTime local = at.atZone(zone);
    return "once, on " + DAY.format(local) + " at " + RuleDescriber.time(local.toLocalTime())
        + (zoneNamed ? " " + ZoneWords.spoken(zone) : "");
  }

  @Override
  public String spec() {
    return SpecFormat.write(this);
  }

  @Override
  public Duration typicalPeriod() {
    return Duration.ZERO;
  }
}

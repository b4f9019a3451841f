package dev.roundup.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link RecurrenceRule} placed in a time zone. Runs keep their local wall-clock time across DST
 * changes; a time inside a spring-forward gap moves forward by the gap and a time inside a
 * fall-back overlap uses the earlier offset (both as {@link ZonedDateTime#of} resolves them).
 *
 * @param zoneNamed the phrase named the zone ("9am ET"), so the description names it too
 */
public record RecurringSchedule(RecurrenceRule rule, ZoneId zone, boolean zoneNamed) implements Schedule {

  /** A rule in the user's own zone. */
  public RecurringSchedule(RecurrenceRule rule, ZoneId zone) {
    this(rule, zone, false);
  }

  @Override
  public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
    // Start a day early: a gap shift can push yesterday's late run past midnight.
    LocalDate date = after.withZoneSameInstant(zone).toLocalDate().minusDays(1);
    List<LocalTime> times = rule.timesOfDay();
    for (long i = 0; i <= rule.searchHorizonDays(); i++, date = date.plusDays(1)) {
      if (rule.end() != null && date.isAfter(rule.end())) {
        break;
      }
      if (!rule.matches(date)) {
        continue;
      }
      ZonedDateTime best = null;
      for (LocalTime time : times) {
        ZonedDateTime run = ZonedDateTime.of(date, time, zone);
        if (run.isAfter(after) && (best == null || run.isBefore(best))) {
          best = run;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean recurring() {
    return true;
  }

  @Override
  public String describe() {
    return RuleDescriber.describe(rule, zoneNamed ? ZoneWords.spoken(zone) : null);
  }

  @Override
  public String spec() {
    return SpecFormat.write(this);
  }

  /** The median local gap between the first runs, so DST days do not skew a daily rule. */
  @Override
  public Duration typicalPeriod() {
    if (rule.stepMinutes() > 0) {
      return Duration.ofMinutes(rule.stepMinutes());
    }
    ZonedDateTime start = rule.anchor().atStartOfDay(zone).minusNanos(1);
    List<ZonedDateTime> runs = next(start, 9);
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < runs.size(); i++) {
      LocalDateTime a = runs.get(i - 1).toLocalDateTime();
      LocalDateTime b = runs.get(i).toLocalDateTime();
      gaps.add(Duration.between(a, b));
    }
    if (gaps.isEmpty()) {
      return Duration.ZERO;
    }
    gaps.sort(null);
    return gaps.get(gaps.size() / 2);
  }
}

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
 * changes; a time inside a spring-forward gap moves forward by the gap ({@link #clockNote} says
 * so) and a time inside a fall-back overlap uses the earlier offset (both as {@link
 * ZonedDateTime#of} resolves them). Steps of hours and minutes run in both offsets of the
 * repeated hour, so they keep counting elapsed time across the change.
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
        // A step counts elapsed time: the hour the clocks repeat in autumn runs twice (1:00 EDT
        // and 1:00 EST), as an hour really passes between them. Daily times run once, at the first.
        ZonedDateTime again = run.withLaterOffsetAtOverlap();
        if (rule.stepMinutes() > 0 && again.isAfter(after) && (best == null || again.isBefore(best))) {
          best = again;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /**
   * "the clocks go forward that night: runs at 3:30 AM" for a run that a spring-forward gap moved
   * from the time the rule names ("every day at 2:30am"), so that a confirmation listing 3:30 for
   * a 2:30 schedule says why.
   */
  @Override
  public Optional<String> clockNote(ZonedDateTime run) {
    ZonedDateTime local = run.withZoneSameInstant(zone);
    if (rule.stepMinutes() > 0 || rule.timesOfDay().contains(local.toLocalTime())) {
      return Optional.empty();
    }
    for (LocalTime time : rule.timesOfDay()) {
      LocalDateTime meant = LocalDateTime.of(local.toLocalDate(), time);
      if (zone.getRules().getValidOffsets(meant).isEmpty() && ZonedDateTime.of(meant, zone).equals(local)) {
        return Optional.of("the clocks go forward that night: " + RuleDescriber.time(time) + " does not exist "
            + "on " + local.toLocalDate().getDayOfMonth() + " " + RuleDescriber.monthName(local.getMonth())
            + ", so it runs at " + RuleDescriber.time(local.toLocalTime()));
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

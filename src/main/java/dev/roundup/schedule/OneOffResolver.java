package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a one-off {@link Reading} against "now" to an absolute instant. A time alone means today,
 * or tomorrow once it has passed; a date without a year means its next occurrence; a day name means
 * the next such day after today, and "next friday" the Friday of next week (Monday to Sunday); an
 * explicit past date, or a time already gone today, is refused.
 */
final class OneOffResolver {

  private OneOffResolver() {}

  static ParseResult resolve(Reading r, ZoneId zone, ZonedDateTime now, Refusals refusals) {
    ZonedDateTime local = now.withZoneSameInstant(zone);
    boolean calendar = r.namesCalendarDays();
    if (r.stepMinutes > 0) {
      return refusals.refuse("minutes or hours between runs need 'every'");
    }
    if (r.windowFrom != null) {
      return refusals.refuse("hours between two times need a repeating step, e.g. \"every 15 minutes "
          + "between 9am and 5pm\"");
    }
    if (!r.positions.isEmpty()) {
      return refusals.refuse("the Nth weekday of a month repeats; say e.g. \"the last weekday of "
          + "every month\"");
    }
    if (!r.exceptDays.isEmpty() || !r.exceptMonths.isEmpty()) {
      return refusals.refuse("'except' needs a repeating schedule, e.g. \"every day except Friday\"");
    }
    if (r.times.size() > 1) {
      return refusals.clash("a one-off runs at one time; for several times a day say 'every day at …'");
    }
    Optional<TimeResolver.Resolved> time = Optional.empty();
    if (!r.times.isEmpty()) {
      ClockTime c = r.times.get(0);
      if (!c.possible()) {
        return refusals.refuse("there is no time " + Refusals.show(c));
      }
      time = Optional.of(TimeResolver.resolve(c, r.dayPart));
    } else if (r.dayPart != null) {
      time = Optional.of(new TimeResolver.Resolved(r.dayPart.defaultTime, 0));
    }
    Integer dayOffset = r.dayOffset;
    if (Integer.valueOf(0).equals(dayOffset) && r.hasOffset && r.periodOffset.isZero()) {
      dayOffset = null; // "today in one hour": the delay says it all
    }
    int sources = (calendar ? 1 : 0) + (dayOffset != null ? 1 : 0) + (r.hasOffset ? 1 : 0);
    if (sources > 1) {
      return refusals.clash("it names the day in two different ways");
    }
    if (r.hasOffset) {
      return offset(r, local, time, refusals);
    }
    if (dayOffset != null) {
      LocalTime at = time.map(TimeResolver.Resolved::time).orElse(RuleBuilder.DEFAULT_TIME);
      int shift = time.map(TimeResolver.Resolved::dayShift).orElse(0);
      ZonedDateTime run = ZonedDateTime.of(local.toLocalDate().plusDays(dayOffset + shift), at, zone);
      return future(run, local, refusals);
    }
    if (!calendar) {
      if (time.isEmpty()) {
        return refusals.refuse("it names no day or time");
      }
      // a time alone: today, or tomorrow once it has passed
      ZonedDateTime run = ZonedDateTime.of(local.toLocalDate().plusDays(time.get().dayShift()),
          time.get().time(), zone);
      return new Parsed(new OneOffSchedule((run.isAfter(local) ? run : run.plusDays(1)).toInstant(), zone));
    }
    return calendarDay(r, local, time, refusals);
  }

  private static ParseResult offset(Reading r, ZonedDateTime local,
      Optional<TimeResolver.Resolved> time, Refusals refusals) {
    if (time.isPresent() && !r.durationOffset.isZero()) {
      return refusals.clash("it gives both a delay in hours/minutes and a time of day");
    }
    ZonedDateTime run = local.plus(r.periodOffset).plus(r.durationOffset);
    if (time.isEmpty() && r.durationOffset.isZero() && !r.periodOffset.isZero() && !r.fromNow) {
      // "in 2 days", "next week": a day, which runs at the default time as "tomorrow" does, not
      // at whatever minute it was typed; "in 20 minutes" and "2 days from now" keep the time
      time = Optional.of(new TimeResolver.Resolved(RuleBuilder.DEFAULT_TIME, 0));
    }
    if (time.isPresent()) {
      run = ZonedDateTime.of(run.toLocalDate().plusDays(time.get().dayShift()), time.get().time(),
          local.getZone());
    }
    if (r.periodOffset.isZero() && r.durationOffset.isZero()) {
      return refusals.refuse("a delay of nothing is now, not a schedule");
    }
    return future(run.truncatedTo(ChronoUnit.MINUTES).isAfter(local)
        ? run.truncatedTo(ChronoUnit.MINUTES) : run, local, refusals);
  }

  /** Dates named by calendar words: the next day (after today for day names) matching them all. */
  private static ParseResult calendarDay(Reading r, ZonedDateTime local,
      Optional<TimeResolver.Resolved> time, Refusals refusals) {
    LocalTime at = time.map(TimeResolver.Resolved::time).orElse(RuleBuilder.DEFAULT_TIME);
    int shift = time.map(TimeResolver.Resolved::dayShift).orElse(0);
    if (r.monthDays.size() > 1 || r.nthWeekdays.size() > 1 || r.days.size() > 1) {
      // "on the 1st and 15th": a one-off would run on one of them and silently drop the other
      return refusals.refuse("it names several days but runs once; for a run on each of them say "
          + "\"every …\", e.g. \"" + refusals.withEvery() + "\", or name one day");
    }
    boolean dayNameOnly = r.months.isEmpty() && r.monthDays.isEmpty() && r.nthWeekdays.isEmpty();
    List<Integer> monthDays = r.monthDays;
    if (monthDays.isEmpty() && r.nthWeekdays.isEmpty() && r.days.isEmpty()) {
      monthDays = List.of(1); // "september": its first day
    }
    for (int d : monthDays) {
      if (r.months.stream().noneMatch(m -> Math.abs(d) <= m.maxLength()) && !r.months.isEmpty()) {
        return refusals.refuse("that date does not exist");
      }
    }
    RecurrenceUnit unit = r.months.isEmpty() && !r.nthWeekdays.isEmpty() ? RecurrenceUnit.MONTH
        : RecurrenceUnit.YEAR;
    if (!r.nthWeekdays.isEmpty() && !r.months.isEmpty()) {
      unit = RecurrenceUnit.MONTH; // "first tuesday of october": nth within that month
    }
    RecurrenceRule rule = new RecurrenceRule(unit, 1, local.toLocalDate(), r.days, monthDays,
        r.nthWeekdays, r.months, List.of(at), 0);
    RecurringSchedule matches = new RecurringSchedule(rule, local.getZone());
    ZonedDateTime from = local;
    if (r.year != null) {
      ZonedDateTime yearStart = LocalDate.of(r.year, 1, 1).atStartOfDay(local.getZone()).minusNanos(1);
      from = yearStart.isAfter(local) ? yearStart : local;
    } else if (dayNameOnly && r.nextWeek) {
      LocalDate nextMonday = local.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      from = nextMonday.atStartOfDay(local.getZone()).minusNanos(1);
    } else if (dayNameOnly) {
      from = local.toLocalDate().plusDays(1).atStartOfDay(local.getZone()).minusNanos(1);
    }
    Optional<ZonedDateTime> run = matches.nextAfter(from);
    if (run.isEmpty() || r.year != null && run.get().getYear() != r.year) {
      return refusals.refuse(r.year != null ? "that date is in the past" : "that date never comes");
    }
    return future(run.get().plusDays(shift), local, refusals);
  }

  private static ParseResult future(ZonedDateTime run, ZonedDateTime now, Refusals refusals) {
    if (!run.isAfter(now)) {
      return refusals.refuse("that time has already passed");
    }
    return new Parsed(new OneOffSchedule(run.toInstant(), now.getZone()));
  }
}

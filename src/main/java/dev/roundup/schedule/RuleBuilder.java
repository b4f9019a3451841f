package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a recurring {@link Reading} into a {@link RecurringSchedule}. Whatever the phrase leaves
 * open is filled the way calendars do: no time means 09:00; "every week" runs on today's weekday,
 * "every month" on today's day of the month, "every year" on today's date. An interval
 * ("every 2 weeks on Monday") counts from the first upcoming match.
 */
final class RuleBuilder {

  static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  private RuleBuilder() {}

  static ParseResult build(Reading r, ZoneId zone, ZonedDateTime now, Refusals refusals) {
    return build(r, zone, now, null, null, refusals);
  }

  /**
   * As {@link #build(Reading, ZoneId, ZonedDateTime, Refusals)} for a rule that begins on
   * {@code start} (null: now) and ends after {@code end} (null: never): what the phrase leaves
   * open is filled from the first day ("every week starting Friday" runs on Fridays), and no run
   * comes before it or after the last.
   */
  static ParseResult build(Reading r, ZoneId zone, ZonedDateTime now, LocalDate start,
      LocalDate end, Refusals refusals) {
    if (r.dayOffset != null || r.hasOffset || r.year != null) {
      return refusals.refuse("it mixes a one-off date with a repeating rule");
    }
    if (r.unit == RecurrenceUnit.WEEK && !r.monthDays.isEmpty() && r.months.isEmpty()) {
      return refusals.refuse("the Nth day of a week depends on where the week starts; name the day instead");
    }
    if (!r.positions.isEmpty() && (r.unit == RecurrenceUnit.DAY || r.unit == RecurrenceUnit.WEEK
        || !r.exceptDays.isEmpty())) {
      return refusals.refuse("the Nth weekday counts within a month; say e.g. \"the last weekday of "
          + "every month\"");
    }
    if (r.unit == RecurrenceUnit.DAY && r.interval > 1
        && !(r.days.isEmpty() && r.exceptDays.isEmpty())) {
      return refusals.refuse("'every N days' cannot also be limited to certain weekdays");
    }
    if (r.stepMinutes > 0 && !r.times.isEmpty()) {
      return refusals.refuse("give either a time of day or a number of minutes/hours between runs, not both");
    }
    List<LocalTime> times = new ArrayList<>();
    for (ClockTime c : r.times) {
      if (!c.possible()) {
        return refusals.refuse("there is no time " + Refusals.show(c));
      }
      times.add(TimeResolver.resolve(c, r.dayPart).time());
    }
    if (r.windowFrom != null) {
      if (r.stepMinutes == 0) {
        return refusals.refuse("hours between two times need a step, e.g. \"every 15 minutes between "
            + "9am and 5pm\" or \"hourly from 9 to 5\"");
      }
      if (!r.windowFrom.possible() || !r.windowTo.possible()) {
        return refusals.refuse("there is no time " + Refusals.show(r.windowFrom.possible() ? r.windowTo : r.windowFrom));
      }
      LocalTime from = TimeResolver.resolve(r.windowFrom, r.dayPart).time();
      LocalTime to = TimeResolver.resolve(r.windowTo, r.dayPart).time();
      if (!from.isBefore(to)) {
        return refusals.refuse("the hours must end after they start on the same day (" + RuleDescriber.time(from)
            + " to " + RuleDescriber.time(to) + ")");
      }
      times.add(from);
      times.add(to);
    }
    if (times.isEmpty() && r.stepMinutes == 0) {
      times.add(r.dayPart != null ? r.dayPart.defaultTime : DEFAULT_TIME);
    }
    LocalDate today = now.withZoneSameInstant(zone).toLocalDate();
    // A start already reached is no start: the rule runs from now, as without one.
    LocalDate begins = start != null && start.isAfter(today) ? start : null;
    ZonedDateTime from = begins == null ? now : begins.atStartOfDay(zone).minusNanos(1);
    if (begins != null) {
      today = begins;
    }
    RecurrenceUnit unit = r.unit != null ? r.unit : inferUnit(r);
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    days.addAll(r.days);
    if (!r.exceptDays.isEmpty()) {
      if (!r.monthDays.isEmpty() || !r.nthWeekdays.isEmpty() || unit == RecurrenceUnit.MONTH
          || unit == RecurrenceUnit.YEAR) {
        return refusals.refuse("'except' takes days out of a daily or weekly schedule, e.g. "
            + "\"every day except Friday\"");
      }
      if (days.isEmpty()) {
        days.addAll(EnumSet.allOf(DayOfWeek.class));
      }
      days.removeAll(r.exceptDays);
      if (days.isEmpty()) {
        return refusals.refuse("that leaves no day to run on");
      }
    }
    List<Integer> monthDays = new ArrayList<>(r.monthDays);
    Set<Month> months = EnumSet.noneOf(Month.class);
    months.addAll(r.months);
    if (!r.exceptMonths.isEmpty()) {
      if (unit == RecurrenceUnit.YEAR && months.isEmpty()) {
        return refusals.refuse("a yearly schedule runs in one month already: name it instead");
      }
      if (months.isEmpty()) {
        months.addAll(EnumSet.allOf(Month.class));
      }
      months.removeAll(r.exceptMonths);
      if (months.isEmpty()) {
        return refusals.refuse("that leaves no month to run in");
      }
    }
    boolean noDay = days.isEmpty() && monthDays.isEmpty() && r.nthWeekdays.isEmpty();
    if (noDay && r.stepMinutes == 0) {
      switch (unit) {
        case WEEK -> days.add(today.getDayOfWeek());
        case MONTH -> monthDays.add(today.getDayOfMonth());
        case YEAR -> {
          if (months.isEmpty()) {
            months.add(today.getMonth());
            monthDays.add(today.getDayOfMonth());
          } else {
            monthDays.add(1);
          }
        }
        default -> { }
      }
    }
    Optional<String> impossible = impossibility(unit, monthDays, r.nthWeekdays, months);
    if (impossible.isPresent()) {
      return refusals.refuse(impossible.get());
    }
    RecurrenceRule rule = new RecurrenceRule(unit, 1, today, days, monthDays, r.nthWeekdays,
        months, times, r.stepMinutes, begins, end, r.positions);
    Optional<ZonedDateTime> first = new RecurringSchedule(rule, zone).nextAfter(from);
    if (first.isEmpty()) {
      return refusals.refuse(end != null ? "it has no run before its end date" : "that date never comes round");
    }
    if (r.interval > 1) {
      rule = new RecurrenceRule(unit, r.interval, first.get().toLocalDate(), days, monthDays,
          r.nthWeekdays, months, times, r.stepMinutes, rule.start(), end, r.positions);
    }
    return new Parsed(new RecurringSchedule(rule, zone));
  }

  private static RecurrenceUnit inferUnit(Reading r) {
    if (!r.monthDays.isEmpty() || !r.nthWeekdays.isEmpty() || !r.positions.isEmpty()) {
      return r.months.isEmpty() ? RecurrenceUnit.MONTH : RecurrenceUnit.YEAR;
    }
    return r.days.isEmpty() ? RecurrenceUnit.DAY : RecurrenceUnit.WEEK;
  }

  /** Why the days asked for can never happen ("February 30", "the 6th Monday"), if so. */
  private static Optional<String> impossibility(RecurrenceUnit unit, List<Integer> monthDays,
      List<NthWeekday> nth, Set<Month> months) {
    Set<Month> candidates = months.isEmpty() ? EnumSet.allOf(Month.class) : months;
    for (int d : monthDays) {
      if (candidates.stream().noneMatch(m -> Math.abs(d) <= m.maxLength())) {
        return Optional.of("no month asked for has a day " + Math.abs(d));
      }
    }
    boolean withinYear = unit == RecurrenceUnit.YEAR && months.isEmpty();
    for (NthWeekday n : nth) {
      if (Math.abs(n.ordinal()) > (withinYear ? 53 : 5)) {
        return Optional.of("there is no " + RuleDescriber.ordinal(n.ordinal()) + " "
            + n.day().toString().toLowerCase() + (withinYear ? " in a year" : " in a month"));
      }
    }
    return Optional.empty();
  }
}

package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which local dates and times a recurring schedule runs on, independent of time zone.
 *
 * <p>A date matches when it passes every filter that is set (months; days of the month or nth
 * weekdays; weekdays) and falls in a period ({@link #unit} × {@link #interval}) counted from
 * {@link #anchor}, the first run. Within a matching date the rule runs at {@link #times}, or every
 * {@link #stepMinutes} minutes from midnight when a step is set (like cron, the step restarts each
 * day). No date before {@link #start} or after {@link #end} matches, when they are set ("every
 * day starting Monday", "every weekday until Dec 20").
 */
public record RecurrenceRule(
    RecurrenceUnit unit,
    int interval,
    LocalDate anchor,
    Set<DayOfWeek> days,
    List<Integer> monthDays,
    List<NthWeekday> nthWeekdays,
    Set<Month> months,
    List<LocalTime> times,
    int stepMinutes,
    LocalDate start,
    LocalDate end) {

  /** A rule that runs from now on. */
  public RecurrenceRule(RecurrenceUnit unit, int interval, LocalDate anchor, Set<DayOfWeek> days,
      List<Integer> monthDays, List<NthWeekday> nthWeekdays, Set<Month> months,
      List<LocalTime> times, int stepMinutes) {
    this(unit, interval, anchor, days, monthDays, nthWeekdays, months, times, stepMinutes, null,
        null);
  }

  public RecurrenceRule {
    if (interval < 1) {
      throw new IllegalArgumentException("interval must be at least 1");
    }
    if (stepMinutes < 0 || stepMinutes >= 24 * 60) {
      throw new IllegalArgumentException("step must be under a day");
    }
    days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    monthDays = List.copyOf(monthDays);
    for (int d : monthDays) {
      if (d == 0 || Math.abs(d) > 31) {
        throw new IllegalArgumentException("day of month out of range: " + d);
      }
    }
    nthWeekdays = List.copyOf(nthWeekdays);
    months = months.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(months));
    times = times.stream().distinct().sorted().toList();
    if (times.isEmpty() && stepMinutes == 0) {
      throw new IllegalArgumentException("a rule needs a time of day or a step");
    }
  }

  /** Whether the rule runs on this local date (ignoring the time of day). */
  public boolean matches(LocalDate date) {
    if (start != null && date.isBefore(start) || end != null && date.isAfter(end)) {
      return false;
    }
    if (!months.isEmpty() && !months.contains(date.getMonth())) {
      return false;
    }
    if (!days.isEmpty() && !days.contains(date.getDayOfWeek())) {
      return false;
    }
    if ((!monthDays.isEmpty() || !nthWeekdays.isEmpty()) && !matchesDayOfMonth(date)) {
      return false;
    }
    return interval == 1 || Math.floorMod(periodsFromAnchor(date), interval) == 0;
  }

  /** The local times of day the rule runs at on a matching date, in order. */
  public List<LocalTime> timesOfDay() {
    if (stepMinutes == 0) {
      return times;
    }
    List<LocalTime> stepped = new ArrayList<>();
    for (int minute = 0; minute < 24 * 60; minute += stepMinutes) {
      stepped.add(LocalTime.of(minute / 60, minute % 60));
    }
    return stepped;
  }

  private boolean matchesDayOfMonth(LocalDate date) {
    int length = date.lengthOfMonth();
    for (int d : monthDays) {
      int wanted = d > 0 ? d : length + d + 1;
      if (date.getDayOfMonth() == wanted) {
        return true;
      }
    }
    for (NthWeekday nth : nthWeekdays) {
      if (date.getDayOfWeek() == nth.day() && nthMatches(nth.ordinal(), date)) {
        return true;
      }
    }
    return false;
  }

  /** A yearly rule that names no month counts "the 13th Friday" within the year, as RFC 5545 does. */
  private boolean nthMatches(int ordinal, LocalDate date) {
    boolean withinYear = unit == RecurrenceUnit.YEAR && months.isEmpty();
    int position = withinYear ? date.getDayOfYear() : date.getDayOfMonth();
    int length = withinYear ? date.lengthOfYear() : date.lengthOfMonth();
    return ordinal > 0
        ? (position - 1) / 7 + 1 == ordinal
        : (length - position) / 7 + 1 == -ordinal;
  }

  private long periodsFromAnchor(LocalDate date) {
    return switch (unit) {
      case DAY -> ChronoUnit.DAYS.between(anchor, date);
      case WEEK -> ChronoUnit.WEEKS.between(weekStart(anchor), weekStart(date));
      case MONTH -> ChronoUnit.MONTHS.between(anchor.withDayOfMonth(1), date.withDayOfMonth(1));
      case YEAR -> (long) date.getYear() - anchor.getYear();
    };
  }

  /** Weeks start on Monday (ISO), so "every other week on Mon and Fri" keeps each pair together. */
  private static LocalDate weekStart(LocalDate date) {
    return date.minusDays(date.getDayOfWeek().getValue() - 1L);
  }

  /** Copy with another anchor (the first run), used once the first match is known. */
  RecurrenceRule withAnchor(LocalDate newAnchor) {
    return new RecurrenceRule(unit, interval, newAnchor, days, monthDays, nthWeekdays, months,
        times, stepMinutes, start, end);
  }

  /** How far to search for the next matching date before concluding there is none. */
  long searchHorizonDays() {
    return 366L * 8 * interval + 62;
  }
}

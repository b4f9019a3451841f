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
 * day); with a step, two times are a window: every step from the first through the second ("every
 * 15 minutes between 9am and 5pm"). No date before {@link #start} or after {@link #end} matches, when they are set ("every
 * day starting Monday", "every weekday until Dec 20"). {@link #positions} keep only the Nth of the
 * dates the filters leave in each month ("the last weekday of the month": -1 among Monday to
 * Friday), as RFC 5545's BYSETPOS does.
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
    LocalDate end,
    List<Integer> positions) {

  /** A rule that runs from now on. */
  public RecurrenceRule(RecurrenceUnit unit, int interval, LocalDate anchor, Set<DayOfWeek> days,
      List<Integer> monthDays, List<NthWeekday> nthWeekdays, Set<Month> months,
      List<LocalTime> times, int stepMinutes) {
    this(unit, interval, anchor, days, monthDays, nthWeekdays, months, times, stepMinutes, null,
        null, List.of());
  }

  /** A rule between two dates (either null), with no positions. */
  public RecurrenceRule(RecurrenceUnit unit, int interval, LocalDate anchor, Set<DayOfWeek> days,
      List<Integer> monthDays, List<NthWeekday> nthWeekdays, Set<Month> months,
      List<LocalTime> times, int stepMinutes, LocalDate start, LocalDate end) {
    this(unit, interval, anchor, days, monthDays, nthWeekdays, months, times, stepMinutes, start,
        end, List.of());
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
    positions = positions == null ? List.of() : List.copyOf(positions);
    for (int p : positions) {
      if (p == 0 || Math.abs(p) > 31) {
        throw new IllegalArgumentException("position out of range: " + p);
      }
    }
    months = months.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(months));
    times = times.stream().distinct().sorted().toList();
    if (times.isEmpty() && stepMinutes == 0) {
      throw new IllegalArgumentException("a rule needs a time of day or a step");
    }
    if (stepMinutes > 0 && !times.isEmpty() && times.size() != 2) {
      throw new IllegalArgumentException("a step takes no times or two (a window)");
    }
  }

  /** Whether the rule runs on this local date (ignoring the time of day). */
  public boolean matches(LocalDate date) {
    if (start != null && date.isBefore(start) || end != null && date.isAfter(end)) {
      return false;
    }
    if (!passesFilters(date) || !positions.isEmpty() && !atPosition(date)) {
      return false;
    }
    return interval == 1 || Math.floorMod(periodsFromAnchor(date), interval) == 0;
  }

  /** Months, weekdays and days of the month: what picks dates before positions count them. */
  private boolean passesFilters(LocalDate date) {
    if (!months.isEmpty() && !months.contains(date.getMonth())) {
      return false;
    }
    if (!days.isEmpty() && !days.contains(date.getDayOfWeek())) {
      return false;
    }
    return monthDays.isEmpty() && nthWeekdays.isEmpty() || matchesDayOfMonth(date);
  }

  /** Whether the date is one of the wanted Nth (or Nth last) of its month's filtered dates. */
  private boolean atPosition(LocalDate date) {
    List<LocalDate> inMonth = new ArrayList<>();
    for (LocalDate d = date.withDayOfMonth(1); d.getMonth() == date.getMonth(); d = d.plusDays(1)) {
      if (passesFilters(d)) {
        inMonth.add(d);
      }
    }
    int index = inMonth.indexOf(date);
    return positions.contains(index + 1) || positions.contains(index - inMonth.size());
  }

  /** The local times of day the rule runs at on a matching date, in order. */
  public List<LocalTime> timesOfDay() {
    if (stepMinutes == 0) {
      return times;
    }
    int first = times.isEmpty() ? 0 : times.get(0).getHour() * 60 + times.get(0).getMinute();
    int last = times.isEmpty() ? 24 * 60 - 1 : times.get(1).getHour() * 60 + times.get(1).getMinute();
    List<LocalTime> stepped = new ArrayList<>();
    for (int minute = first; minute <= last; minute += stepMinutes) {
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
        times, stepMinutes, start, end, positions);
  }

  /** How far to search for the next matching date before concluding there is none. */
  long searchHorizonDays() {
    return 366L * 8 * interval + 62;
  }
}

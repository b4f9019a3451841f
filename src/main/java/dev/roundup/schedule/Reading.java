package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the words of a phrase said, slot by slot, before it is turned into a schedule. Filled by
 * {@link PhraseReader}; read by {@link RuleBuilder} (recurring) or {@link OneOffResolver}.
 */
final class Reading {

  boolean recurring;
  RecurrenceUnit unit;
  int interval = 1;
  int stepMinutes;
  final Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
  /** "every day except Friday": days taken out of the days the rest of the phrase names. */
  final Set<DayOfWeek> exceptDays = EnumSet.noneOf(DayOfWeek.class);
  /** "every weekday except in August": months taken out of those the phrase names. */
  final Set<Month> exceptMonths = EnumSet.noneOf(Month.class);
  final List<Integer> monthDays = new ArrayList<>();
  final List<NthWeekday> nthWeekdays = new ArrayList<>();
  /** "the last weekday of the month": which of the month's weekdays (1, 2 … or -1, -2 …). */
  final List<Integer> positions = new ArrayList<>();
  final Set<Month> months = EnumSet.noneOf(Month.class);
  final List<ClockTime> times = new ArrayList<>();
  /** "every 15 minutes between 9am and 5pm": the first and last time a step runs at, or null. */
  ClockTime windowFrom;
  ClockTime windowTo;
  DayPart dayPart;
  Integer year;
  /** 0 for today, 1 for tomorrow, 2 for the day after tomorrow. */
  Integer dayOffset;
  Period periodOffset = Period.ZERO;
  Duration durationOffset = Duration.ZERO;
  boolean hasOffset;
  /**
   * The delay is measured from this moment ("2 days from now", "a week hence", "3 days later"),
   * so it keeps the time of day; "in 2 days" and "next week" name a day, which runs at 9:00.
   */
  boolean fromNow;
  /** "next friday": the named day in the coming calendar week (Monday to Sunday). */
  boolean nextWeek;
  /** Why the phrase cannot be a schedule even though its words were read (past, impossible). */
  String problem;
  /** The problem is two readings that cannot both hold ({@link Refused#clash}). */
  boolean problemIsClash;
  /** "every day" / "each day" was said: every day of the week, so naming weekdays too clashes. */
  boolean everyDay;

  /** Whether calendar words name the day: months, days of the month, weekdays or nth weekdays. */
  boolean namesCalendarDays() {
    return !months.isEmpty() || !monthDays.isEmpty() || !nthWeekdays.isEmpty() || !days.isEmpty();
  }

  void problem(String why) {
    if (problem == null) {
      problem = why;
    }
  }

  void clash(String why) {
    if (problem == null) {
      problem = why;
      problemIsClash = true;
    }
  }
}

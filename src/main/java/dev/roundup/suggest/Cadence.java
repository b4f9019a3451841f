package dev.roundup.suggest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which days a rhythm falls on: some days of the week (one, several, the weekdays, every day), a
 * day of the month, or an nth weekday of the month. Each says itself in words Roundup's schedule
 * parser reads back ({@link #phrase()}) and in words for a person ({@link #plural()}).
 */
public sealed interface Cadence {

  Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  boolean matches(LocalDate date);

  /** The schedule phrase without its time: "every Friday", "on the 1st of every month". */
  String phrase();

  /** The days in a sentence: "Fridays", "weekdays", "1sts of the month". */
  String plural();

  /** How many missed days at the end still count as a rhythm that goes on (a skipped week). */
  int tailAllowance();

  /** Some days of every week. */
  record Weekly(Set<DayOfWeek> days) implements Cadence {

    public Weekly {
      days = Set.copyOf(EnumSet.copyOf(days));
    }

    @Override
    public boolean matches(LocalDate date) {
      return days.contains(date.getDayOfWeek());
    }

    @Override
    public String phrase() {
      if (days.size() == 7) {
        return "every day";
      }
      if (days.equals(WEEKDAYS)) {
        return "every weekday";
      }
      return "every " + join(sorted().stream().map(Cadence::dayName).toList());
    }

    @Override
    public String plural() {
      if (days.size() == 7) {
        return "days";
      }
      if (days.equals(WEEKDAYS)) {
        return "weekdays";
      }
      return join(sorted().stream().map(d -> dayName(d) + "s").toList());
    }

    @Override
    public int tailAllowance() {
      // A week off is one miss for a weekly rhythm, several for a daily one.
      return days.size() == 1 ? 1 : days.size();
    }

    private List<DayOfWeek> sorted() {
      return days.stream().sorted().toList();
    }
  }

  /** The same day of every month; -1 is the last day. */
  record MonthDay(int day) implements Cadence {

    @Override
    public boolean matches(LocalDate date) {
      return day == -1 ? date.getDayOfMonth() == date.lengthOfMonth() : date.getDayOfMonth() == day;
    }

    @Override
    public String phrase() {
      return day == -1 ? "on the last day of every month" : "on the " + ordinal(day) + " of every month";
    }

    @Override
    public String plural() {
      return day == -1 ? "last days of the month" : ordinal(day) + "s of the month";
    }

    @Override
    public int tailAllowance() {
      return 1;
    }
  }

  /** The nth weekday of every month ("first Monday"); ordinal -1 is the last one. */
  record NthWeekday(int ordinal, DayOfWeek day) implements Cadence {

    @Override
    public boolean matches(LocalDate date) {
      if (date.getDayOfWeek() != day) {
        return false;
      }
      return ordinal == -1 ? date.getDayOfMonth() + 7 > date.lengthOfMonth()
          : (date.getDayOfMonth() - 1) / 7 + 1 == ordinal;
    }

    @Override
    public String phrase() {
      return "on the " + nth() + " " + dayName(day) + " of every month";
    }

    @Override
    public String plural() {
      return nth() + " " + dayName(day) + "s of the month";
    }

    @Override
    public int tailAllowance() {
      return 1;
    }

    private String nth() {
      return switch (ordinal) {
        case -1 -> "last";
        case 1 -> "first";
        case 2 -> "second";
        case 3 -> "third";
        default -> "fourth";
      };
    }
  }

  static String dayName(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String ordinal(int n) {
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}

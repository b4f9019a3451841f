package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Plain-words rendering of a rule: "every weekday at 9:00 AM", "on the 15th of every month at …". */
final class RuleDescriber {

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private RuleDescriber() {}

  /** Notes a description ends with when the day does not exist every month or year. */
  static final String MONTHS_SKIPPED = "(months without that day are skipped)";
  static final String YEARS_SKIPPED = "(years without that day are skipped)";

  static String describe(RecurrenceRule r) {
    return describe(r, null);
  }

  /** @param zone the zone to say after the times ("at 9:00 AM America/New_York"), or null */
  static String describe(RecurrenceRule r, String zone) {
    StringBuilder text = new StringBuilder(period(r));
    if (!r.positions().isEmpty()) {
      // "every month on the last weekday"
      text.append(" on the ").append(join(r.positions().stream().map(RuleDescriber::ordinal).toList()))
          .append(' ').append(r.days().equals(WEEKDAYS) ? "weekday" : days(r.days()));
    } else if (!r.days().isEmpty()) {
      boolean every = text.toString().equals("every");
      // "every weekday", but "every other week on weekdays": the parser reads both back.
      String days = days(r.days());
      if (every && r.days().size() >= 5 && !r.days().equals(WEEKDAYS)) {
        // six days read better by the one left out: "every day except Friday"
        days = "day except " + join(EnumSet.complementOf(EnumSet.copyOf(r.days())).stream()
            .map(RuleDescriber::dayName).toList());
      }
      text.append(every ? "" : " on").append(' ').append(every || !r.days().equals(WEEKDAYS) ? days : days + "s");
    }
    boolean oneDate = r.months().size() == 1 && !r.monthDays().isEmpty() && r.nthWeekdays().isEmpty();
    if (oneDate) {
      // "every year on December 25th"
      text.append(" on ").append(monthName(r.months().iterator().next())).append(' ')
          .append(join(r.monthDays().stream().map(RuleDescriber::monthDay).toList()));
    } else if (!r.monthDays().isEmpty() || !r.nthWeekdays().isEmpty()) {
      List<String> parts = new ArrayList<>();
      r.monthDays().forEach(d -> parts.add(monthDay(d)));
      r.nthWeekdays().forEach(n -> parts.add(ordinal(n.ordinal()) + " " + dayName(n.day())));
      text.append(" on the ").append(join(parts));
    }
    if (!r.months().isEmpty() && !oneDate) {
      // most of the year reads better by the months left out: "except in August"
      boolean fewerOut = r.months().size() >= 7;
      Set<Month> named = fewerOut ? EnumSet.complementOf(EnumSet.copyOf(r.months())) : r.months();
      text.append(fewerOut ? " except in " : " in ")
          .append(join(named.stream().sorted().map(RuleDescriber::monthName).toList()));
    }
    if (r.stepMinutes() == 0) {
      text.append(" at ").append(join(r.times().stream().map(RuleDescriber::time).toList()));
    } else if (!r.times().isEmpty()) {
      text.append(" between ").append(time(r.times().get(0))).append(" and ").append(time(r.times().get(1)));
    }
    if (zone != null && !r.times().isEmpty()) {
      text.append(' ').append(zone);
    }
    // "starting December 7, 2026", "until December 20, 2026": the parser reads both back
    if (r.start() != null) {
      text.append(" starting ").append(date(r.start()));
    }
    if (r.end() != null) {
      text.append(" until ").append(date(r.end()));
    }
    Set<Month> candidates = r.months().isEmpty() ? EnumSet.allOf(Month.class) : r.months();
    if (r.monthDays().stream().anyMatch(d -> candidates.stream().anyMatch(m -> Math.abs(d) > m.minLength()))) {
      text.append(r.months().isEmpty() ? " " + MONTHS_SKIPPED : " " + YEARS_SKIPPED);
    }
    return text.toString().replaceAll(" +", " ").strip();
  }

  private static String period(RecurrenceRule r) {
    if (r.stepMinutes() > 0) {
      int m = r.stepMinutes();
      return m % 60 == 0
          ? (m == 60 ? "every hour" : "every " + m / 60 + " hours")
          : m == 1 ? "every minute" : "every " + m + " minutes";
    }
    String unit = r.unit().name().toLowerCase(Locale.ROOT);
    if (r.interval() == 1 && !r.days().isEmpty() && r.monthDays().isEmpty() && r.nthWeekdays().isEmpty()
        && r.positions().isEmpty()) {
      return "every"; // "every weekday", "every Monday and Friday"
    }
    if (r.interval() == 1) {
      return "every " + unit;
    }
    return r.interval() == 2 ? "every other " + unit : "every " + r.interval() + " " + unit + "s";
  }

  static String days(Set<DayOfWeek> days) {
    if (days.equals(WEEKDAYS)) {
      return "weekday";
    }
    return join(days.stream().sorted().map(RuleDescriber::dayName).toList());
  }

  static String time(LocalTime t) {
    int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    String minutes = String.format(Locale.ROOT, "%02d", t.getMinute());
    return hour + ":" + minutes + (t.getHour() < 12 ? " AM" : " PM");
  }

  private static String monthDay(int d) {
    if (d == -1) {
      return "last day";
    }
    return d > 0 ? ordinal(d) : ordinal(-d) + " last day";
  }

  static String ordinal(int n) {
    if (n == -1) {
      return "last";
    }
    if (n < 0) {
      return ordinal(-n) + " last";
    }
    String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  private static String date(LocalDate d) {
    return monthName(d.getMonth()) + " " + d.getDayOfMonth() + ", " + d.getYear();
  }

  private static String dayName(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String monthName(Month m) {
    return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}

package dev.roundup.schedule;

import java.time.Period;
import java.util.Optional;

/** Unit words of intervals and offsets, with their abbreviations. */
final class Units {

  private Units() {}

  static boolean isSeconds(String w) {
    return w.equals("second") || w.equals("seconds") || w.equals("sec") || w.equals("secs");
  }

  /** Minutes in one hour/minute unit word, empty for other words. */
  static Optional<Integer> minutesOf(String w) {
    return switch (w) {
      case "minute", "minutes", "min", "mins" -> Optional.of(1);
      case "hour", "hours", "hr", "hrs", "h" -> Optional.of(60);
      default -> Optional.empty();
    };
  }

  /** The interval unit of a calendar unit word ("days", "week", "fortnight"). */
  static Optional<RecurrenceUnit> recurrenceUnit(String w) {
    return switch (w) {
      case "day", "days" -> Optional.of(RecurrenceUnit.DAY);
      case "week", "weeks", "fortnight" -> Optional.of(RecurrenceUnit.WEEK);
      case "month", "months" -> Optional.of(RecurrenceUnit.MONTH);
      case "year", "years" -> Optional.of(RecurrenceUnit.YEAR);
      default -> Optional.empty();
    };
  }

  /** {@code count} calendar units as a period, accepting offset abbreviations ("1d", "1 mon"). */
  static Optional<Period> periodOf(String w, int count) {
    return switch (w) {
      case "day", "days", "d" -> Optional.of(Period.ofDays(count));
      case "week", "weeks", "w", "wk", "wks" -> Optional.of(Period.ofWeeks(count));
      case "fortnight", "fortnights" -> Optional.of(Period.ofWeeks(2 * count));
      case "month", "months", "mon", "mo", "mos" -> Optional.of(Period.ofMonths(count));
      case "year", "years", "yr", "yrs", "y" -> Optional.of(Period.ofYears(count));
      default -> Optional.empty();
    };
  }
}

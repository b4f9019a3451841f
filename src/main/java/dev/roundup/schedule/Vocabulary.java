package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The words the parser knows: day and month names with their abbreviations, numbers, ordinals. */
final class Vocabulary {

  private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\d+(st|nd|rd|th)");

  private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
      Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
      Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
      Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("weds", DayOfWeek.WEDNESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY),
      Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
      Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
      Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

  private static final Map<String, Month> MONTHS = Map.ofEntries(
      Map.entry("jan", Month.JANUARY), Map.entry("january", Month.JANUARY),
      Map.entry("feb", Month.FEBRUARY), Map.entry("february", Month.FEBRUARY),
      Map.entry("mar", Month.MARCH), Map.entry("march", Month.MARCH),
      Map.entry("apr", Month.APRIL), Map.entry("april", Month.APRIL),
      Map.entry("may", Month.MAY),
      Map.entry("jun", Month.JUNE), Map.entry("june", Month.JUNE),
      Map.entry("jul", Month.JULY), Map.entry("july", Month.JULY),
      Map.entry("aug", Month.AUGUST), Map.entry("august", Month.AUGUST),
      Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
      Map.entry("september", Month.SEPTEMBER),
      Map.entry("oct", Month.OCTOBER), Map.entry("october", Month.OCTOBER),
      Map.entry("nov", Month.NOVEMBER), Map.entry("november", Month.NOVEMBER),
      Map.entry("dec", Month.DECEMBER), Map.entry("december", Month.DECEMBER));

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
      Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
      Map.entry("tenth", 10));

  private Vocabulary() {}

  /** A day name, singular or plural ("mondays"); plural is reported by {@link #isPluralDay}. */
  static Optional<DayOfWeek> day(String word) {
    DayOfWeek d = DAYS.get(word);
    if (d == null && word.endsWith("s")) {
      d = DAYS.get(word.substring(0, word.length() - 1));
    }
    return Optional.ofNullable(d);
  }

  static boolean isPluralDay(String word) {
    return !DAYS.containsKey(word) && day(word).isPresent();
  }

  static Optional<Month> month(String word) {
    return Optional.ofNullable(MONTHS.get(word));
  }

  /** A cardinal: digits or a number word ("two"). */
  static Optional<Integer> number(Token t) {
    if (t.isNumber() && t.text().length() <= 4) {
      return Optional.of(Integer.parseInt(t.text()));
    }
    return Optional.ofNullable(NUMBERS.get(t.text()));
  }

  /** An ordinal: "3rd" or "third". */
  static Optional<Integer> ordinal(Token t) {
    String s = t.text();
    if (ORDINAL_DIGITS.matcher(s).matches()) {
      return Optional.of(Integer.parseInt(s.substring(0, s.length() - 2)));
    }
    return Optional.ofNullable(ORDINALS.get(s));
  }
}

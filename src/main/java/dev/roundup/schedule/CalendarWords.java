package dev.roundup.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the calendar words of a phrase into a {@link Reading}: dates ({@code 2026-12-31},
 * {@code 12/31}, "Dec 24th 2026", "24 December"), day names and lists ("Mon, Wed and Fri",
 * "tue/thu", "Mondays"), days of the month ("the 15th", "last day", "3rd last day"), nth
 * weekdays ("first Monday", "2nd and last Friday") and nth working days ("last business day").
 */
final class CalendarWords {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
  private static final Pattern SLASH_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}(/\\d{2,4})?");
  private static final Pattern DOT_DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.(\\d{2}|\\d{4})?");
  private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("\\d.*");
  private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");

  private CalendarWords() {}

  /** Tokens used from {@code i} on (as the index after them), or -1 when none apply. */
  static int read(List<Token> tokens, int i, Reading r) {
    Token t = tokens.get(i);
    String s = t.text();
    if (ISO_DATE.matcher(s).matches()) {
      String[] p = s.split("-");
      date(r, Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      return i + 1;
    }
    if (SLASH_DATE.matcher(s).matches()) {
      String[] p = s.split("/");
      Integer year = p.length == 3 ? Integer.parseInt(p[2]) : null;
      if (year != null && year < 100) {
        year += 2000; // "3/3/15": two-digit years are this century
      }
      date(r, year, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
      return i + 1;
    }
    if (DOT_DATE.matcher(s).matches()) {
      // "4.3.", "04.03.2027": day first, the only order written with dots
      String[] p = s.split("\\.");
      Integer year = p.length == 3 ? Integer.valueOf(p[2]) : null;
      if (year != null && year < 100) {
        year += 2000;
      }
      date(r, year, Integer.parseInt(p[1]), Integer.parseInt(p[0]));
      return i + 1;
    }
    if (Vocabulary.day(s).isPresent()) {
      return days(tokens, i, r);
    }
    if (t.is("weekend")) {
      r.days.add(DayOfWeek.SATURDAY);
      r.days.add(DayOfWeek.SUNDAY);
      return i + 1;
    }
    boolean monthEdge = i + 1 < tokens.size() && tokens.get(i + 1).is("of")
        || i > 0 && tokens.get(i - 1).is("the");
    if (t.is("beginning", "begin", "start", "end") && monthEdge) {
      r.monthDays.add(t.is("end") ? -1 : 1); // "start of each month", "every month at the end"
      return i + 1;
    }
    if (Vocabulary.month(s).isPresent()) {
      return month(tokens, i, r);
    }
    if (Vocabulary.ordinal(t).isPresent() || t.is("last", "final")) {
      return ordinals(tokens, i, r);
    }
    if (t.is("day") && i + 1 < tokens.size() && tokens.get(i + 1).isNumber()) {
      return dayNumbers(tokens, i + 1, r); // "on day 20 and 30"
    }
    Optional<Integer> number = Vocabulary.number(t);
    if (number.isPresent() && t.isNumber() && i + 1 < tokens.size()) {
      int k = tokens.get(i + 1).is("of") ? i + 2 : i + 1;
      if (k < tokens.size() && Vocabulary.month(tokens.get(k).text()).isPresent()) {
        dayOfMonth(r, number.get());
        return k; // the month name is read next
      }
    }
    return -1;
  }

  private static void date(Reading r, Integer year, int month, int day) {
    if (month < 1 || month > 12) {
      r.problem("there is no month " + month);
      return;
    }
    if (year != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        r.problem("that date does not exist");
        return;
      }
      r.year = year;
    }
    r.months.add(Month.of(month));
    dayOfMonth(r, day);
  }

  private static void dayOfMonth(Reading r, int day) {
    if (day < 1 || day > 31) {
      r.problem("no month has a day " + day);
      return;
    }
    r.monthDays.add(day);
  }

  /** "monday", "mondays", "mon, wed and fri", "tue/thu", "saturday or sunday", "mon-fri". */
  private static int days(List<Token> tokens, int i, Reading r) {
    int j = i;
    int count = 0;
    while (j < tokens.size()) {
      Optional<DayOfWeek> day = Vocabulary.day(tokens.get(j).text());
      if (day.isEmpty()) {
        break;
      }
      r.recurring |= Vocabulary.isPluralDay(tokens.get(j).text());
      r.days.add(day.get());
      count++;
      j++;
      if (j + 1 < tokens.size() && tokens.get(j).is("through", "thru", "to", "-")
          && Vocabulary.day(tokens.get(j + 1).text()).isPresent()) {
        // "monday through friday": every day of the range, wrapping past Sunday
        DayOfWeek end = Vocabulary.day(tokens.get(j + 1).text()).orElseThrow();
        for (DayOfWeek d = day.get(); d != end; d = d.plus(1)) {
          r.days.add(d);
        }
        r.days.add(end);
        count += 2;
        j += 2;
      }
      int k = j;
      while (k < tokens.size() && tokens.get(k).is(",", "and", "/", "or")) {
        k++;
      }
      if (k == j || k >= tokens.size() || Vocabulary.day(tokens.get(k).text()).isEmpty()) {
        break;
      }
      j = k;
    }
    if (count > 1) {
      r.recurring = true; // a list of days only makes sense as a repeating schedule
    }
    return j;
  }

  /** "dec", "december 24th", "march 3 2015", "aug 20 and 30", "april 14, 2015". */
  private static int month(List<Token> tokens, int i, Reading r) {
    r.months.add(Vocabulary.month(tokens.get(i).text()).orElseThrow());
    int j = i + 1;
    boolean first = true;
    while (j < tokens.size()) {
      int k = j;
      if (!first) {
        while (k < tokens.size() && tokens.get(k).is(",", "and")) {
          k++;
        }
        if (k == j) {
          break;
        }
      }
      if (k >= tokens.size()) {
        break;
      }
      Token t = tokens.get(k);
      boolean wordOrdinalAllowed = first; // "march first", but not "march 3 and second …"
      Optional<Integer> day = t.isNumber() && t.text().length() <= 2 && !followedByMeridiem(tokens, k)
          ? Vocabulary.number(t)
          : Vocabulary.ordinal(t)
              .filter(d -> STARTS_WITH_DIGIT.matcher(t.text()).matches() || wordOrdinalAllowed);
      if (day.isEmpty()) {
        break;
      }
      dayOfMonth(r, day.get());
      j = k + 1;
      first = false;
    }
    return year(tokens, j, r);
  }

  private static int dayNumbers(List<Token> tokens, int j, Reading r) {
    while (j < tokens.size() && tokens.get(j).isNumber() && tokens.get(j).text().length() <= 2) {
      dayOfMonth(r, Integer.parseInt(tokens.get(j).text()));
      j++;
      if (j + 1 < tokens.size() && tokens.get(j).is(",", "and") && tokens.get(j + 1).isNumber()) {
        j++;
      }
    }
    return j;
  }

  private static boolean followedByMeridiem(List<Token> tokens, int k) {
    return k + 1 < tokens.size() && tokens.get(k + 1).is("am", "pm", "oclock");
  }

  /** An optional four-digit year after a date ("march 3 2015", "April 14, 2015"). */
  private static int year(List<Token> tokens, int j, Reading r) {
    int k = j < tokens.size() && tokens.get(j).is(",") ? j + 1 : j;
    if (k < tokens.size() && YEAR.matcher(tokens.get(k).text()).matches()) {
      r.year = Integer.parseInt(tokens.get(k).text());
      return k + 1;
    }
    return j;
  }

  /** "the 15th", "1st and 15th", "last day", "3rd last day", "first monday", "2nd and last fri". */
  private static int ordinals(List<Token> tokens, int i, Reading r) {
    List<Integer> ordinals = new ArrayList<>();
    int j = i;
    while (j < tokens.size()) {
      Token t = tokens.get(j);
      Optional<Integer> n = t.is("last", "final") ? Optional.of(-1) : Vocabulary.ordinal(t);
      if (n.isEmpty()) {
        break;
      }
      int value = n.get();
      j++;
      if (value > 0 && j < tokens.size() && tokens.get(j).is("last")) {
        value = -value; // "3rd last"
        j++;
      } else if (value > 0 && j + 1 < tokens.size() && tokens.get(j).is("to")) {
        int k = tokens.get(j + 1).is("the") ? j + 2 : j + 1;
        if (k < tokens.size() && tokens.get(k).is("last")) {
          value = -value; // "2nd to last", "2nd to the last"
          j = k + 1;
        }
      }
      ordinals.add(value);
      int k = j;
      while (k < tokens.size() && tokens.get(k).is(",", "and")) {
        k++;
      }
      if (k == j || k >= tokens.size() || !isOrdinalWord(tokens.get(k))) {
        break;
      }
      j = k;
    }
    while (j < tokens.size() && tokens.get(j).is("instance", "instances", "of") && j + 1 < tokens.size()
        && !Vocabulary.month(tokens.get(j + 1).text()).isPresent() && !tokens.get(j + 1).is("the", "every", "each")) {
      j++; // "first and last instance of tue"
    }
    if (j < tokens.size() && Vocabulary.day(tokens.get(j).text()).isPresent()) {
      return nthWeekdays(tokens, j, ordinals, r);
    }
    int weekday = afterWeekdayWord(tokens, j);
    if (weekday > 0) {
      // "last business day of the month": the Nth of the month's days from Monday to Friday
      for (int n : ordinals) {
        if (n == 0 || Math.abs(n) > 23) {
          r.problem("no month has a " + RuleDescriber.ordinal(n) + " weekday");
        } else {
          r.positions.add(n);
        }
      }
      r.days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
      return weekday;
    }
    boolean namedDay = j < tokens.size() && tokens.get(j).is("day");
    if (ordinals.contains(-1) && ordinals.size() == 1 && !namedDay && !nextIsOf(tokens, j)) {
      return -1; // "last week", "last monday": past words, read elsewhere
    }
    for (int d : ordinals) {
      if (d == 0 || d > 31 || d < -31) {
        r.problem("no month has a " + RuleDescriber.ordinal(d) + " day");
      } else {
        r.monthDays.add(d);
      }
    }
    return namedDay ? j + 1 : j;
  }

  /** After "weekday", "workday", "business day" or "working day" at {@code j}, or -1. */
  private static int afterWeekdayWord(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return -1;
    }
    if (tokens.get(j).is("weekday", "workday")) {
      return j + 1;
    }
    boolean twoWords = tokens.get(j).is("business", "working") && j + 1 < tokens.size()
        && tokens.get(j + 1).is("day");
    return twoWords ? j + 2 : -1;
  }

  private static boolean nextIsOf(List<Token> tokens, int j) {
    return j < tokens.size() && tokens.get(j).is("of", "in");
  }

  private static boolean isOrdinalWord(Token t) {
    return t.is("last", "final") || Vocabulary.ordinal(t).isPresent();
  }

  private static int nthWeekdays(List<Token> tokens, int j, List<Integer> ordinals, Reading r) {
    Reading days = new Reading();
    int end = days(tokens, j, days);
    boolean pastLast = ordinals.equals(List.of(-1)) && !nextIsOf(tokens, end);
    if (pastLast) {
      r.problem("that is in the past");
      return end;
    }
    for (int n : ordinals) {
      for (DayOfWeek d : days.days) {
        if (n == 0 || Math.abs(n) > 53) {
          r.problem("there is no " + RuleDescriber.ordinal(n) + " " + d);
        } else {
          r.nthWeekdays.add(new NthWeekday(n, d));
        }
      }
    }
    return end;
  }
}

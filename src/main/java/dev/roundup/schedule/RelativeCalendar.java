package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Days named relative to this or next week or month, put in the calendar words the rest of the
 * parser reads: "wednesday of next week" and "friday next week" are that day's date (as "next
 * wednesday" is), "tuesday this week" is this week's Tuesday (refused later if it has passed),
 * "the 20th of next month" and "the first monday of this month" name the month and its year;
 * "the end of the year" (or month, or week) is its last day.
 * Weeks run Monday to Sunday. The new words keep the span of the words they replace, so a
 * schedule located in a command still covers exactly what was typed.
 */
final class RelativeCalendar {

  private RelativeCalendar() {}

  static List<Token> rewrite(List<Token> tokens, LocalDate today) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int at = i;
      Optional<Replaced> r = dayOfWeek(tokens, at, today).or(() -> weekThenDay(tokens, at, today))
          .or(() -> month(tokens, at, today)).or(() -> endOf(tokens, at, today));
      if (r.isPresent()) {
        out.addAll(r.get().tokens());
        i = r.get().next();
      } else {
        out.add(tokens.get(i++));
      }
    }
    return out;
  }

  /** The words that replace tokens up to (not including) {@code next}. */
  private record Replaced(List<Token> tokens, int next) {}

  /** "wednesday (,) (of) (the) next/following/this/current week". */
  private static Optional<Replaced> dayOfWeek(List<Token> tokens, int i, LocalDate today) {
    Optional<DayOfWeek> day = Vocabulary.day(tokens.get(i).text());
    if (day.isEmpty() || Vocabulary.isPluralDay(tokens.get(i).text())) {
      return Optional.empty();
    }
    int j = skip(tokens, i + 1, ",", "of", "the");
    Optional<Integer> weeksAhead = week(tokens, j);
    if (weeksAhead.isEmpty()) {
      return Optional.empty();
    }
    int end = j + 2;
    return Optional.of(new Replaced(List.of(iso(dayOfWeek(today, weeksAhead.get(), day.get()),
        tokens.get(i), tokens.get(end - 1))), end));
  }

  /** "next week (on) wednesday". */
  private static Optional<Replaced> weekThenDay(List<Token> tokens, int i, LocalDate today) {
    Optional<Integer> weeksAhead = week(tokens, i);
    if (weeksAhead.isEmpty()) {
      return Optional.empty();
    }
    int j = skip(tokens, i + 2, ",", "on");
    Optional<DayOfWeek> day = j < tokens.size() ? Vocabulary.day(tokens.get(j).text()) : Optional.empty();
    if (day.isEmpty() || Vocabulary.isPluralDay(tokens.get(j).text())) {
      return Optional.empty();
    }
    return Optional.of(new Replaced(List.of(iso(dayOfWeek(today, weeksAhead.get(), day.get()),
        tokens.get(i), tokens.get(j))), j + 1));
  }

  /** "of/in (the) next/following/this/current month": the month's name and year. */
  private static Optional<Replaced> month(List<Token> tokens, int i, LocalDate today) {
    if (!tokens.get(i).is("of", "in")) {
      return Optional.empty();
    }
    int j = skip(tokens, i + 1, "the");
    if (j + 1 >= tokens.size() || !tokens.get(j + 1).is("month")) {
      return Optional.empty();
    }
    Token which = tokens.get(j);
    int ahead = which.is("next", "following") ? 1 : which.is("this", "current") ? 0 : -1;
    if (ahead < 0) {
      return Optional.empty();
    }
    LocalDate month = today.withDayOfMonth(1).plusMonths(ahead);
    Token first = tokens.get(i);
    Token last = tokens.get(j + 1);
    return Optional.of(new Replaced(List.of(first,
        new Token(name(month.getMonth()), which.start(), last.end()),
        new Token(String.valueOf(month.getYear()), which.start(), last.end())), j + 2));
  }

  /**
   * "(the) end of (the/this) week/month/year": its last day (Sunday, the month's last day, 31
   * December), as "until the end of the year" means.
   */
  private static Optional<Replaced> endOf(List<Token> tokens, int i, LocalDate today) {
    int j = tokens.get(i).is("the") ? i + 1 : i;
    if (j + 2 >= tokens.size() || !tokens.get(j).is("end") || !tokens.get(j + 1).is("of")) {
      return Optional.empty();
    }
    int k = skip(tokens, j + 2, "the", "this");
    if (k >= tokens.size()) {
      return Optional.empty();
    }
    Token unit = tokens.get(k);
    LocalDate last = unit.is("week") ? today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
        : unit.is("month") ? today.with(TemporalAdjusters.lastDayOfMonth())
        : unit.is("year") ? today.with(TemporalAdjusters.lastDayOfYear()) : null;
    return last == null ? Optional.empty()
        : Optional.of(new Replaced(List.of(iso(last, tokens.get(i), unit)), k + 1));
  }

  /** Weeks ahead of this one that "this week" (0) or "next week" (1) at {@code j} names. */
  private static Optional<Integer> week(List<Token> tokens, int j) {
    if (j + 1 >= tokens.size() || !tokens.get(j + 1).is("week")) {
      return Optional.empty();
    }
    Token which = tokens.get(j);
    return which.is("next", "following") ? Optional.of(1)
        : which.is("this", "current") ? Optional.of(0) : Optional.empty();
  }

  private static int skip(List<Token> tokens, int j, String... words) {
    while (j < tokens.size() && tokens.get(j).is(words)) {
      j++;
    }
    return j;
  }

  /** The day of the week that is {@code weeksAhead} weeks after this one (weeks from Monday). */
  private static LocalDate dayOfWeek(LocalDate today, int weeksAhead, DayOfWeek day) {
    return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeksAhead)
        .with(TemporalAdjusters.nextOrSame(day));
  }

  private static Token iso(LocalDate date, Token first, Token last) {
    return new Token(date.toString(), first.start(), last.end());
  }

  private static String name(Month m) {
    return m.name().toLowerCase(Locale.ROOT);
  }
}

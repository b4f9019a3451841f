package dev.roundup.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "every day starting Monday", "from December 7 every weekday at 9am", "every Friday beginning
 * next week": the day a repeating schedule begins. The words after "starting" (or "beginning",
 * "from", "effective") that name a day and no time are the start; the rest of the phrase is the
 * rule. Read apart, "starting Monday" cannot turn "every day" into "every Monday".
 */
final class StartClause {

  private static final Set<String> WORDS = Set.of("starting", "beginning", "from", "effective");
  /** Words that join what follows to what comes before: never the last word of a start date. */
  private static final Set<String> JOINING = Set.of("of", "on", "the", "and", ",", "/", "in", "at",
      "for");
  /** How far back an already-passed start date is looked for (a description read back later). */
  private static final int YEARS_BACK = 5;

  private StartClause() {}

  /**
   * The schedule when {@code tokens} are a repeating rule and a start date, or empty when they
   * are not (the phrase is then read as a whole, as before).
   */
  static Optional<ParseResult> read(List<Token> tokens, ZoneId zone, ZonedDateTime now,
      Refusals refusals) {
    ParseResult refused = null;
    for (int k = 0; k < tokens.size(); k++) {
      if (!WORDS.contains(tokens.get(k).text())) {
        continue;
      }
      // The longest date, so "December 7, 2026" keeps its year, that neither ends on a joining
      // word nor leaves the rule starting with "of": "starting next Tuesday on the 4th of each
      // month" starts next Tuesday, not on a Tuesday the 4th.
      for (int end = tokens.size(); end > k + 1; end--) {
        if (JOINING.contains(tokens.get(end - 1).text())
            || end < tokens.size() && tokens.get(end).is("of")) {
          continue;
        }
        Optional<LocalDate> start = date(tokens.subList(k + 1, end), zone, now);
        if (start.isEmpty()) {
          continue;
        }
        List<Token> rest = new ArrayList<>(tokens.subList(0, k));
        rest.addAll(tokens.subList(end, tokens.size()));
        Optional<Reading> rule = rule(rest);
        if (rule.isEmpty()) {
          continue;
        }
        ParseResult built = rule.get().problem != null ? refusals.refuse(rule.get().problem)
            : RuleBuilder.build(rule.get(), zone, now, start.get(), refusals);
        if (built instanceof Parsed) {
          return Optional.of(built);
        }
        refused = refused == null ? built : refused;
      }
    }
    return Optional.ofNullable(refused);
  }

  /**
   * The day these words name, with no time of day; a date already past (a description read back
   * after its start) is today, since the schedule has begun.
   */
  private static Optional<LocalDate> date(List<Token> words, ZoneId zone, ZonedDateTime now) {
    LocalDate today = now.withZoneSameInstant(zone).toLocalDate();
    if (words.size() == 2 && words.get(0).is("next") && words.get(1).is("week", "month")) {
      // starting next week / month: from its first day, not a week or a month from now
      return Optional.of(words.get(1).is("week")
          ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
          : today.with(TemporalAdjusters.firstDayOfNextMonth()));
    }
    PhraseReader.Result read = PhraseReader.read(words);
    Reading r = read.reading();
    if (r == null || r.recurring || r.problem != null || !r.times.isEmpty() || r.dayPart != null
        || r.stepMinutes > 0 || !namesADay(r)) {
      return Optional.empty();
    }
    Refusals quiet = new Refusals("");
    if (OneOffResolver.resolve(r, zone, now, quiet) instanceof Parsed p) {
      return Optional.of(p.schedule().nextAfter(now.minusNanos(1)).orElseThrow()
          .withZoneSameInstant(zone).toLocalDate());
    }
    ZonedDateTime earlier = now.minusYears(YEARS_BACK);
    if (OneOffResolver.resolve(PhraseReader.read(words).reading(), zone, earlier, quiet)
        instanceof Parsed p) {
      LocalDate past = p.schedule().nextAfter(earlier.minusNanos(1)).orElseThrow()
          .withZoneSameInstant(zone).toLocalDate();
      return past.isAfter(today) ? Optional.empty() : Optional.of(today);
    }
    return Optional.empty();
  }

  private static boolean namesADay(Reading r) {
    return r.dayOffset != null || r.hasOffset || r.nextWeek || !r.days.isEmpty()
        || !r.monthDays.isEmpty() || !r.months.isEmpty() || !r.nthWeekdays.isEmpty()
        || r.year != null;
  }

  private static Optional<Reading> rule(List<Token> words) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Reading r = PhraseReader.read(words).reading();
    return r != null && r.recurring ? Optional.of(r) : Optional.empty();
  }
}

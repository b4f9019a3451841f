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
 * The days a repeating schedule begins and ends: "every day starting Monday", "from December 7
 * every weekday at 9am", "every weekday until Dec 20", "daily starting March 3rd until April 5th".
 * The words after "starting" (or "beginning", "from", "effective") and after "until" (or "till",
 * "through", "ending") that name a day and no time are the bounds; the rest of the phrase is the
 * rule. Read apart, "starting Monday" cannot turn "every day" into "every Monday".
 */
final class DateBounds {

  private static final Set<String> START_WORDS = Set.of("starting", "beginning", "from", "effective");
  private static final Set<String> END_WORDS = Set.of("until", "till", "til", "through", "thru", "ending");
  /** Words that join what follows to what comes before: never the last word of a date. */
  private static final Set<String> JOINING = Set.of("of", "on", "the", "and", ",", "/", "in", "at",
      "for");
  /**
   * An end date with no year that passed this recently (today included) is taken as passed, not as
   * next year's: the rule is refused as ending before it runs.
   */
  private static final int RECENTLY_PASSED_DAYS = 31;
  /** How far back an already-passed date is looked for (a description read back later). */
  private static final int YEARS_BACK = 5;

  private DateBounds() {}

  /**
   * The tokens without an end that is no end: "until further notice", "until cancelled",
   * "indefinitely", "forever" say what every schedule does.
   */
  static List<Token> withoutOpenEnd(List<Token> tokens) {
    List<Token> kept = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
      if (t.is("until", "till") && next != null && next.is("cancelled", "canceled", "stopped")) {
        i++;
      } else if (t.is("until", "till") && next != null && next.is("further") && after != null
          && after.is("notice")) {
        i += 2;
      } else if (!t.is("indefinitely", "forever")) {
        kept.add(t);
      }
    }
    return kept;
  }

  /**
   * What the bounds said: the first day, the last day (inclusive), how long the rule lasts ("for 2
   * weeks", "6 times"); each null when not said.
   */
  private record Bounds(LocalDate start, LocalDate end, Lasting lasting) {

    boolean none() {
      return start == null && end == null && lasting == null;
    }
  }

  /**
   * The schedule when {@code tokens} are a repeating rule with a start or end date, or empty when
   * they are not (the phrase is then read as a whole, as before).
   */
  static Optional<ParseResult> read(List<Token> tokens, ZoneId zone, ZonedDateTime now,
      Refusals refusals) {
    Optional<Lasting> lasting = Lasting.find(tokens);
    return read(lasting.map(Lasting::rest).orElse(tokens), zone, now, refusals,
        new Bounds(null, null, lasting.orElse(null)));
  }

  private static Optional<ParseResult> read(List<Token> tokens, ZoneId zone, ZonedDateTime now,
      Refusals refusals, Bounds found) {
    ParseResult refused = null;
    for (int k = 0; k < tokens.size(); k++) {
      String word = tokens.get(k).text();
      boolean starts = found.start() == null && START_WORDS.contains(word);
      boolean ends = found.end() == null && END_WORDS.contains(word) && !range(tokens, k);
      if (!starts && !ends) {
        continue;
      }
      // The longest date, so "December 7, 2026" keeps its year, that neither ends on a joining
      // word nor leaves the rule starting with "of": "starting next Tuesday on the 4th of each
      // month" starts next Tuesday, not on a Tuesday the 4th.
      for (int last = tokens.size(); last > k + 1; last--) {
        if (JOINING.contains(tokens.get(last - 1).text())
            || last < tokens.size() && tokens.get(last).is("of")) {
          continue;
        }
        // an end is the first such day after the start: "starting in April until March"
        Optional<LocalDate> day = date(tokens.subList(k + 1, last), zone,
            ends && found.start() != null ? latest(now, found.start(), zone) : now, ends,
            ends && found.start() == null);
        if (day.isEmpty()) {
          continue;
        }
        List<Token> rest = new ArrayList<>(tokens.subList(0, k));
        rest.addAll(tokens.subList(last, tokens.size()));
        Bounds more = starts ? new Bounds(day.get(), found.end(), found.lasting())
            : new Bounds(found.start(), day.get(), found.lasting());
        Optional<ParseResult> built = read(rest, zone, now, refusals, more);
        if (built.isPresent() && built.get() instanceof Parsed) {
          return built;
        }
        refused = refused != null ? refused : built.orElse(null);
      }
    }
    if (refused != null || found.none()) {
      return Optional.ofNullable(refused);
    }
    return rule(tokens).map(r -> r.problem != null ? refusals.problem(r)
        : build(r, zone, now, found, refusals));
  }

  /** The rule with its bounds; a length or a count becomes its last day. */
  private static ParseResult build(Reading r, ZoneId zone, ZonedDateTime now, Bounds found,
      Refusals refusals) {
    Lasting lasting = found.lasting();
    if (lasting == null) {
      return RuleBuilder.build(r, zone, now, found.start(), found.end(), refusals);
    }
    if (found.end() != null) {
      return refusals.refuse("it gives both an end date and how long it lasts; say one of them");
    }
    ParseResult open = RuleBuilder.build(r, zone, now, found.start(), null, refusals);
    if (!(open instanceof Parsed p)) {
      return open;
    }
    int wanted = Math.max(lasting.runs(), 1);
    List<ZonedDateTime> runs = p.schedule().next(now, wanted + 1);
    if (runs.size() < wanted) {
      return open; // the rule has fewer runs left than asked for; it ends by itself
    }
    ZonedDateTime last = runs.get(wanted - 1);
    if (lasting.runs() > 0 && runs.size() > wanted
        && runs.get(wanted).toLocalDate().equals(last.toLocalDate())) {
      return refusals.refuse("it runs more than once a day, so a count of runs cannot end on a day; "
          + "give an end date instead (\"until Friday\")");
    }
    return RuleBuilder.build(r, zone, now, found.start(),
        lasting.end(runs.get(0).toLocalDate(), last.toLocalDate()), refusals);
  }

  /**
   * The day these words name, with no time of day. A start already past (a description read back
   * after its start) is today; an end already past stays as it is, so the rule is refused as
   * having no run left.
   */
  private static Optional<LocalDate> date(List<Token> words, ZoneId zone, ZonedDateTime now,
      boolean end, boolean endFromNow) {
    LocalDate today = now.withZoneSameInstant(zone).toLocalDate();
    int n = words.size();
    if (n >= 2 && words.get(n - 2).is("next") && words.get(n - 1).is("week", "month", "year")
        && words.subList(0, n - 2).stream().allMatch(w -> w.is("from", "on", "in"))) {
      // (from) next week / month / year: its first day, not a week or a month from now
      Token unit = words.get(n - 1);
      return Optional.of(unit.is("week") ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
          : unit.is("month") ? today.with(TemporalAdjusters.firstDayOfNextMonth())
          : today.with(TemporalAdjusters.firstDayOfNextYear()));
    }
    Reading r = PhraseReader.read(words).reading();
    if (r == null || r.recurring || r.problem != null || !r.times.isEmpty() || r.dayPart != null
        || r.stepMinutes > 0 || !namesADay(r)) {
      return Optional.empty();
    }
    Refusals quiet = Refusals.unexplained();
    if (OneOffResolver.resolve(r, zone, now, quiet) instanceof Parsed p) {
      LocalDate day = day(p, zone, now);
      LocalDate yearBefore = day.minusYears(1);
      if (endFromNow && r.year == null && !r.monthDays.isEmpty() && !yearBefore.isAfter(today)
          && yearBefore.isAfter(today.minusDays(RECENTLY_PASSED_DAYS))) {
        // "until Dec 3" said on Dec 4 is a slip, not next December: kept passed, so it is refused
        return Optional.of(yearBefore);
      }
      return Optional.of(day);
    }
    ZonedDateTime earlier = now.minusYears(YEARS_BACK);
    if (OneOffResolver.resolve(r, zone, earlier, quiet) instanceof Parsed p) {
      LocalDate past = day(p, zone, earlier);
      return past.isAfter(today) ? Optional.empty() : Optional.of(end ? past : today);
    }
    return Optional.empty();
  }

  /** "Saturday thru Tuesday", "Monday through Friday": a range of days, not an end date. */
  private static boolean range(List<Token> tokens, int k) {
    return tokens.get(k).is("through", "thru") && k > 0 && k + 1 < tokens.size()
        && Vocabulary.day(tokens.get(k - 1).text()).isPresent()
        && Vocabulary.day(tokens.get(k + 1).text()).isPresent();
  }

  private static ZonedDateTime latest(ZonedDateTime now, LocalDate start, ZoneId zone) {
    ZonedDateTime startOfDay = start.atStartOfDay(zone);
    return startOfDay.isAfter(now) ? startOfDay : now;
  }

  private static LocalDate day(Parsed p, ZoneId zone, ZonedDateTime now) {
    return p.schedule().nextAfter(now.minusNanos(1)).orElseThrow().withZoneSameInstant(zone)
        .toLocalDate();
  }

  private static boolean namesADay(Reading r) {
    return r.dayOffset != null || r.hasOffset || r.nextWeek || r.namesCalendarDays()
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

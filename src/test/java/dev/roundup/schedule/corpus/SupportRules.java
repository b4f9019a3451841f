package dev.roundup.schedule.corpus;

import dev.roundup.schedule.corpus.ExpectedForm.Cron;
import dev.roundup.schedule.corpus.ExpectedForm.CronFields;
import dev.roundup.schedule.corpus.ExpectedForm.DateOnly;
import dev.roundup.schedule.corpus.ExpectedForm.DateTime;
import dev.roundup.schedule.corpus.ExpectedForm.NattyRecurrence;
import dev.roundup.schedule.corpus.ExpectedForm.NoTruth;
import dev.roundup.schedule.corpus.ExpectedForm.RRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Decides, from a row's phrase and expected form only (never from Roundup's answer), whether the
 * row asks for something Roundup supports. Each rule names a family of forms Roundup deliberately
 * does not offer; the first rule that applies classifies the row "unsupported form". Every other
 * row is scored, and a refusal there counts as a failure.
 */
public final class SupportRules {

  /** A named family of unsupported forms and why Roundup leaves it out. */
  public record Rule(String name, String why, BiPredicate<String, ExpectedForm> applies) {}

  private static final String DAY = "(mon|tue|wed|thu|fri|sat|sun)[a-z]*";
  /** Words that make a phrase repeat in Roundup's grammar. */
  private static final String REPEAT_WORDS = "\\b(every|each|everyday|daily|weekly|monthly|yearly|annually|"
      + "hourly|quarterly|once a|weekdays|weekends|of the month|(mon|tues|wednes|thurs|fri|satur|sun)days)\\b";
  private static final String NUMBER_WORD =
      "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

  public static final List<Rule> RULES = List.of(
      new Rule("no ground truth", "cronify's UNSUPPORTED marks its own refusal, not a meaning",
          (p, e) -> e instanceof NoTruth),
      new Rule("bounded by a time of day", "Roundup schedules end on a day (an end date, a length "
          + "such as 'for 2 weeks' or a count such as '6 times'), not at a time of day; a starting "
          + "time for steps, 'twice' as a count and an end relative to another date are not read",
          (p, e) -> e instanceof RRule r && r.parts().containsKey("UNTIL") && r.parts().get("UNTIL").contains("T")
              || e instanceof NattyRecurrence n && !n.until().equals("none")
              || find(p, "\\b(starting at|twice)\\b")),
      new Rule("exceptions of dates or times", "Roundup's 'except …' leaves out weekdays and "
          + "months, not single dates, times or other rules",
          (p, e) -> (e instanceof RRule r ? RRuleExceptions.of(r.exceptions()).isEmpty()
              : find(p, "\\bexcept\\b")) || find(p, "\\bexcept\\b.*\\b(19|20)\\d\\d\\b")),
      new Rule("rule parts outside RRULE subset", "week numbers, day-of-year and BYSETPOS are not offered",
          (p, e) -> e instanceof RRule r && !RRuleExpander.KNOWN_PARTS.containsAll(r.parts().keySet())
              || find(p, "\\bweek \\d+\\b|\\b(3[2-9]|[4-9]\\d|[1-3]\\d\\d)(st|nd|rd|th) day\\b")),
      new Rule("sub-minute", "runs or offsets finer than a minute are not offered",
          (p, e) -> e instanceof RRule r && "SECONDLY".equals(r.parts().get("FREQ"))
              || e instanceof Cron c && c.crons().stream().anyMatch(f -> !f.second().equals("0"))
              || e instanceof DateTime d && d.at().getSecond() != 0
              || find(p, "\\b(seconds?|secs?)\\b|\\d\\s*\\\\?\"")),
      new Rule("one-off or minute windows", "a one-off 'between 3:30 and 4:30' names a span, not a time, "
          + "and cron's minute ranges are not offered ('every 15 minutes between 9am and 5pm' is read)",
          (p, e) -> e instanceof Cron c && c.crons().stream().anyMatch(f -> f.minute().contains("-"))
              || !(e instanceof Cron) && find(p, "\\bbetween\\b|\\d{1,2}:\\d{2}\\s*-\\s*\\d")),
      new Rule("month or year windows", "'from January to March' and named years in rules are not offered",
          (p, e) -> e instanceof Cron c && c.crons().stream()
              .anyMatch(f -> !f.year().equals("*") || f.month().contains("-"))),
      new Rule("cron day-of-month step", "cron's */N day-of-month restarts each month; it is not 'every N days'",
          (p, e) -> e instanceof Cron c && c.crons().stream().anyMatch(SupportRules::dayStep)),
      new Rule("past", "a scheduler cannot run in the past",
          (p, e) -> find(p, "\\b(ago|yesterday|earlier|previous|back|before last|this past|was)\\b")
              || find(p, "\\b(last|past) (week|month|year|night|" + DAY + ")\\b(?!.*\\b(of|in)\\b)")),
      new Rule("the present moment", "'now' is not a schedule",
          (p, e) -> find(p, "\\b(now|atm|at the moment|at this time)\\b")
              && !find(p, "\\bfrom (right )?now\\b")),
      new Rule("holidays", "holiday names are not read", (p, e) -> find(p, "\\b(christmas|easter|ides|thanksgiving)\\b")),
      new Rule("approximate", "approximate times ('about', '3ish', 'a few') are not exact",
          (p, e) -> find(p, "\\b(about|around|approximately|few|early)\\b|\\d+ish\\b|\\bish\\b")),
      new Rule("clock-face and fractional times", "'quarter past', 'half three', '20 to 2', '1.5 hours' are not read",
          (p, e) -> find(p, "\\b(half|quarter|quarters)\\b|\\d/\\d\\s*h|\\d\\.\\d|\\bin 1/\\d|\\bin 3/4")
              || find(p, "\\b(\\d+|" + NUMBER_WORD + "|twenty|fifteen)( minutes?)? (past|to|after|till) "
                  + "(noon|midnight|\\d|" + NUMBER_WORD + ")")),
      new Rule("relative to another date", "offsets from a date other than today ('3 days after next wed') are not read",
          (p, e) -> find(p, "\\b(after|before)\\b") && !find(p, "\\bday after tomorrow\\b")
              || find(p, "\\bfrom\\b") && !find(p, "\\bfrom (right )?(now|today)\\b")
              || find(p, "\\b(closest|in the year)\\b")),
      new Rule("weekends and whole months", "'next weekend', 'this month' alone and 'the week's end' name "
          + "spans, not a day ('wednesday of next week' and 'the 20th of next month' are read)",
          (p, e) -> find(p, "\\b(week|month|year)'s\\b|\\b(next|this) weekend\\b")
              || p.strip().toLowerCase(java.util.Locale.ROOT).matches("(this|next|current) month")),
      new Rule("counted days", "'3 fridays from now', 'upcoming two days' are not read",
          (p, e) -> find(p, "\\b(\\d+|" + NUMBER_WORD + ") (" + DAY + "s|upcoming)\\b|\\bupcoming (\\d+|"
              + NUMBER_WORD + ") days?\\b")),
      new Rule("spelled-out clock times", "'seven thirty', 'nine fifty nine' are not read",
          (p, e) -> find(p, "\\b" + NUMBER_WORD + "[ -](oh|ten|fifteen|twenty|thirty|forty|fifty)\\b")),
      new Rule("unmarked compact clock digits", "'1030', '0000' alone are not read as times; "
          + "'at 1030', '1300 hours', '0600h', '330 p.m.' are",
          (p, e) -> find(p, "(?<![\\d/:.-])(?<!\\bat )(?<!@ ?)(?!(19|20|21)\\d\\d\\b)\\d{3,4}\\b(?![/:-])"
              + "(?!\\s*(minutes?|hours?|hrs|days?|weeks?|months?|years?|[ap]\\.?m\\.?)(?![a-z]))")),
      new Rule("unit-less delays", "'in 15', \"in 15'\" give no unit", (p, e) -> find(p, "\\bin \\d+\\s*'*\\s*$")),
      new Rule("durations, not start times", "'for 5 minutes', 'within 10 days' say how long, not when",
          (p, e) -> find(p, "\\b(within|timer|wait for)\\b")),
      new Rule("bare time read as a rule", "Roundup's contract reads a time with no repeat word ('at noon', "
          + "'on the 1st at 9am') as a one-off; the cron libraries expect a daily/monthly rule",
          (p, e) -> (e instanceof Cron || e instanceof RRule) && !find(p, REPEAT_WORDS)),
      new Rule("deliberately refused", "Roundup refuses 'the 4th day' of a week (depends on the week's start) and "
          + "'every N days' limited to weekdays (contradictory)",
          (p, e) -> find(p, "\\bweek\\b.*\\b\\d+(st|nd|rd|th) day\\b")
              || find(p, "\\bevery \\d+ days?\\b.*\\b" + DAY + "\\b")),
      new Rule("apostrophe years", "two-digit years like '89 are not read", (p, e) -> find(p, "'\\d\\d\\b")));

  private SupportRules() {}

  /** The rule that makes this row unsupported, or empty when Roundup supports its form. */
  public static Optional<Rule> unsupported(CorpusRow row, ExpectedForm expected) {
    String phrase = row.phrase().toLowerCase(Locale.ROOT);
    for (Rule rule : RULES) {
      if (rule.applies().test(phrase, expected)) {
        return Optional.of(rule);
      }
    }
    if (isPast(row, expected)) {
      return Optional.of(PAST_EXPECTATION);
    }
    return Optional.empty();
  }

  static final Rule PAST_EXPECTATION = new Rule("past",
      "a scheduler cannot run in the past", (p, e) -> false);

  /** The expected instant (or date) lies before the row's reference time. */
  private static boolean isPast(CorpusRow row, ExpectedForm e) {
    if (e instanceof DateTime d) {
      return d.at().isBefore(row.reference().toLocalDateTime());
    }
    if (e instanceof DateOnly d) {
      return d.date().isBefore(row.referenceDate());
    }
    return false;
  }

  private static boolean dayStep(CronFields f) {
    return f.dayOfMonth().matches(".*/([2-9]|\\d\\d+)");
  }

  private static boolean find(String phrase, String regex) {
    return Pattern.compile(regex).matcher(phrase).find();
  }
}

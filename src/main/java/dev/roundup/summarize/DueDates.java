package dev.roundup.summarize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a due date as written in a sentence ("by Friday", "by EOD", "tomorrow", "next week",
 * "by 12/5"). Only date-like phrases count: "before the launch" names an event, not a date.
 */
final class DueDates {

  private static final String DAY =
      "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";
  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
      + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String TIME = "\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b(?:\\s+[A-Z]{2,4}\\b)?";
  private static final String DATE = "(?:"
      + "(?:this|next|coming)\\s+" + DAY + "(?:\\s+(?:morning|afternoon|evening|night))?"
      + "|" + DAY + "(?:\\s+(?:morning|afternoon|evening|night|eod|cob))?"
      + "|(?:end\\s+of\\s+(?:the\\s+)?(?:day|week|month|quarter|sprint))"
      + "|eod|eow|eom|cob|noon|midnight|tonight|tomorrow(?:\\s+(?:morning|afternoon|evening|eod))?"
      + "|today|(?:this|next)\\s+(?:week|month|sprint|quarter)"
      + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?"
      + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
      + MONTH
      + "|" + TIME
      + ")";
  /** A preposition and a date: "by Friday", "before 12/5", "due tomorrow". */
  private static final Pattern WITH_PREPOSITION = Pattern.compile(
      "(?i)\\b(?:by|before|until|till|no later than|due|on|for)\\s+(?:the\\s+)?" + DATE + "\\b");
  /** Words that are a due date on their own. */
  private static final Pattern ON_ITS_OWN = Pattern.compile(
      "(?i)\\b(?:eod|eow|cob|tonight|tomorrow(?:\\s+(?:morning|afternoon|evening|eod))?|today"
          + "|later today|this afternoon|(?:this|next)\\s+week|end of (?:the )?(?:day|week))\\b");

  private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(" + DAY + ")\\b");
  private static final Pattern SAME_DAY = Pattern.compile(
      "(?i)\\b(?:eod|cob|today|tonight|later today|this (?:afternoon|evening)|end of (?:the )?day)\\b");
  private static final Pattern END_OF_WEEK = Pattern.compile("(?i)\\b(?:eow|end of (?:the )?week|this week)\\b");
  private static final Pattern NEXT = Pattern.compile("(?i)\\bnext\\s+" + DAY + "\\b");

  private DueDates() {}

  /**
   * The day a due date names, counted from the day it was said: a weekday is the next one after
   * that day ("by Monday" said on a Monday is a week later; "next Monday" likewise), tomorrow the
   * day after, EOD/today that day, EOW/this week its Friday. Other dates are left as written.
   */
  static Optional<LocalDate> day(String due, LocalDate saidOn) {
    if (due.toLowerCase(Locale.ROOT).contains("tomorrow")) {
      return Optional.of(saidOn.plusDays(1));
    }
    if (RegexPrefilter.find(SAME_DAY, due)) {
      return Optional.of(saidOn);
    }
    if (RegexPrefilter.find(END_OF_WEEK, due)) {
      return Optional.of(saidOn.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)));
    }
    Matcher weekday = WEEKDAY.matcher(due);
    if (weekday.find()) {
      DayOfWeek named = dayOf(weekday.group(1));
      LocalDate next = saidOn.with(TemporalAdjusters.next(named));
      // "next Friday" said on a Monday is that same week's Friday in most people's usage, and
      // the following one in others': it is left as written rather than guessed.
      return RegexPrefilter.find(NEXT, due) && next.isBefore(saidOn.plusDays(7)) && named != saidOn.getDayOfWeek()
          ? Optional.empty() : Optional.of(next);
    }
    return Optional.empty();
  }

  /** A day name as {@link #DAY} reads it ("thurs", "wed", "Sunday"): its first two letters tell. */
  private static DayOfWeek dayOf(String word) {
    return switch (word.toLowerCase(Locale.ROOT).substring(0, 2)) {
      case "mo" -> DayOfWeek.MONDAY;
      case "tu" -> DayOfWeek.TUESDAY;
      case "we" -> DayOfWeek.WEDNESDAY;
      case "th" -> DayOfWeek.THURSDAY;
      case "fr" -> DayOfWeek.FRIDAY;
      case "sa" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  static Optional<String> find(String sentence) {
    Matcher m = WITH_PREPOSITION.matcher(sentence);
    if (m.find()) {
      return Optional.of(m.group().strip());
    }
    Matcher alone = ON_ITS_OWN.matcher(sentence);
    return alone.find() ? Optional.of(alone.group().strip()) : Optional.empty();
  }
}

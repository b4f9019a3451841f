package dev.roundup.summarize;

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

  private DueDates() {}

  static Optional<String> find(String sentence) {
    Matcher m = WITH_PREPOSITION.matcher(sentence);
    if (m.find()) {
      return Optional.of(m.group().strip());
    }
    Matcher alone = ON_ITS_OWN.matcher(sentence);
    return alone.find() ? Optional.of(alone.group().strip()) : Optional.empty();
  }
}

package dev.roundup.schedule;

import java.util.Optional;

/** Builds the one-line refusal for a phrase: what was wrong, then accepted forms to copy. */
final class Refusals {

  static final String EXAMPLES =
      "Try e.g. \"every weekday at 9am\", \"tomorrow at 3pm\" or \"on the 1st of every month at 10:00\".";

  /** The reason every refusal gives when nobody reads it ({@link #unexplained}). */
  private static final String UNEXPLAINED = "Can't schedule that. " + EXAMPLES;

  private final String phrase;
  /** Whether the refusals say why; {@link #unexplained} ones only say that it failed. */
  private final boolean explained;

  Refusals(String phrase) {
    String oneLine = phrase == null ? "" : phrase.replaceAll("\\s+", " ").strip();
    this.phrase = oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    this.explained = true;
  }

  private Refusals() {
    this.phrase = "";
    this.explained = false;
  }

  /**
   * Refusals whose words nobody reads: {@link ScheduleParser#locate} tries every stretch of a
   * command and keeps only one that parses, so working out each failed stretch's reason, and the
   * word a misspelling may have meant, would be most of its cost on long text.
   */
  static Refusals unexplained() {
    return new Refusals();
  }

  private String wording(String why) {
    return explained ? "Can't schedule \"" + phrase + "\": " + why + ". " + EXAMPLES : UNEXPLAINED;
  }

  Refused refuse(String why) {
    return new Refused(wording(why));
  }

  /** A refusal because a word is not read as part of a schedule ({@link Refused#wordsUnread}). */
  Refused unread(String why) {
    return new Refused(wording(why), true);
  }

  /** A refusal because the words say two things that cannot both hold ({@link Refused#clash}). */
  Refused clash(String why) {
    return new Refused(wording(why), false, true, null);
  }

  /** The refusal for a reading's problem: a clash or a plain refusal, as the reading says. */
  Refused problem(Reading r) {
    return r.problemIsClash ? clash(r.problem) : refuse(r.problem);
  }

  /** The phrase said as a repeating one: "on the 1st and 15th at 9am" → "every 1st and 15th at 9am". */
  String withEvery() {
    return "every " + phrase.replaceFirst("(?i)^(on\\s+)?(the\\s+)?", "");
  }

  /** A word not understood, with the schedule word it is likely a slip of, if any. */
  Refused unknownWord(String word, boolean first) {
    if (!explained) {
      return new Refused(UNEXPLAINED, true, false, new Refused.Unread(word, first, null, false));
    }
    Optional<String> meant = Spelling.suggest(word);
    String why = "I don't understand '" + word + "' there" + meant.map(m -> " (did you mean " + m + "?)").orElse("");
    return new Refused(wording(why), true, false,
        new Refused.Unread(word, first, meant.orElse(null), meant.map(Spelling::namesADay).orElse(false)));
  }

  static String show(ClockTime c) {
    String mer = switch (c.meridiem()) {
      case AM -> "am";
      case PM -> "pm";
      case NONE -> "";
    };
    return c.hour() + ":" + String.format("%02d", c.minute()) + mer;
  }
}

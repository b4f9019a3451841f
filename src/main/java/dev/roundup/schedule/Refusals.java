package dev.roundup.schedule;

import java.util.Optional;

/** Builds the one-line refusal for a phrase: what was wrong, then accepted forms to copy. */
final class Refusals {

  static final String EXAMPLES =
      "Try e.g. \"every weekday at 9am\", \"tomorrow at 3pm\" or \"on the 1st of every month at 10:00\".";

  private final String phrase;

  Refusals(String phrase) {
    String oneLine = phrase == null ? "" : phrase.replaceAll("\\s+", " ").strip();
    this.phrase = oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
  }

  Refused refuse(String why) {
    return new Refused("Can't schedule \"" + phrase + "\": " + why + ". " + EXAMPLES);
  }

  /** A refusal because a word is not read as part of a schedule ({@link Refused#wordsUnread}). */
  Refused unread(String why) {
    return new Refused("Can't schedule \"" + phrase + "\": " + why + ". " + EXAMPLES, true);
  }

  /** A refusal because the words say two things that cannot both hold ({@link Refused#clash}). */
  Refused clash(String why) {
    return new Refused("Can't schedule \"" + phrase + "\": " + why + ". " + EXAMPLES, false, true, null);
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
    Optional<String> meant = Spelling.suggest(word);
    String why = "I don't understand '" + word + "' there" + meant.map(m -> " (did you mean " + m + "?)").orElse("");
    return new Refused("Can't schedule \"" + phrase + "\": " + why + ". " + EXAMPLES, true, false,
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

package dev.roundup.schedule;

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

  static String show(ClockTime c) {
    String mer = switch (c.meridiem()) {
      case AM -> "am";
      case PM -> "pm";
      case NONE -> "";
    };
    return c.hour() + ":" + String.format("%02d", c.minute()) + mer;
  }
}

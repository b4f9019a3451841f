package dev.roundup.summarize;

import java.util.regex.Pattern;

/**
 * A suggestion thrown in with a question mark: "also, maybe we should publish notes in-app at
 * some point? no rush", "also maybe a retest budget this time? thinking out loud". It opens with
 * "maybe" and asks nobody anything: an idea, which is no open question whether or not anyone
 * takes it up (a plain "should we publish notes in-app?" still is one). The same opening in
 * each cue language.
 */
final class TentativeSuggestions {

  /**
   * "maybe", "perhaps", "vielleicht", "peut-être", "quizás", "tal vez", "talvez", "quem sabe"
   * first (after "also", "and", "hmm", "so"), or a Japanese "…てもいいかも？" / "…のもありかも？".
   */
  private static final Pattern OPENS_WITH_MAYBE = Pattern.compile("(?iu)^[\\W_]*(?:(?:also|and"
      + "|hmm+|so|oh|auch|und|aussi|et|y|también|e|também)\\b[\\W_]*)?(?:maybe|perhaps"
      + "|vielleicht|peut-être|peut-etre|quizás?|tal\\s+vez|talvez|quem\\s+sabe)\\b"
      + "|(?:ても|のも)(?:いい|あり)かも(?:しれません|ね)?[？?]");

  private TentativeSuggestions() {}

  /** Whether a question is a suggestion thrown in rather than something asked. */
  static boolean isOne(Sentence question) {
    return question.isQuestion() && OPENS_WITH_MAYBE.matcher(question.text()).find();
  }
}

package dev.roundup.summarize;

import java.util.regex.Pattern;

/**
 * A suggestion thrown in with a question mark: "also, maybe we should publish notes in-app at
 * some point? no rush", "also maybe a retest budget this time? thinking out loud". It opens with
 * "maybe" and asks nobody anything: an idea, which is no open question whether or not anyone
 * takes it up (a plain "should we publish notes in-app?" still is one). So is what we could do,
 * hedged with "maybe" right after ("au fait, on pourrait peut-être faire voter le public cette
 * année ?", "btw we could maybe let the audience vote?", "könnten wir vielleicht …?"), while "on
 * pourrait faire voter le public ?" is still asked. The same opening in each cue language.
 */
final class TentativeSuggestions {

  /**
   * "maybe", "perhaps", "vielleicht", "peut-être", "quizás", "tal vez", "talvez", "quem sabe"
   * first (after "also", "and", "hmm", "so"), or a Japanese "…てもいいかも？" / "…のもありかも？".
   */
  private static final Pattern OPENS_WITH_MAYBE = Pattern.compile("(?iu)^[\\W_]*(?:(?:also|and"
      + "|hmm+|so|oh|auch|und|aussi|et|y|también|e|também)\\b[\\W_]*)?(?:maybe|perhaps"
      + "|vielleicht|peut-être|peut-etre|quizás?|tal\\s+vez|talvez|quem\\s+sabe)\\b"
      + "|(?:ても|のも)(?:いい|あり)かも(?:しれません|ね)?[？?]"
      // "au fait, on pourrait peut-être faire voter le public ?", "btw we could maybe let the
      // audience vote?": what we could do, hedged with "maybe" right after.
      + "|^[\\W_]*(?:(?:au\\s+fait|btw|by\\s+the\\s+way|also|and|übrigens|auch|por\\s+cierto|y"
      + "|aliás|e)\\b[\\W_]*)?(?:we\\s+could\\s+(?:maybe|perhaps)|on\\s+pourrait\\s+peut-être"
      + "|(?:wir\\s+)?könnten\\s+(?:wir\\s+)?vielleicht|podríamos\\s+(?:quizás?|tal\\s+vez)"
      + "|(?:a\\s+gente\\s+)?(?:podia|poderia|poderíamos)\\s+talvez)\\b");

  private TentativeSuggestions() {}

  /** Whether a question is a suggestion thrown in rather than something asked. */
  static boolean isOne(Sentence question) {
    return question.isQuestion() && RegexPrefilter.find(OPENS_WITH_MAYBE, question.text());
  }
}

package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options laid out for the others to weigh: "options: (a) roll back, (b) hotfix tonight", "ok,
 * opções: 1) … 2) …", "date candidates May 20 or June 3, Berlin or Amsterdam", "Optionen:
 * Lissabon oder Porto". However much they read like a plan, they decide nothing; the choice made
 * among them does. One reading for every step that asks: the rules' decisions, the trees'
 * additions, and the closing line that picks one.
 */
final class LaidOutOptions {

  /**
   * "options:", "two options:", "ok, opções:", "選択肢は：": the choices put under a label,
   * numbered or not.
   */
  private static final Pattern LABELLED = Pattern.compile("(?iu)^[^\\p{L}]*(?:(?:ok(?:ay)?|so"
      + "|right|vale|bon|bueno|also)[^\\p{L}]+)?(?:the\\s+|our\\s+)?(?:(?:two|three|four|zwei|drei"
      + "|vier|deux|trois|quatre|dos|tres|cuatro|duas|três|quatro)\\s+)?(?:options|choices|opções"
      + "|opciones|optionen|möglichkeiten)(?:\\s+(?:are|sind|son|são|sont))?\\s*[:：]"
      + "|^[^\\p{L}]*選択肢(?:は)?[:：]");

  /** The word for the options themselves, in every cue language. */
  private static final Pattern NAMED = Pattern.compile("(?iu)\\b(?:candidates?|options?"
      + "|choices|alternatives|kandidaten|optionen|möglichkeiten|candidats|choix|opciones|candidatos"
      + "|opções|alternativas)\\b|候補|選択肢");

  /**
   * "whether or not", "or rather", "con o sin", "avec ou sans", "mit oder ohne", "com ou sem":
   * an "or" that joins no options.
   */
  private static final Pattern NO_CHOICE_OR = Pattern.compile("(?iu)\\bwhether\\s+or\\s+not\\b"
      + "|\\bor\\s+rather\\b|\\bcon\\s+o\\s+sin\\b|\\bavec\\s+ou\\s+sans\\b"
      + "|\\bmit\\s+oder\\s+ohne\\b|\\bcom\\s+ou\\s+sem\\b|\\bo\\s+sea\\b");

  /** How far after the word for the options their "or" may come: the same clause. */
  private static final int OPTIONS_REACH = 60;

  private LaidOutOptions() {}

  /**
   * Whether the sentence lays out options: under a label, or named as options with the
   * language's "or" joining them in the same clause, a choice put without a question mark. Not a
   * sentence that says what was chosen ("we take option 2, not 1 or 3", "on garde l'option 1, pas
   * la 2 ou la 3", "we decided on the second option: …"), nor an "or" that joins no options
   * ("the cheaper option, whether or not finance likes it").
   */
  static boolean laysOut(PreparedConversation c, Sentence s) {
    String text = s.text();
    if (s.isQuestion() || RegexPrefilter.find(c.cues().decision(), text)) {
      return false;
    }
    if (RegexPrefilter.find(LABELLED, text)) {
      return true;
    }
    Matcher named = NAMED.matcher(text);
    if (!named.find()) {
      return false;
    }
    String after = NO_CHOICE_OR.matcher(text.substring(named.end(),
        Math.min(text.length(), named.end() + OPTIONS_REACH))).replaceAll(" ");
    int clause = firstClauseEnd(after);
    return c.cues().choices().options().matcher(after.substring(0, clause)).find();
  }

  /** Where the clause the options were named in ends: at a semicolon or a dash, else the end. */
  private static int firstClauseEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == ';' || ch == '—' || ch == '–') {
        return i;
      }
    }
    return text.length();
  }

  /** The decisions found, without those worded only by options laid out. */
  static List<Detection<Point>> without(PreparedConversation c, List<Detection<Point>> found) {
    return Detection.without(found, d -> !d.sentenceIndices().isEmpty()
        && d.sentenceIndices().stream().allMatch(i -> laysOut(c, c.sentences().get(i))));
  }
}

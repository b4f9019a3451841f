package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Options laid out for the others to weigh: "options: (a) roll back, (b) hotfix tonight", "ok,
 * opções: 1) … 2) …", "date candidates May 20 or June 3, Berlin or Amsterdam", "Optionen:
 * Lissabon oder Porto". However much they read like a plan, they decide nothing; the choice made
 * among them does. One reading for every step that asks: the rules' decisions, the trees'
 * additions, and the closing line that picks one.
 */
final class LaidOutOptions {

  /** "options:", "ok, opções:", "選択肢は：": the choices put under a label, numbered or not. */
  private static final Pattern LABELLED = Pattern.compile("(?iu)^[^\\p{L}]*(?:(?:ok(?:ay)?|so"
      + "|right|vale|bon|bueno|also)[^\\p{L}]+)?(?:the\\s+|our\\s+)?(?:options|choices|opções"
      + "|opciones|optionen|möglichkeiten)(?:\\s+(?:are|sind|son|são|sont))?\\s*[:：]"
      + "|^[^\\p{L}]*選択肢(?:は)?[:：]");

  /** The word for the options themselves, in every cue language. */
  private static final Pattern NAMED = Pattern.compile("(?iu)\\b(?:candidates?|options?"
      + "|choices|alternatives|kandidaten|optionen|möglichkeiten|candidats|choix|opciones|candidatos"
      + "|opções|alternativas)\\b|候補|選択肢");

  private LaidOutOptions() {}

  /**
   * Whether the sentence lays out options: under a label, or named as options and joined by the
   * language's "or", a choice put without a question mark.
   */
  static boolean laysOut(PreparedConversation c, Sentence s) {
    return !s.isQuestion() && (RegexPrefilter.find(LABELLED, s.text())
        || RegexPrefilter.find(NAMED, s.text())
            && RegexPrefilter.find(c.cues().choices().options(), s.text()));
  }

  /** The decisions found, without those worded only by options laid out. */
  static List<Detection<Point>> without(PreparedConversation c, List<Detection<Point>> found) {
    return Detection.without(found, d -> !d.sentenceIndices().isEmpty()
        && d.sentenceIndices().stream().allMatch(i -> laysOut(c, c.sentences().get(i))));
  }
}

package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A choice put off to a later day or meeting without anyone asking it as a question: "marketing
 * wants Feb 3, eng says Feb 17 is safer" — "let's decide on monday once felix has the vendor
 * timeline"; "広告を出すかどうかは来週の定例で決めましょう". What is put off is still open, and a
 * put-off that names the choice ("whether to …", "…かどうか") is listed as an open question. A put-off that answers a question is
 * left to {@link OpenQuestionDetector}, which lists the question; one without a word for deciding
 * ("let's see", "we'll check") musing rather than choosing, is none.
 */
final class ChoicesLeftForLater {

  /** A word for deciding, in each cue language. */
  private static final Pattern DECIDE = Pattern.compile("(?iu)\\bdecid|\\bentscheid|\\btranch"
      + "|\\bdécid|決め|決定");

  /**
   * The put-off names what is to be chosen: "whether to run ads", "ob wir …", "si on …", "si …",
   * "se …", "広告を出すかどうか", "…か(は|を)". "Not deciding anything on that now" names nothing.
   */
  private static final Pattern NAMES_THE_CHOICE = Pattern.compile("(?iu)\\bwhether\\b|\\bob\\s+wir"
      + "|\\bsi\\s+(?:on|nous|l'on|vamos|hacemos|lo|la)\\b|\\bse\\s+(?:vamos|a\\s+gente)\\b"
      + "|かどうか|[るすいた]か(?:は|を|について)");

  private ChoicesLeftForLater() {}

  /** Open questions for the choices put off, none citing a sentence already taken. */
  static List<Detection<Point>> find(PreparedConversation c, Set<Integer> taken) {
    List<Detection<Point>> found = new ArrayList<>();
    for (Sentence s : c.sentences()) {
      if (s.isQuestion() || s.user() == null || taken.contains(s.index())
          || !RegexPrefilter.find(DECIDE, s.text()) || !RegexPrefilter.find(NAMES_THE_CHOICE, s.text())
          || !c.cues().putsOff(s.text())
          || answersAQuestion(c, s)) {
        continue;
      }
      found.add(new Detection<>(new Point(Sentences.capitalize(s.text()), List.of(s.ts())),
          Set.of(s.index())));
    }
    return found;
  }

  /** Whether the sentence replies to a question: then that question is the open one. */
  private static boolean answersAQuestion(PreparedConversation c, Sentence s) {
    int asked = c.model().respondsTo(s.messageIndex());
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    boolean askedInOwnMessage = own.subList(0, own.indexOf(s)).stream()
        .anyMatch(Sentence::isQuestion);
    return askedInOwnMessage || asked >= 0 && c.sentencesOf(asked).stream()
        .anyMatch(Sentence::isQuestion);
  }
}

package dev.roundup.summarize;

/**
 * Chooses the sentence the TL;DR opens with. A thread is about what its parent raised, and a
 * short exchange about what its first real turn asked or said (the rest answers it), so for
 * those the opening is the gist; in a long window the most central sentence is. A reader's focus
 * overrides position: then the most central sentence, which the focus has already pulled towards.
 */
final class TopicSentence {

  /** A question is a weak TL;DR: it says what was asked, not what is known. */
  private static final double QUESTION_AS_TLDR = 0.5;
  /** Content words from which an opening turn says something (beyond "you're here!"). */
  private static final int SUBSTANTIVE_TERMS = 2;

  private TopicSentence() {}

  /** Index of the sentence, or -1 when no sentence scores at all. */
  static int choose(PreparedConversation c, double[] scores, boolean focused,
      int shortConversation) {
    if (!focused && (isSingleThread(c) || c.messages().size() <= shortConversation)) {
      int opening = openingTurn(c, scores);
      if (opening >= 0) {
        return bestOf(c, opening, scores);
      }
    }
    return mostCentral(c, scores);
  }

  private static boolean isSingleThread(PreparedConversation c) {
    Message first = c.messages().get(0);
    return first.ts().equals(first.threadTs())
        && c.messages().stream().allMatch(m -> first.ts().equals(m.threadTs()));
  }

  /** The first message with a substantive sentence: greetings and "what took so long?" skipped. */
  private static int openingTurn(PreparedConversation c, double[] scores) {
    for (Sentence s : c.sentences()) {
      if (!s.smallTalk() && s.terms().size() >= SUBSTANTIVE_TERMS && scores[s.index()] > 0) {
        return s.messageIndex();
      }
    }
    return -1;
  }

  private static int bestOf(PreparedConversation c, int messageIndex, double[] scores) {
    int best = -1;
    double bestValue = 0;
    for (Sentence s : c.sentencesOf(messageIndex)) {
      double value = value(s, scores);
      if (s.terms().size() >= SUBSTANTIVE_TERMS && value > bestValue) {
        bestValue = value;
        best = s.index();
      }
    }
    return best;
  }

  /** The best statement; a question only when nothing else scores (a TL;DR should tell). */
  private static int mostCentral(PreparedConversation c, double[] scores) {
    int best = -1;
    double bestValue = 0;
    for (Sentence s : c.sentences()) {
      double value = value(s, scores);
      if (value > bestValue) {
        bestValue = value;
        best = s.index();
      }
    }
    return best;
  }

  private static double value(Sentence s, double[] scores) {
    return scores[s.index()] * (s.isQuestion() ? QUESTION_AS_TLDR : 1.0);
  }
}

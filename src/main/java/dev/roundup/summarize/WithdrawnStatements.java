package dev.roundup.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a speaker took back is not in the summary: "I'll send the invoice friday" — "actually
 * scratch that, finance sends those now" leaves no action item, "we go with the lake venue. ..
 * hmm forget that" no decision, "does the export depend on it? ... no wait, ignore me" no open
 * question. The words that take something back are each language's ({@link Cues#withdraws}).
 *
 * <p>What is taken back is what the speaker said just before: the earlier sentences of the same
 * message, or else their previous message. Someone else may have spoken in between ("st mark's
 * cold room" — "it's been broken since march" — "oh. ok scratch that"), but only once and without
 * asking anything: "forget it" right after someone's question answers that question, it takes
 * back nothing of one's own. A point that also rests on the retraction or on anything said after
 * it ("scratch that, I'll send it monday" merged with the first wording) stays. Small talk is
 * not what is taken back: "ok. scratch that" takes back the speaker's message before.
 */
final class WithdrawnStatements {

  /** Other people's messages that may come between a statement and its retraction. */
  private static final int OTHERS_BETWEEN = 1;

  /** How far back the speaker's previous message may be. */
  private static final int LOOK_BACK = OTHERS_BETWEEN + 1;

  private WithdrawnStatements() {}

  /**
   * The detections, without those whose speaker took back what they rest on; {@code found}
   * itself when none is, so that a caller can tell nothing changed (the summarizer then reads
   * the open questions once, not again).
   */
  static <T> List<Detection<T>> without(PreparedConversation c, List<Detection<T>> found) {
    Map<Integer, Integer> takenBack = retractions(c);
    if (takenBack.isEmpty()) {
      return found;
    }
    List<Detection<T>> kept = Detection.without(found, d -> withdrawn(d, takenBack));
    return kept.size() == found.size() ? found : kept;
  }

  /**
   * The sentences their speaker took back, which no highlight repeats: "I will send the invoice
   * friday" is not worth a reader's attention once "scratch that" follows it.
   */
  static Set<Integer> takenBack(PreparedConversation c) {
    return retractions(c).keySet();
  }

  private static boolean withdrawn(Detection<?> d, Map<Integer, Integer> takenBack) {
    int last = d.sentenceIndices().stream().mapToInt(Integer::intValue).max().orElse(-1);
    return d.sentenceIndices().stream()
        .anyMatch(s -> takenBack.containsKey(s) && takenBack.get(s) > last);
  }

  /** Whether the sentence opens by taking back what was said before, in its own language. */
  static boolean takesBack(PreparedConversation c, Sentence s) {
    return Cues.of(c.languageOf(s.messageIndex())).withdraws(s.text());
  }

  /**
   * Each sentence taken back, with the sentence that takes it back; read once per conversation,
   * as the detectors and the trees after them all ask.
   */
  private static Map<Integer, Integer> retractions(PreparedConversation c) {
    return c.once("sentences taken back", () -> {
      Map<Integer, Integer> taken = new HashMap<>();
      for (Sentence s : c.sentences()) {
        if (s.user() == null || !takesBack(c, s)) {
          continue;
        }
        for (Sentence earlier : whatItTakesBack(c, s)) {
          if (!earlier.smallTalk()) {
            taken.putIfAbsent(earlier.index(), s.index());
          }
        }
      }
      return taken;
    });
  }

  /** The sentences a retraction refers to: the speaker's just before it, or none. */
  private static List<Sentence> whatItTakesBack(PreparedConversation c, Sentence retraction) {
    List<Sentence> own = c.sentencesOf(retraction.messageIndex());
    List<Sentence> before = own.subList(0, own.indexOf(retraction)).stream()
        .filter(s -> !s.smallTalk()).toList();
    if (!before.isEmpty()) {
      return before;
    }
    int others = 0;
    for (int m : c.preceding(retraction.messageIndex(), LOOK_BACK)) {
      String user = c.messages().get(m).user();
      if (retraction.user().equals(user)) {
        return c.sentencesOf(m);
      }
      if (++others > OTHERS_BETWEEN || c.sentencesOf(m).stream().anyMatch(Sentence::isQuestion)) {
        return List.of();
      }
    }
    return List.of();
  }
}

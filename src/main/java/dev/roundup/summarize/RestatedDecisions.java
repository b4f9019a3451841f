package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The decisions found, each said once: restatements of one decision are one item, and a proviso
 * said right after a decision joins it. Run by {@link DecisionDetector} after every rule has added
 * what it found.
 */
final class RestatedDecisions {

  private RestatedDecisions() {}

  /**
   * One decision said several ways is one item: "We decided to ship on Friday. … Decision: we
   * ship Friday." or a long message repeating "We decided to ship." gives one decision, as two
   * wordings of one follow-up give one action item ({@link SameCommitment#sayTheSame}: most
   * content words shared, or all of one's in the other). Only decisions citing the same messages
   * (one's all among the other's) are compared, so "we ship Friday. the code freeze starts
   * Monday" stays two. The item keeps the fuller wording, every message and every sentence. A
   * sentence that opens with a proviso ("いろはさんで大丈夫です。ただし納品は30日の午前中指定で…",
   * "ok, but make sure …", {@link Cues#addsProviso}) is the condition of the decision that cites
   * an earlier sentence of its message, and joins it; so does an arrangement that holds until
   * something happens ("from now on O-neg is for O-neg recipients only. this stays until we're
   * back above 3 days", "do it. crane 4 stays out of service until mo signs off": {@link
   * Cues#isInterim}, {@link Cues#holdsUntil}), which says how long the decision before it lasts.
   */
  static List<Detection<Point>> saidOnce(PreparedConversation c, List<Detection<Point>> found) {
    // Every item found is weighed against every item kept; whether an item's sentence says a
    // condition is asked once. Items joined later are said by a sentence of one found.
    Set<Integer> conditions = new HashSet<>();
    for (Detection<Point> d : found) {
      if (saysCondition(c, c.sentences().get(d.saidBy()))) {
        conditions.add(d.saidBy());
      }
    }
    List<Detection<Point>> kept = new ArrayList<>();
    List<Set<String>> terms = new ArrayList<>();
    for (Detection<Point> d : found) {
      Set<String> said = new HashSet<>(Terms.content(d.value().text()));
      int same = -1;
      int proviso = -1;
      boolean replaced = false;
      for (int k = 0; k < kept.size() && same < 0 && proviso < 0; k++) {
        List<String> a = kept.get(k).value().sources();
        List<String> b = d.value().sources();
        if ((a.containsAll(b) || b.containsAll(a))
            && SameCommitment.sayTheSame(terms.get(k), said)) {
          same = k;
        } else if (conditionOf(c, conditions, d, kept.get(k))) {
          proviso = k;
        } else if (conditionOf(c, conditions, kept.get(k), d)) {
          // The condition was found first: the decision it qualifies takes its place.
          Detection<Point> condition = kept.get(k);
          kept.set(k, joined(d, condition, d.value().text() + " " + condition.value().text(),
              d.saidBy()));
          terms.set(k, said);
          replaced = true;
        }
      }
      if (replaced && same < 0) {
        continue;
      }
      if (proviso >= 0) {
        Detection<Point> decision = kept.get(proviso);
        kept.set(proviso, joined(decision, d, decision.value().text() + " " + d.value().text(),
            decision.saidBy()));
        continue;
      }
      if (same < 0) {
        kept.add(d);
        terms.add(said);
        continue;
      }
      Detection<Point> earlier = kept.get(same);
      boolean fuller = said.size() > terms.get(same).size();
      kept.set(same, joined(earlier, d, fuller ? d.value().text() : earlier.value().text(),
          fuller ? d.saidBy() : earlier.saidBy()));
      if (fuller) {
        terms.set(same, said);
      }
    }
    return kept;
  }

  /**
   * Whether the found item is only a proviso ({@link Cues#addsProviso}) or how long the decision
   * lasts ({@link Cues#isInterim}, {@link Cues#holdsUntil}): its sentence says so (it is among
   * {@code conditions}, {@link #saysCondition}), and the decision cites an earlier sentence of the
   * same message.
   */
  private static boolean conditionOf(PreparedConversation c, Set<Integer> conditions,
      Detection<Point> item, Detection<Point> decision) {
    if (!conditions.contains(item.saidBy())) {
      return false;
    }
    Sentence own = c.sentences().get(item.saidBy());
    return decision.sentenceIndices().stream()
        .map(i -> c.sentences().get(i))
        .anyMatch(t -> t.messageIndex() == own.messageIndex() && t.index() < own.index());
  }

  /** Whether the sentence adds a proviso or says how long what came before lasts. */
  private static boolean saysCondition(PreparedConversation c, Sentence s) {
    return Cues.addsProviso(s.text()) || c.cues().isInterim(s.text())
        || c.cues().holdsUntil(s.text());
  }

  /** One item of two: the given wording, every message and every sentence of both. */
  private static Detection<Point> joined(Detection<Point> first, Detection<Point> second,
      String text, int saidBy) {
    List<String> sources = new ArrayList<>(first.value().sources());
    second.value().sources().stream().filter(ts -> !sources.contains(ts)).forEach(sources::add);
    Set<Integer> sentences = new HashSet<>(first.sentenceIndices());
    sentences.addAll(second.sentenceIndices());
    return new Detection<>(new Point(text, sources), sentences, saidBy);
  }
}

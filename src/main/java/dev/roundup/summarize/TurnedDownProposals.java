package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision does not cite the alternative the thread turned down. "could we move the dinghies
 * to sunday?" — "sunday is cadet day, that'd be 40 oppies on the water. no"; "and a cache? i'd
 * put redis in front from day one" — "only if the load tests show p99 over 20ms. not adding a
 * moving part we don't need"; "anything under £2k we could pay on photos" — "under £1,500 on
 * photos, no inspection. not 2k". The decision rests on the answer; the proposal it answers is
 * what was not decided, and a reader following the decision's links should not land on it as if
 * it were.
 *
 * <p>A source is left out when it is someone else's question or proposal (an objection asked as
 * a question is one: "could we move the races to sunday instead?"), and one of the
 * decision's later messages answers it, by another voice, saying no or something in its place
 * in any cue language ({@link ReversedDecisions#negatesOrReplaces}). The decision's own message
 * always stays; so does a question that is answered yes ("should we pause the run?" — "yes,
 * pause it").
 */
final class TurnedDownProposals {

  private TurnedDownProposals() {}

  /** The decisions, each without the proposals its messages turn down; {@code found} if none. */
  static List<Detection<Point>> uncited(PreparedConversation c, List<Detection<Point>> found) {
    Map<String, Integer> messageAt = null;
    List<Detection<Point>> kept = null;
    for (int d = 0; d < found.size(); d++) {
      Detection<Point> decision = found.get(d);
      if (decision.value().sources().size() < 2) {
        continue;
      }
      if (messageAt == null) {
        messageAt = new HashMap<>();
        for (int i = 0; i < c.messages().size(); i++) {
          messageAt.putIfAbsent(c.messages().get(i).ts(), i);
        }
      }
      List<String> sources = cited(c, decision, messageAt);
      if (sources.size() == decision.value().sources().size()) {
        continue;
      }
      if (kept == null) {
        kept = new ArrayList<>(found);
      }
      kept.set(d, new Detection<>(new Point(decision.value().text(), sources),
          decision.sentenceIndices(), decision.saidBy()));
    }
    return kept == null ? found : kept;
  }

  /** The decision's sources, without those its other sources turn down. */
  private static List<String> cited(PreparedConversation c, Detection<Point> decision,
      Map<String, Integer> messageAt) {
    int own = c.sentences().get(decision.saidBy()).messageIndex();
    List<Integer> messages = new ArrayList<>();
    for (String ts : decision.value().sources()) {
      messages.add(messageAt.getOrDefault(ts, -1));
    }
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      int m = messages.get(i);
      if (m < 0 || m == own || !turnedDown(c, m, messages)) {
        sources.add(decision.value().sources().get(i));
      }
    }
    return sources;
  }

  /** Whether message {@code m} proposes or asks, and another of {@code messages} turns it down. */
  private static boolean turnedDown(PreparedConversation c, int m, List<Integer> messages) {
    ConversationModel model = c.model();
    Act act = model.act(m);
    // "could we move the races to sunday instead?" objects to what it answers, and proposes.
    boolean proposes = act == Act.QUESTION || act == Act.PROPOSAL
        || act == Act.REFUSAL && c.sentencesOf(m).stream().anyMatch(Sentence::isQuestion);
    if (!proposes) {
      return false;
    }
    String asker = c.messages().get(m).user();
    for (int answer : messages) {
      if (answer > m && model.respondsTo(answer) == m
          && !c.messages().get(answer).user().equals(asker)
          && (model.act(answer) == Act.REFUSAL
              || ReversedDecisions.negatesOrReplaces(c, answer))) {
        return true;
      }
    }
    return false;
  }
}

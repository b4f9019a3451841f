package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A decision does not cite the alternative the thread turned down. "could we move the dinghies
 * to sunday?" — "sunday is cadet day, that'd be 40 oppies on the water. no"; "and a cache? i'd
 * put redis in front from day one" — "only if the load tests show p99 over 20ms. not adding a
 * moving part we don't need"; "anything under £2k we could pay on photos" — "under £1,500 on
 * photos, no inspection. not 2k". The decision rests on the answer; the proposal it answers is
 * what was not decided, and a reader following the decision's links should not land on it as if
 * it were.
 *
 * <p>A source is left out when it is someone else's question, proposal or offer (an objection
 * asked as a question is one: "could we move the races to sunday instead?"), and one of the
 * decision's later messages answers it, by another voice and without agreeing, saying no or
 * something in its place in any cue language ({@link ReversedDecisions#negatesOrReplaces}). The
 * decision's own message always stays; so does a question answered yes ("should we switch the
 * export off?" — "yes, switch it off"). Only the links change: the proposal's sentences still
 * count towards the decision's rank and are still not shown again as highlights.
 */
final class TurnedDownProposals {

  private TurnedDownProposals() {}

  /** The decisions, each without the proposals its messages turn down; {@code found} if none. */
  static List<Detection<Point>> uncited(PreparedConversation c, List<Detection<Point>> found) {
    List<Detection<Point>> kept = null;
    for (int d = 0; d < found.size(); d++) {
      Detection<Point> decision = found.get(d);
      if (decision.value().sources().size() < 2) {
        continue;
      }
      List<String> sources = cited(c, decision);
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

  /**
   * The decision's sources, without those its other sources turn down. They are weighed latest
   * first, and an answer left out turns nothing down: "should we cancel saturday's races?" —
   * "could we move them to sunday instead?" — "no, sunday is cadet day. saturday's races are
   * cancelled" leaves out the counter-proposal, not the question it answered.
   */
  private static List<String> cited(PreparedConversation c, Detection<Point> decision) {
    String ownTs = c.sentences().get(decision.saidBy()).ts();
    List<String> sources = decision.value().sources();
    List<Integer> messages = new ArrayList<>();
    for (String ts : sources) {
      messages.add(c.messageAt(ts));
    }
    boolean[] left = new boolean[sources.size()];
    List<Integer> latestFirst = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      latestFirst.add(i);
    }
    latestFirst.sort((a, b) -> Integer.compare(messages.get(b), messages.get(a)));
    for (int i : latestFirst) {
      int m = messages.get(i);
      if (m < 0 || sources.get(i).equals(ownTs)) {
        continue;
      }
      for (int j = 0; j < sources.size() && !left[i]; j++) {
        left[i] = !left[j] && turnsDown(c, messages.get(j), m);
      }
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      if (!left[i]) {
        kept.add(sources.get(i));
      }
    }
    return kept;
  }

  /**
   * Whether {@code answer} turns down {@code m}: {@code m} proposes, asks or offers, and
   * {@code answer}, by someone else, answers it without agreeing, with a no or something in its
   * place.
   */
  private static boolean turnsDown(PreparedConversation c, int answer, int m) {
    ConversationModel model = c.model();
    if (answer <= m || model.respondsTo(answer) != m
        || Objects.equals(c.messages().get(answer).user(), c.messages().get(m).user())) {
      return false;
    }
    Act act = model.act(m);
    // "could we move the races to sunday instead?" objects to what it answers, and proposes.
    boolean proposes = act == Act.QUESTION || act == Act.PROPOSAL || act == Act.OFFER
        || act == Act.REFUSAL && c.sentencesOf(m).stream().anyMatch(Sentence::isQuestion);
    Act reply = model.act(answer);
    return proposes && reply != Act.AGREEMENT
        && (reply == Act.REFUSAL || ReversedDecisions.negatesOrReplaces(c, answer));
  }
}

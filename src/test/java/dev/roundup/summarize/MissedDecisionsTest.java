package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the decision trees may add to the rules, whatever the trees say: trees that give every
 * message a high probability add only the messages the guards let through, trees that give a low
 * one add nothing, and no rule decision is ever dropped.
 */
class MissedDecisionsTest {

  /** Trees with no split: every message gets {@code 1 / (1 + e^-base)}. */
  private static MissedDecisions everyMessage(double base) {
    return MissedDecisions.with(new MissedDecisions.Model(
        new TreeEnsemble(MessageFeatures.NAMES, base, 0.1, List.of()), WordingModel.NONE));
  }

  private static final Conversation THREAD = Threads.chat(
      "U1", "the vendor sent the new quote this morning, it is 12% under the old one",
      "U2", "what do we do about the old contract?",
      "U1", "we'll decide that next week once legal has read it",
      "U3", "ok, we go with the new vendor from March",
      "U2", "sounds good, and the old one stays for backups",
      "U4", "the quote is valid for thirty days anyway",
      "U1", "thanks all",
      "U3", "the rollout plan is in the wiki under procurement");

  private static List<Point> decisions(MissedDecisions missed) {
    return new ExtractiveSummarizer(SummarizerTuning.DEFAULT, missed)
        .summarize(THREAD, SummaryOptions.DEFAULT).decisions();
  }

  private static Set<String> cited(List<Point> points) {
    return points.stream().flatMap(p -> p.sources().stream()).collect(Collectors.toSet());
  }

  private static String ts(int message) {
    return THREAD.messages().get(message).ts();
  }

  @Test
  void a_statement_no_rule_listed_is_added_in_its_own_words_and_rule_decisions_all_stay() {
    List<Point> rules = decisions(MissedDecisions.none());
    List<Point> withTrees = decisions(everyMessage(5));

    assertThat(cited(rules)).contains(ts(3));
    assertThat(withTrees).containsAll(rules);
    assertThat(cited(withTrees)).contains(ts(0), ts(7));
    assertThat(withTrees).anySatisfy(p -> {
      assertThat(p.sources()).containsExactly(ts(0));
      assertThat(p.text()).containsIgnoringCase("the vendor sent the new quote this morning");
    });
  }

  @Test
  void questions_put_offs_small_talk_and_the_neighbours_of_a_decision_are_never_added() {
    Set<String> rules = cited(decisions(MissedDecisions.none()));
    Set<String> cited = cited(decisions(everyMessage(5)));

    assertThat(cited).doesNotContain(ts(1), ts(2), ts(6));
    // Beside "we go with the new vendor" and the agreement the rules joined to it: what follows
    // a decision restates or qualifies it, and is not a decision of its own.
    assertThat(rules).contains(ts(4)).doesNotContain(ts(5));
    assertThat(cited).doesNotContain(ts(5));
  }

  @Test
  void trees_that_doubt_every_message_add_nothing() {
    assertThat(decisions(everyMessage(-5))).isEqualTo(decisions(MissedDecisions.none()));
  }

  @Test
  void the_shipped_trees_read_the_features_the_summarizer_writes() {
    assertThat(new ExtractiveSummarizer().summarize(THREAD, SummaryOptions.DEFAULT).decisions())
        .containsAll(decisions(MissedDecisions.none()));
  }
}

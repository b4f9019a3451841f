package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.ActionTrees;
import dev.roundup.summarize.DecisionTrees;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.SummarizerTuning;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the thread scorer counts action items the thread itself reports finished: a summary lists
 * what is still to do, so such an item is neither a miss when left out nor wrong when listed;
 * without the gold mark the same item is a miss. And how it counts each listed item.
 */
class ThreadScorerTest {

  private static final List<String> THREAD = List.of(
      "# kind: incident",
      "# lang: en",
      "ana: checkout errors since 14:05, the new gateway client times out",
      "  ben: <@cleo> can you roll back the gateway client?",
      "  cleo: on it",
      "  cleo: rollback done, errors are back to normal",
      "  ben: <@dev> can you write the postmortem by Friday?",
      "  dev: sure, I'll have it by Friday");

  @Test
  void an_item_gold_marks_done_counts_neither_way() {
    GoldThread thread = withGold("action 2,3 cleo: Roll back the gateway client (done)");
    ThreadScorer.Result result = ThreadScorer.score(thread, summary(thread));

    assertThat(result.actions().missed()).isZero();
    assertThat(result.actions().matched()).isEqualTo(1);
    assertThat(result.actions().spurious()).isZero();
  }

  @Test
  void the_same_item_without_the_mark_is_a_miss() {
    GoldThread thread = withGold("action 2,3 cleo: Roll back the gateway client");
    ThreadScorer.Result result = ThreadScorer.score(thread, summary(thread));

    assertThat(result.actions().missed()).isEqualTo(1);
    assertThat(result.mistakes()).anyMatch(m -> m.startsWith("missed action [2, 3]"));
  }

  @Test
  void listing_an_item_gold_marks_done_is_not_wrong() {
    GoldThread thread = withGold("action 5,6 dev: Write the postmortem by Friday (done, in the wiki)");
    ThreadScorer.Result result = ThreadScorer.score(thread, summary(thread));

    assertThat(result.actions().spurious()).isZero();
    assertThat(result.actions().matched()).isZero();
    assertThat(result.actions().missed()).isEqualTo(1);
  }

  @Test
  void each_listed_item_is_counted_as_the_score_counts_it() {
    List<String> lines = new ArrayList<>(THREAD);
    lines.addAll(List.of("== gold",
        "action 2,3 cleo: Roll back the gateway client (done)",
        "action 5,6 dev: Write the postmortem by Friday",
        "either 4"));
    GoldThread thread = GoldThreadLoader.parse("scorer", "dev", lines);
    String dev = userOf(thread, 6);
    String cleo = userOf(thread, 3);
    List<ActionItem> listed = List.of(
        item(thread, dev, 5), // takes the postmortem
        item(thread, dev, 6), // the same task again: wrong
        item(thread, cleo, 2), // the rollback, which the thread reports done
        item(thread, cleo, 4), // rests only on a message gold leaves open either way
        item(thread, userOf(thread, 2), 1)); // nobody's task

    assertThat(ThreadScorer.actionOutcomes(thread, listed)).containsExactly(
        ThreadScorer.Outcome.RIGHT, ThreadScorer.Outcome.WRONG, ThreadScorer.Outcome.FINISHED,
        ThreadScorer.Outcome.NOT_SCORED, ThreadScorer.Outcome.WRONG);
    Summary summary = new Summary("", List.of(), List.of(), listed, List.of(), null, null);
    ThreadScorer.Result result = ThreadScorer.score(thread, summary);
    assertThat(result.actions().matched()).isEqualTo(1);
    assertThat(result.actions().spurious()).isEqualTo(2);
  }

  /** Who wrote message {@code position} (1-based, as gold counts). */
  private static String userOf(GoldThread thread, int position) {
    return thread.conversation().messages().get(position - 1).user();
  }

  /** An item of {@code owner} citing message {@code position} (1-based, as gold counts). */
  private static ActionItem item(GoldThread thread, String owner, int position) {
    return new ActionItem(owner, "a task", null,
        List.of(thread.conversation().messages().get(position - 1).ts()));
  }

  private static GoldThread withGold(String finished) {
    List<String> lines = new ArrayList<>(THREAD);
    lines.add("== gold");
    lines.add(finished);
    if (!finished.startsWith("action 5,6")) {
      lines.add("action 5,6 dev: Write the postmortem by Friday");
    } else {
      lines.add("action 2,3 cleo: Roll back the gateway client");
    }
    return GoldThreadLoader.parse("scorer", "dev", lines);
  }

  /**
   * The rules' summary: what the scorer does with a finished item is tested on the rules, which
   * leave the rollback out; the trees grown on the tuning threads may weigh it otherwise.
   */
  private static Summary summary(GoldThread thread) {
    Summary summary = new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none(),
        ActionTrees.none()).summarize(thread.conversation(), SummaryOptions.DEFAULT);
    assertThat(summary.actionItems()).as("the summarizer lists the postmortem, not the rollback")
        .hasSize(1);
    return summary;
  }
}

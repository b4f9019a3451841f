package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.summarize.ActionTrees;
import dev.roundup.summarize.ActionVeto;
import dev.roundup.summarize.DecisionTrees;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.SummarizerTuning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The veto's cross-validation of the action item trees and the veto together, with the adding
 * trees {@link ActionTreeTrainer} grew for its own folds, on the first forty tuning threads.
 */
class ActionVetoTrainerTest {

  private static List<GoldThread> firstTuningThreads(int n) throws Exception {
    return GoldThreadLoader.loadAll(ThreadEval.DEFAULT_FOLDER).stream()
        .filter(t -> t.split().equals("dev")).limit(n).toList();
  }

  @Test
  void the_trees_and_the_veto_together_score_as_with_both_grown_again_for_each_fold()
      throws Exception {
    List<GoldThread> tuning = firstTuningThreads(40);
    BoostedTrees.Settings settings = BoostedTrees.Settings.DEFAULT;

    ActionTreeTrainer.Report adding = ActionTreeTrainer.train(tuning, settings);
    ActionVetoTrainer.Report veto = ActionVetoTrainer.train(tuning,
        adding.byFold(ActionTrees.SHIPPED_THRESHOLD), settings);

    // What the trainer's figure stands for, grown from scratch for each fold: were the adding
    // trees it reuses grown on another split, one fold would be scored by trees that saw it.
    List<ThreadScorer.Result> grownAgain = new ArrayList<>();
    for (int fold = 0; fold < WordedTrees.FOLDS; fold++) {
      List<GoldThread> in = WordedTrees.outsideFold(tuning, fold);
      ActionTrees both = ActionTrees.with(ActionTreeTrainer.grow(in, settings),
          ActionTrees.SHIPPED_THRESHOLD).vetoedBy(
              ActionVeto.with(ActionVetoTrainer.grow(in, settings), ActionVeto.SHIPPED_KEEP));
      grownAgain.addAll(ThreadEval.run("both", new ExtractiveSummarizer(
          SummarizerTuning.DEFAULT, DecisionTrees.none(), both),
          WordedTrees.inFold(tuning, fold)).results());
    }
    assertThat(veto.tuningWithAdding()).isEqualTo(ThreadEval.Totals.of(grownAgain));

    SectionScore together = veto.tuningWithAdding().actions();
    // Each scored gold item (still to do, not resting only on messages gold leaves open either
    // way) is right or missed exactly once: every thread was scored in one fold and one only.
    long goldToDo = tuning.stream().flatMap(t -> t.actions().stream()
        .filter(g -> !g.finished() && !t.either().containsAll(g.sources()))).count();
    assertThat(together.matched() + together.missed()).isEqualTo((int) goldToDo);
    assertThat(together.precision()).isBetween(0.0, 1.0);
    assertThat(together.recall()).isBetween(0.0, 1.0);
  }

  @Test
  void adding_trees_for_fewer_folds_than_the_cross_validation_has_are_refused()
      throws Exception {
    List<GoldThread> tuning = firstTuningThreads(10);

    assertThatThrownBy(() -> ActionVetoTrainer.train(tuning,
        List.of(ActionTrees.none(), ActionTrees.none()), BoostedTrees.Settings.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 folds, not " + WordedTrees.FOLDS);
  }
}

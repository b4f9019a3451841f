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
import java.util.Map;
import java.util.TreeMap;
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
    ActionVetoTrainer.Report veto = ActionVetoTrainer.train(tuning, adding::byFold, settings);

    // What the trainer's figure stands for, grown from scratch for each fold: were the adding
    // trees it reuses grown on another split, one fold would be scored by trees that saw it.
    assertThat(veto.asShipped()).contains(grownAgainForEachFold(tuning, settings));
    assertThat(veto.together()).hasSize(
        ActionVetoTrainer.JOINT_ADD.size() * ActionVetoTrainer.JOINT_KEEP.size());

    SectionScore together = veto.asShipped().orElseThrow().actions();
    // Each scored gold item (still to do, not resting only on messages gold leaves open either
    // way) is right or missed exactly once: every thread was scored in one fold and one only.
    long goldToDo = tuning.stream().flatMap(t -> t.actions().stream()
        .filter(g -> !g.finished() && !t.either().containsAll(g.sources()))).count();
    assertThat(together.matched() + together.missed()).isEqualTo((int) goldToDo);
    assertThat(together.precision()).isBetween(0.0, 1.0);
    assertThat(together.recall()).isBetween(0.0, 1.0);
  }

  @Test
  void with_a_folds_seed_both_trainers_deal_the_same_folds() throws Exception {
    List<GoldThread> tuning = firstTuningThreads(40);
    BoostedTrees.Settings settings = BoostedTrees.Settings.DEFAULT;
    long seed = 3;

    ActionTreeTrainer.Report adding = ActionTreeTrainer.train(tuning, settings, seed);
    ActionVetoTrainer.Report veto =
        ActionVetoTrainer.train(tuning, adding::byFold, settings, seed);

    // Grown from scratch on the folds the seed deals: the figure the trainers report only if the
    // veto's fold k is the adding trees' fold k.
    List<GoldThread> dealt = WordedTrees.dealt(tuning, seed);
    assertThat(veto.asShipped()).contains(grownAgainForEachFold(dealt, settings));
  }

  @Test
  void adding_trees_for_fewer_folds_than_the_cross_validation_has_are_refused()
      throws Exception {
    List<GoldThread> tuning = firstTuningThreads(10);

    assertThatThrownBy(() -> ActionVetoTrainer.train(tuning,
        add -> List.of(ActionTrees.none(), ActionTrees.none()), BoostedTrees.Settings.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 folds, not " + WordedTrees.FOLDS);
  }

  @Test
  void the_rule_picks_the_pair_that_finds_most_among_those_as_precise_as_the_rules_alone() {
    ActionVetoTrainer.Thresholds loose = new ActionVetoTrainer.Thresholds(0.5, 0.1);
    ActionVetoTrainer.Thresholds middle = new ActionVetoTrainer.Thresholds(0.6, 0.3);
    ActionVetoTrainer.Thresholds tight = new ActionVetoTrainer.Thresholds(0.8, 0.4);
    ActionVetoTrainer.Thresholds asMany = new ActionVetoTrainer.Thresholds(0.7, 0.4);
    Map<ActionVetoTrainer.Thresholds, ThreadEval.Totals> together = new TreeMap<>(Map.of(
        loose, actions(900, 120, 100),    // finds most, but less precise than the rules (0.882)
        middle, actions(860, 95, 140),    // 0.901: as precise as the rules, finds the most of those
        asMany, actions(860, 90, 140),    // 0.905: finds as many and is more precise
        tight, actions(800, 70, 200)));   // 0.920: most precise, finds fewer
    ActionVetoTrainer.Report report = new ActionVetoTrainer.Report(null, 0, 0,
        actions(820, 91, 180), Map.of(), together, null, null);

    assertThat(report.chosen()).contains(asMany);

    ActionVetoTrainer.Report noneAsPrecise = new ActionVetoTrainer.Report(null, 0, 0,
        actions(820, 10, 180), Map.of(), together, null, null);
    assertThat(noneAsPrecise.chosen()).isEmpty();
  }

  @Test
  void the_pair_shipped_stays_unless_the_pick_finds_more_and_lists_no_more_wrong() {
    ActionVetoTrainer.Thresholds shipped = new ActionVetoTrainer.Thresholds(0.6, 0.2);
    ActionVetoTrainer.Thresholds other = new ActionVetoTrainer.Thresholds(0.5, 0.3);
    ThreadEval.Totals rules = actions(820, 91, 180);   // 0.900

    // The other pair finds a few more but lists more wrong: a trade, not better; the shipped
    // pair stays.
    ActionVetoTrainer.Report trade = new ActionVetoTrainer.Report(null, 0, 0, rules, Map.of(),
        new TreeMap<>(Map.of(shipped, actions(860, 92, 140), other, actions(866, 95, 134))),
        null, null);
    assertThat(trade.chosen(shipped)).contains(shipped);
    assertThat(trade.chosen(other)).contains(other);

    // It finds more and lists fewer wrong: it is picked.
    ActionVetoTrainer.Report better = new ActionVetoTrainer.Report(null, 0, 0, rules, Map.of(),
        new TreeMap<>(Map.of(shipped, actions(860, 92, 140), other, actions(866, 90, 134))),
        null, null);
    assertThat(better.chosen(shipped)).contains(other);

    // The shipped pair fell below the rules' precision: the plain pick.
    ActionVetoTrainer.Report fallen = new ActionVetoTrainer.Report(null, 0, 0, rules, Map.of(),
        new TreeMap<>(Map.of(shipped, actions(870, 120, 130), other, actions(866, 95, 134))),
        null, null);
    assertThat(fallen.chosen(shipped)).contains(other);
  }

  /**
   * The trees and the veto at the shipped thresholds, both grown from scratch without each fold
   * of {@code dealt} (thread {@code i} in fold {@code i % FOLDS}) and scored on it.
   */
  private static ThreadEval.Totals grownAgainForEachFold(List<GoldThread> dealt,
      BoostedTrees.Settings settings) {
    List<ThreadScorer.Result> grownAgain = new ArrayList<>();
    for (int fold = 0; fold < WordedTrees.FOLDS; fold++) {
      List<GoldThread> in = WordedTrees.outsideFold(dealt, fold);
      ActionTrees both = ActionTrees.with(ActionTreeTrainer.grow(in, settings),
          ActionTrees.SHIPPED_THRESHOLD).vetoedBy(
              ActionVeto.with(ActionVetoTrainer.grow(in, settings), ActionVeto.SHIPPED_KEEP));
      grownAgain.addAll(ThreadEval.runOnEveryCore("both", new ExtractiveSummarizer(
          SummarizerTuning.DEFAULT, DecisionTrees.none(), both),
          WordedTrees.inFold(dealt, fold)).results());
    }
    return ThreadEval.Totals.of(grownAgain);
  }

  private static ThreadEval.Totals actions(int right, int wrong, int missed) {
    SectionScore a = new SectionScore(right, wrong, missed);
    return new ThreadEval.Totals(1, SectionScore.ZERO, a, a, SectionScore.ZERO, 0, 0, 0, 0, 0);
  }
}

package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.DecisionTrees;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rule that picks the decision trees' thresholds from the cross-validation: of the pairs that
 * find no fewer right decisions than the rules alone, the one with the highest F0.5; the pair
 * shipped stays while it finds as many as the rules, unless the pick lists fewer wrong and finds
 * no fewer right, or beats its F0.5 by more than the folds alone move it.
 */
class DecisionThresholdsChosenTest {

  private static final DecisionTrees.Thresholds SHIPPED = new DecisionTrees.Thresholds(0.8, 0.7);
  private static final DecisionTrees.Thresholds OTHER = new DecisionTrees.Thresholds(0.7, 0.7);
  private static final ThreadEval.Totals RULES = decisions(2400, 700, 1900);

  @Test
  void the_pair_with_the_highest_f_half_finding_as_many_as_the_rules_is_picked() {
    DecisionTrees.Thresholds loose = new DecisionTrees.Thresholds(0.5, 0.0);
    DecisionTrees.Thresholds tight = new DecisionTrees.Thresholds(0.9, 0.8);
    DecisionTreeTrainer.Report report = report(new TreeMap<>(Map.of(
        loose, decisions(3000, 860, 1300),    // F0.5 0.760
        SHIPPED, decisions(2590, 390, 1710),  // 0.798, the most precise that finds enough
        OTHER, decisions(2800, 450, 1500),    // 0.809
        tight, decisions(2390, 100, 1910)))); // 0.838, but finds fewer than the rules
    assertThat(report.chosen(new DecisionTrees.Thresholds(0.6, 0.6))).contains(OTHER);
  }

  @Test
  void the_pair_shipped_stays_unless_the_pick_dominates_it_or_is_clearly_better() {
    // Higher F0.5 by less than the folds move it (0.798 against 0.803): the shipped pair stays,
    // and so would the other.
    DecisionTreeTrainer.Report close = report(new TreeMap<>(Map.of(
        SHIPPED, decisions(2590, 390, 1710), OTHER, decisions(2700, 430, 1600))));
    assertThat(close.chosen(SHIPPED)).contains(SHIPPED);
    assertThat(close.chosen(OTHER)).contains(OTHER);

    // Clearly higher (0.798 against 0.809): picked.
    DecisionTreeTrainer.Report clear = report(new TreeMap<>(Map.of(
        SHIPPED, decisions(2590, 390, 1710), OTHER, decisions(2800, 450, 1500))));
    assertThat(clear.chosen(SHIPPED)).contains(OTHER);

    // As many right and fewer wrong, however small the gain: picked.
    DecisionTreeTrainer.Report better = report(new TreeMap<>(Map.of(
        SHIPPED, decisions(2590, 390, 1710), OTHER, decisions(2590, 370, 1710))));
    assertThat(better.chosen(SHIPPED)).contains(OTHER);

    // The shipped pair fell below the rules' right decisions: the plain pick.
    DecisionTreeTrainer.Report fallen = report(new TreeMap<>(Map.of(
        SHIPPED, decisions(2390, 200, 1910), OTHER, decisions(2450, 300, 1850))));
    assertThat(fallen.chosen(SHIPPED)).contains(OTHER);
  }

  private static DecisionTreeTrainer.Report report(
      Map<DecisionTrees.Thresholds, ThreadEval.Totals> byThresholds) {
    return new DecisionTreeTrainer.Report(null, 0, 0, RULES, null, byThresholds, null, null);
  }

  private static ThreadEval.Totals decisions(int right, int wrong, int missed) {
    SectionScore d = new SectionScore(right, wrong, missed);
    return new ThreadEval.Totals(1, d, SectionScore.ZERO, SectionScore.ZERO, SectionScore.ZERO,
        0, 0, 0, 0, 0);
  }
}

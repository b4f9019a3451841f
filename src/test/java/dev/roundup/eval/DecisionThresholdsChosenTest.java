package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.summarize.DecisionTrees;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The rule that picks the decision trees' thresholds from the cross-validation: of the pairs that
 * find no fewer right decisions than the rules alone, the most precise; the pair shipped stays
 * while it finds as many as the rules, unless the pick lists fewer wrong and finds no fewer right.
 */
class DecisionThresholdsChosenTest {

  private static final DecisionTrees.Thresholds SHIPPED = new DecisionTrees.Thresholds(0.8, 0.7);
  private static final DecisionTrees.Thresholds OTHER = new DecisionTrees.Thresholds(0.8, 0.8);
  private static final ThreadEval.Totals RULES = decisions(2400, 700, 1900);

  @Test
  void the_most_precise_pair_finding_as_many_as_the_rules_is_picked() {
    DecisionTrees.Thresholds loose = new DecisionTrees.Thresholds(0.7, 0.0);
    DecisionTrees.Thresholds tight = new DecisionTrees.Thresholds(0.9, 0.8);
    DecisionTreeTrainer.Report report = report(new TreeMap<>(Map.of(
        loose, decisions(3000, 860, 1300),    // 0.777
        SHIPPED, decisions(2590, 390, 1710),  // 0.869
        tight, decisions(2150, 250, 2150))));  // 0.896, but finds fewer than the rules
    assertThat(report.chosen(OTHER)).contains(SHIPPED);
  }

  @Test
  void the_pair_shipped_stays_unless_the_pick_lists_fewer_wrong_and_finds_no_fewer_right() {
    // More precise by finding fewer: a trade; the shipped pair stays, and so would the other.
    DecisionTreeTrainer.Report trade = report(new TreeMap<>(Map.of(
        SHIPPED, decisions(2590, 390, 1710), OTHER, decisions(2450, 300, 1850))));
    assertThat(trade.chosen(SHIPPED)).contains(SHIPPED);
    assertThat(trade.chosen(OTHER)).contains(OTHER);

    // As many right and fewer wrong: picked.
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

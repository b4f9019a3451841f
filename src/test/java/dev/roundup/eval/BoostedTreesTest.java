package dev.roundup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.summarize.TreeEnsemble;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {

  private static final List<String> NAMES = List.of("noise", "flag", "count");

  /** Labelled by "flag and count at least 2"; the noise feature says nothing. */
  private static List<double[]> examples(Random random, int n) {
    List<double[]> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xs.add(new double[] {random.nextDouble(), random.nextInt(2), random.nextInt(4)});
    }
    return xs;
  }

  private static boolean label(double[] x) {
    return x[1] == 1 && x[2] >= 2;
  }

  private static boolean[] labels(List<double[]> xs) {
    boolean[] ys = new boolean[xs.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = label(xs.get(i));
    }
    return ys;
  }

  @Test
  void trees_learn_a_rule_that_needs_two_features_together_and_ignore_noise() {
    List<double[]> xs = examples(new Random(7), 2000);
    TreeEnsemble trees = BoostedTrees.grow(xs, labels(xs), NAMES, BoostedTrees.Settings.DEFAULT);

    int wrong = 0;
    List<double[]> unseen = examples(new Random(8), 1000);
    for (double[] x : unseen) {
      wrong += (trees.probability(x) >= 0.5) != label(x) ? 1 : 0;
    }
    assertThat(wrong).isZero();
    assertThat(trees.probability(new double[] {0.3, 1, 3})).isGreaterThan(0.9);
    assertThat(trees.probability(new double[] {0.3, 1, 1})).isLessThan(0.1);
    assertThat(trees.probability(new double[] {0.3, 0, 3})).isLessThan(0.1);
  }

  @Test
  void the_larger_side_of_a_split_splits_on_its_own_examples_sums() throws Exception {
    // One tree of depth 2: the root splits on the count (at most 1: two values in five, all
    // negative), so the larger side, whose sums are its parent's less the smaller side's, is
    // the one where the flag decides the label.
    Random random = new Random(11);
    List<double[]> xs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      xs.add(new double[] {random.nextDouble(), random.nextInt(10) < 7 ? 1 : 0, random.nextInt(5)});
    }
    TreeEnsemble tree = BoostedTrees.grow(xs, labels(xs), NAMES,
        new BoostedTrees.Settings(1, 2, 1.0, 20, 1.0));
    StringWriter written = new StringWriter();
    tree.write(written);

    assertThat(written.toString().lines().filter(line -> !line.startsWith("leaf")).toList())
        .endsWith("tree", "split 2 1.0", "split 1 0.0");
    assertThat(tree.probability(new double[] {0.5, 1, 3})).isGreaterThan(0.8);
    assertThat(tree.probability(new double[] {0.5, 0, 3})).isLessThan(0.2);
    assertThat(tree.probability(new double[] {0.5, 1, 1})).isLessThan(0.2);
  }

  @Test
  void the_same_examples_grow_the_same_trees() throws Exception {
    List<double[]> xs = examples(new Random(7), 500);
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    BoostedTrees.grow(xs, labels(xs), NAMES, BoostedTrees.Settings.DEFAULT).write(first);
    BoostedTrees.grow(xs, labels(xs), NAMES, BoostedTrees.Settings.DEFAULT).write(second);

    assertThat(first.toString()).isEqualTo(second.toString());
  }

  @Test
  void examples_with_one_label_only_are_refused() {
    List<double[]> xs = examples(new Random(7), 50);
    assertThatThrownBy(() -> BoostedTrees.grow(xs, new boolean[50], NAMES,
        BoostedTrees.Settings.DEFAULT)).hasMessageContaining("same label");
  }
}

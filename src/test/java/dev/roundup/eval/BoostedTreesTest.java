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

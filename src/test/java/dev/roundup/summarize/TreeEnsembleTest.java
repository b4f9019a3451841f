package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundup.summarize.TreeEnsemble.Node;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {

  private static final List<String> FEATURES = List.of("a", "b");

  private static final TreeEnsemble TREES = new TreeEnsemble(FEATURES, -1.5, 0.1, List.of(
      Node.split(0, 0.5, Node.leaf(-2), Node.split(1, 3.0, Node.leaf(1.25), Node.leaf(4))),
      Node.leaf(0.3)));

  private static TreeEnsemble read(String text, List<String> features) {
    return TreeEnsemble.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), features);
  }

  private static String written(TreeEnsemble trees) throws Exception {
    StringWriter out = new StringWriter();
    trees.write(out);
    return out.toString();
  }

  @Test
  void the_probability_adds_each_trees_leaf_at_the_learning_rate_to_the_base() {
    // a = 1 > 0.5 goes right, b = 5 > 3 goes right: leaf 4; the second tree adds 0.3.
    double z = -1.5 + 0.1 * 4 + 0.1 * 0.3;
    assertThat(TREES.probability(new double[] {1, 5})).isCloseTo(1 / (1 + Math.exp(-z)),
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(TREES.probability(new double[] {0, 5}))
        .isLessThan(TREES.probability(new double[] {1, 2}));
  }

  @Test
  void trees_written_and_read_back_give_the_same_probabilities() throws Exception {
    TreeEnsemble back = read(written(TREES), FEATURES);

    for (double[] x : new double[][] {{0, 0}, {1, 2}, {1, 3}, {1, 3.5}, {0.5, 9}}) {
      assertThat(back.probability(x)).isEqualTo(TREES.probability(x));
    }
    assertThat(written(back)).isEqualTo(written(TREES));
  }

  @Test
  void trees_grown_on_other_features_are_refused() throws Exception {
    String text = written(TREES);

    assertThatThrownBy(() -> read(text, List.of("a", "c")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other features");
  }

  @Test
  void a_damaged_file_is_refused_with_what_is_wrong() {
    assertThatThrownBy(() -> read("features a|b\nbase 0\nrate 0.1\ntree\nsplit 0 0.5\nleaf 1\n",
        FEATURES)).hasMessageContaining("ends early");
    assertThatThrownBy(() -> read("features a|b\nbase 0\nrate 0.1\ntree\nsplit 7 0.5\n",
        FEATURES)).hasMessageContaining("no feature 7");
    assertThatThrownBy(() -> read("features a|b\nrate 0.1\n", FEATURES))
        .hasMessageContaining("expected 'base");
  }
}

package dev.roundup.eval;

import dev.roundup.summarize.TreeEnsemble;
import dev.roundup.summarize.TreeEnsemble.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Grows {@link TreeEnsemble}s by gradient boosting on the logistic loss: each round fits a
 * depth-limited regression tree to the Newton step (gradient over hessian, with an L2 term on
 * the leaves), splitting where the gain is largest and never leaving fewer than
 * {@link Settings#minLeaf} examples on a side. Deterministic: the same examples grow the same
 * trees, so the shipped file can be regrown and compared ({@link StrictMath}, so on any JVM).
 * Each feature's values are ranked once, so a node sums its examples by value in arrays rather
 * than in a sorted map, and the features of a node are weighed in parallel. Below a split only
 * the smaller side's examples are summed; the larger side's sums are the parent's less the
 * smaller's: each level below the root reads half its examples or fewer. Those sums differ from
 * summing the larger side's own examples only in the last bits of a double, which can turn a
 * tie between two splits the other way. The sums are added in the same order and the first best
 * split in feature order kept, so the trees are the same to the bit whatever the number of
 * cores.
 */
public final class BoostedTrees {

  /** How the trees are grown. */
  public record Settings(int rounds, int depth, double rate, int minLeaf, double leafPenalty) {
    /**
     * The settings the shipped decision trees are grown with. Depth 4 since the 1325 tuning
     * threads: in five-fold cross-validation at the thresholds the rule picks it found 31 more
     * right decisions than depth 3 and 5 more wrong (the same precision), where depth 5 lost
     * precision at every pair (HISTORY.md beside the threads).
     */
    public static final Settings DEFAULT = new Settings(300, 4, 0.1, 20, 1.0);
  }

  private final Settings settings;
  private final List<double[]> xs;
  private final boolean[] ys;
  private final int features;
  /** Each feature's distinct values, ascending in {@link Double#compare}'s order. */
  private final double[][] values;
  /** For each feature and example, the index of the example's value in {@link #values}. */
  private final int[][] ranks;

  private BoostedTrees(Settings settings, List<double[]> xs, boolean[] ys, int features) {
    this.settings = settings;
    this.xs = xs;
    this.ys = ys;
    this.features = features;
    this.values = new double[features][];
    this.ranks = new int[features][xs.size()];
    for (int f = 0; f < features; f++) {
      double[] column = new double[xs.size()];
      for (int i = 0; i < column.length; i++) {
        column[i] = xs.get(i)[f];
      }
      double[] sorted = column.clone();
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || Double.compare(sorted[i], sorted[distinct - 1]) != 0) {
          sorted[distinct++] = sorted[i];
        }
      }
      values[f] = Arrays.copyOf(sorted, distinct);
      for (int i = 0; i < column.length; i++) {
        ranks[f][i] = Arrays.binarySearch(values[f], column[i]);
      }
    }
  }

  /**
   * Trees over the examples {@code xs} (each {@code names.size()} values) labelled {@code ys}.
   *
   * @throws IllegalArgumentException when a label class is empty: there is nothing to learn
   */
  public static TreeEnsemble grow(List<double[]> xs, boolean[] ys, List<String> names,
      Settings settings) {
    int positive = 0;
    for (boolean y : ys) {
      positive += y ? 1 : 0;
    }
    if (positive == 0 || positive == ys.length) {
      throw new IllegalArgumentException("every example has the same label");
    }
    return new BoostedTrees(settings, xs, ys, names.size()).grow(names,
        StrictMath.log(positive / (double) (ys.length - positive)));
  }

  private TreeEnsemble grow(List<String> names, double base) {
    int n = xs.size();
    double[] margin = new double[n];
    Arrays.fill(margin, base);
    double[] gradient = new double[n];
    double[] hessian = new double[n];
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    List<Node> trees = new ArrayList<>();
    for (int round = 0; round < settings.rounds(); round++) {
      for (int i = 0; i < n; i++) {
        double p = 1 / (1 + StrictMath.exp(-margin[i]));
        gradient[i] = (ys[i] ? 1 : 0) - p;
        hessian[i] = p * (1 - p);
      }
      Node tree = node(all, gradient, hessian, settings.depth());
      trees.add(tree);
      for (int i = 0; i < n; i++) {
        margin[i] += settings.rate() * tree.valueAt(xs.get(i));
      }
    }
    return new TreeEnsemble(names, base, settings.rate(), trees);
  }

  private Node node(int[] rows, double[] g, double[] h, int depth) {
    return node(rows, growing(rows.length, depth) ? histograms(rows, g, h) : null, g, h, depth);
  }

  /** Whether a node of {@code size} examples at {@code depth} may split, so needs its sums. */
  private boolean growing(int size, int depth) {
    return depth > 0 && size >= 2 * settings.minLeaf();
  }

  /**
   * A node over {@code rows}, whose sums by feature value are {@code sums} (null when it cannot
   * split). A split's smaller side is summed from its examples and the larger one is its parent
   * less the smaller, so each level reads about half the examples or fewer.
   */
  private Node node(int[] rows, Sums sums, double[] g, double[] h, int depth) {
    double gSum = 0;
    double hSum = 0;
    for (int i : rows) {
      gSum += g[i];
      hSum += h[i];
    }
    double penalty = settings.leafPenalty();
    Node leaf = Node.leaf(gSum / (hSum + penalty));
    if (sums == null) {
      return leaf;
    }
    double noSplit = gSum * gSum / (hSum + penalty) + 1e-9;
    double sumG = gSum;
    double sumH = hSum;
    // Features are weighed apart and the first best kept in feature order, as one loop would.
    Split best = IntStream.range(0, features).parallel()
        .mapToObj(f -> bestSplit(f, sums, rows.length, sumG, sumH, noSplit))
        .reduce(null, (x, y) -> y != null && (x == null || y.gain() > x.gain()) ? y : x);
    if (best == null) {
      return leaf;
    }
    int f = best.feature();
    double t = best.threshold();
    int[] left = new int[countAtMost(rows, f, t)];
    int[] right = new int[rows.length - left.length];
    int l = 0;
    int r = 0;
    for (int i : rows) {
      if (xs.get(i)[f] <= t) {
        left[l++] = i;
      } else {
        right[r++] = i;
      }
    }
    boolean leftGrows = growing(left.length, depth - 1);
    boolean rightGrows = growing(right.length, depth - 1);
    Sums leftSums = null;
    Sums rightSums = null;
    if (leftGrows || rightGrows) {
      boolean leftSmaller = left.length <= right.length;
      Sums smaller = histograms(leftSmaller ? left : right, g, h);
      Sums larger = sums.less(smaller);
      leftSums = leftGrows ? (leftSmaller ? smaller : larger) : null;
      rightSums = rightGrows ? (leftSmaller ? larger : smaller) : null;
    }
    return Node.split(f, t, node(left, leftSums, g, h, depth - 1),
        node(right, rightSums, g, h, depth - 1));
  }

  /** How many of {@code rows} have feature {@code f} at most {@code threshold}. */
  private int countAtMost(int[] rows, int f, double threshold) {
    int count = 0;
    for (int i : rows) {
      count += xs.get(i)[f] <= threshold ? 1 : 0;
    }
    return count;
  }

  /**
   * A node's gradient, hessian and example count summed by each feature's distinct value: for
   * feature {@code f} and value rank {@code v}, at {@code [f][v]}.
   */
  private record Sums(double[][] g, double[][] h, int[][] count) {
    /** These sums less {@code part}'s, for the examples of this node that are not in part. */
    Sums less(Sums part) {
      double[][] gLess = new double[g.length][];
      double[][] hLess = new double[h.length][];
      int[][] countLess = new int[count.length][];
      for (int f = 0; f < g.length; f++) {
        gLess[f] = g[f].clone();
        hLess[f] = h[f].clone();
        countLess[f] = count[f].clone();
        for (int v = 0; v < gLess[f].length; v++) {
          gLess[f][v] -= part.g[f][v];
          hLess[f][v] -= part.h[f][v];
          countLess[f][v] -= part.count[f][v];
        }
      }
      return new Sums(gLess, hLess, countLess);
    }
  }

  /** The sums of {@code rows} by feature value, added in the examples' order. */
  private Sums histograms(int[] rows, double[] g, double[] h) {
    double[][] gBy = new double[features][];
    double[][] hBy = new double[features][];
    int[][] countBy = new int[features][];
    IntStream.range(0, features).parallel().forEach(f -> {
      int distinct = values[f].length;
      double[] gOf = new double[distinct];
      double[] hOf = new double[distinct];
      int[] countOf = new int[distinct];
      int[] rank = ranks[f];
      for (int i : rows) {
        int v = rank[i];
        gOf[v] += g[i];
        hOf[v] += h[i];
        countOf[v]++;
      }
      gBy[f] = gOf;
      hBy[f] = hOf;
      countBy[f] = countOf;
    });
    return new Sums(gBy, hBy, countBy);
  }

  /** A split of a node: examples whose {@code feature} is at most {@code threshold} go left. */
  private record Split(int feature, double threshold, double gain) {}

  /**
   * The split on feature {@code f} of largest gain above {@code floor} (the first such, in the
   * values' order), or null when none gains more; {@code size} is the node's example count.
   */
  private Split bestSplit(int f, Sums sums, int size, double gSum, double hSum, double floor) {
    int[] countBy = sums.count()[f];
    int last = countBy.length - 1;
    while (last >= 0 && countBy[last] == 0) {
      last--;
    }
    double[] gBy = sums.g()[f];
    double[] hBy = sums.h()[f];
    double penalty = settings.leafPenalty();
    double bestGain = floor;
    Split best = null;
    double gLeft = 0;
    double hLeft = 0;
    double countLeft = 0;
    for (int v = 0; v < last; v++) {
      if (countBy[v] == 0) {
        continue;
      }
      gLeft += gBy[v];
      hLeft += hBy[v];
      countLeft += countBy[v];
      if (countLeft < settings.minLeaf() || size - countLeft < settings.minLeaf()) {
        continue;
      }
      double gain = gLeft * gLeft / (hLeft + penalty)
          + (gSum - gLeft) * (gSum - gLeft) / (hSum - hLeft + penalty);
      if (gain > bestGain) {
        bestGain = gain;
        best = new Split(f, values[f][v], gain);
      }
    }
    return best;
  }
}

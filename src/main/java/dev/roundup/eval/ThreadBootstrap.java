package dev.roundup.eval;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How far a section's precision and recall could move on another set of threads of the same
 * kind: a percentile bootstrap over threads. The threads, not the items, are drawn again with
 * replacement, because items of one thread rise and fall together (one unread way of writing
 * misses all of a thread's decisions). With sixteen held-out threads the interval is wide; it
 * says which differences between two batches' first runs are more than the draw of threads.
 */
final class ThreadBootstrap {

  /** A central 95% interval. */
  record Interval(double low, double high) {}

  /** Precision's and recall's intervals. */
  record Intervals(Interval precision, Interval recall) {}

  static final int DRAWS = 2_000;
  /** Fixed, so a report regenerated on the same code and threads says the same. */
  private static final long SEED = 20_261_201L;

  private ThreadBootstrap() {}

  static Intervals of(List<SectionScore> perThread) {
    if (perThread.isEmpty()) {
      return new Intervals(new Interval(1, 1), new Interval(1, 1));
    }
    SplittableRandom random = new SplittableRandom(SEED);
    double[] precision = new double[DRAWS];
    double[] recall = new double[DRAWS];
    int n = perThread.size();
    for (int d = 0; d < DRAWS; d++) {
      SectionScore sum = SectionScore.ZERO;
      for (int i = 0; i < n; i++) {
        sum = sum.plus(perThread.get(random.nextInt(n)));
      }
      precision[d] = sum.precision();
      recall[d] = sum.recall();
    }
    return new Intervals(central(precision), central(recall));
  }

  private static Interval central(double[] draws) {
    Arrays.sort(draws);
    int low = (int) Math.floor(0.025 * draws.length);
    int high = (int) Math.ceil(0.975 * draws.length) - 1;
    return new Interval(draws[low], draws[high]);
  }
}

package dev.roundup.eval;

import dev.roundup.summarize.WordingFeatures;
import dev.roundup.summarize.WordingModel;
import java.util.List;
import java.util.Random;

/**
 * Fits the {@link WordingModel} the decision trees read: logistic regression over hashed
 * wording features, by stochastic gradient descent. The two classes weigh the same in total
 * (decisions are about one in four messages of the tuning threads), and a fixed seed shuffles the
 * examples, so the same examples always give the same model. The L2 penalty, applied to a weight
 * only when its feature is present, barely moves anything: a word seen once still carries
 * weight. Dropping the words seen in fewer than two, three or five threads was tried and scored
 * a little lower in cross-validation (HISTORY.md); the trees learn how far to trust the score
 * from scores given to threads the model was not fitted on, so what it memorises costs nothing
 * there.
 */
public final class LogisticRegression {

  /** Passes over the examples; the step shrinks as 1 / (1 + pass). */
  private static final int EPOCHS = 10;
  private static final double STEP = 0.1;
  private static final double L2 = 1e-5;
  private static final long SEED = 7;

  private LogisticRegression() {}

  /** A model fitted to {@code features} (one sorted array per example) and their labels. */
  public static WordingModel fit(List<int[]> features, boolean[] labels) {
    int n = features.size();
    double[] w = new double[WordingFeatures.DIMENSIONS];
    double bias = 0;
    int positives = 0;
    for (boolean y : labels) {
      positives += y ? 1 : 0;
    }
    if (positives == 0 || positives == n) {
      return WordingModel.NONE;
    }
    double weightPositive = n / (2.0 * positives);
    double weightNegative = n / (2.0 * (n - positives));
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(SEED);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double step = STEP / (1 + epoch);
      for (int i : order) {
        int[] x = features.get(i);
        double z = bias;
        for (int f : x) {
          z += w[f];
        }
        double p = 1 / (1 + StrictMath.exp(-z));
        double gradient = (p - (labels[i] ? 1 : 0)) * (labels[i] ? weightPositive : weightNegative);
        for (int f : x) {
          w[f] -= step * (gradient + L2 * w[f]);
        }
        bias -= step * gradient;
      }
    }
    float[] weights = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      weights[i] = (float) w[i];
    }
    return new WordingModel((float) bias, weights);
  }
}

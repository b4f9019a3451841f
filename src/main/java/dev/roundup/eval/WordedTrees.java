package dev.roundup.eval;

import dev.roundup.summarize.TreeEnsemble;
import dev.roundup.summarize.WordingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Grows boosted trees one of whose features is a wording score, and the wording model that gives
 * it, from examples grouped by thread: what both the decision trees and the action item trees
 * are. The trees learn how far to trust the score from scores a model fitted without the
 * example's fold gave it (thread {@code i} in fold {@code i % }{@link #FOLDS}), since that is how
 * the model will score a thread the summarizer meets; the model shipped beside them is fitted on
 * all the examples.
 */
final class WordedTrees {

  /** Folds the wording score is fitted out of, and the trainers' cross-validation folds. */
  static final int FOLDS = 5;

  /** The trees and the wording model grown together. */
  record Grown(TreeEnsemble trees, WordingModel wording) {}

  /**
   * One thread's examples: their features, their wording's features ({@link
   * dev.roundup.summarize.WordingFeatures}), and their labels.
   */
  record ThreadExamples(List<double[]> xs, List<int[]> wording, List<Boolean> ys) {}

  private WordedTrees() {}

  /**
   * The wording model fitted on all {@code examples}, and trees grown on them, feature
   * {@code wordingFeature} of each example set to the score of a model fitted without its fold.
   */
  static Grown grow(List<ThreadExamples> examples, int wordingFeature, List<String> names,
      BoostedTrees.Settings settings) {
    WordingModel[] withoutFold = new WordingModel[FOLDS];
    for (int fold = 0; fold < FOLDS; fold++) {
      withoutFold[fold] = fitWording(outsideFold(examples, fold));
    }
    List<double[]> xs = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      ThreadExamples e = examples.get(i);
      for (int k = 0; k < e.xs().size(); k++) {
        double[] x = e.xs().get(k).clone();
        x[wordingFeature] = withoutFold[i % FOLDS].probability(e.wording().get(k));
        xs.add(x);
      }
      labels.addAll(e.ys());
    }
    TreeEnsemble trees = BoostedTrees.grow(xs, flags(labels), names, settings);
    return new Grown(trees, fitWording(examples));
  }

  /**
   * The threads, or their examples, in the order they are dealt into the folds: as given for seed
   * 0, else shuffled by the seed, so the folds can be drawn again to see how far a cross-validated
   * figure moves with them. Two lists of one size dealt with one seed stay aligned: item {@code i}
   * of each lands in the same place.
   */
  static <T> List<T> dealt(List<T> threads, long seed) {
    if (seed == 0) {
      return threads;
    }
    List<T> shuffled = new ArrayList<>(threads);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled;
  }

  /** The threads of one fold: thread {@code i} (file order) is in fold {@code i % FOLDS}. */
  static <T> List<T> inFold(List<T> threads, int fold) {
    List<T> in = new ArrayList<>();
    for (int i = fold; i < threads.size(); i += FOLDS) {
      in.add(threads.get(i));
    }
    return in;
  }

  /** The threads of every fold but one, in file order. */
  static <T> List<T> outsideFold(List<T> threads, int fold) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < threads.size(); i++) {
      if (i % FOLDS != fold) {
        out.add(threads.get(i));
      }
    }
    return out;
  }

  /** How many examples, and how many labelled true. */
  static int[] counts(List<ThreadExamples> examples) {
    int all = examples.stream().mapToInt(e -> e.ys().size()).sum();
    int yes = (int) examples.stream().flatMap(e -> e.ys().stream()).filter(b -> b).count();
    return new int[] {all, yes};
  }

  private static WordingModel fitWording(List<ThreadExamples> examples) {
    List<int[]> wording = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    examples.forEach(e -> {
      wording.addAll(e.wording());
      labels.addAll(e.ys());
    });
    return LogisticRegression.fit(wording, flags(labels));
  }

  /** The labels as the grower takes them. */
  static boolean[] flags(List<Boolean> labels) {
    boolean[] ys = new boolean[labels.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = labels.get(i);
    }
    return ys;
  }
}

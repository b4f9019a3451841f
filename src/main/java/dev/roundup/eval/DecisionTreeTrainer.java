package dev.roundup.eval;

import dev.roundup.summarize.DecisionTrees;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.MessageFeatures;
import dev.roundup.summarize.SummarizerTuning;
import dev.roundup.summarize.TreeEnsemble;
import dev.roundup.summarize.WordingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Grows the trees {@link DecisionTrees} reads, from the tuning threads' gold decisions: every
 * message the summarizer reads is an example ({@link MessageFeatures}), labelled by whether a
 * gold decision cites it; messages gold leaves open either way are left out. Measures them as
 * they will be used: the summarizer with the rules and the trees, scored by {@link ThreadScorer},
 * in cross-validation on the tuning threads (each fold's trees grown without it) and on the
 * held-out threads with the trees grown from all tuning threads.
 *
 * <p>One feature is itself fitted: the wording score ({@link WordingModel}, by {@link
 * LogisticRegression}), grown with the trees by {@link WordedTrees}: the trees learn how far to
 * trust it from scores it gives threads it was not fitted on.
 */
public final class DecisionTreeTrainer {

  /** Folds of the cross-validation; thread {@code i} (file order) is in fold {@code i % FOLDS}. */
  public static final int FOLDS = WordedTrees.FOLDS;

  /** The thresholds to add from that the cross-validation is scored at. */
  public static final List<Double> ADD_SWEEP = List.of(0.5, 0.6, 0.7, 0.8, 0.9);

  /**
   * How much higher a pair's cross-validated F0.5 must be to replace the pair shipped: about the
   * most that three orders of the folds moved one pair's F0.5 on the same code (2485 / 400, 2500
   * / 381 and 2502 / 395 right / wrong decisions of 4211 on 1,773 threads: 0.789 to 0.794).
   */
  static final double CLEAR_GAIN = 0.006;

  /** The thresholds to keep a rule decision from that it is scored at (0: every one kept). */
  public static final List<Double> KEEP_SWEEP = List.of(0.0, 0.6, 0.7, 0.8);

  /**
   * What training found: the trees, and the summarizer scored with and without them; the
   * cross-validation at the shipped thresholds, and at them and each pair of {@link #ADD_SWEEP}
   * and {@link #KEEP_SWEEP}.
   */
  public record Report(DecisionTrees.Model model, int examples, int decided,
      ThreadEval.Totals tuningRules, ThreadEval.Totals tuningCrossValidated,
      Map<DecisionTrees.Thresholds, ThreadEval.Totals> tuningByThresholds,
      ThreadEval.Totals heldOutRules, ThreadEval.Totals heldOutTrees) {

    /**
     * The thresholds the documented rule picks from the cross-validation: of the pairs at which
     * the summarizer finds no fewer right decisions than the rules alone, the one with the
     * highest F0.5 ({@link SectionScore#fHalf()}, precision weighted twice recall), except that
     * the pair shipped stays while it finds as many as the rules alone, unless the pick
     * dominates it or beats its F0.5 by {@link #CLEAR_GAIN} ({@link
     * #chosen(DecisionTrees.Thresholds)}). {@link DecisionTrees#SHIPPED_THRESHOLDS} should be
     * these; {@code train-decisions} says when they are not.
     *
     * <p>Until the 3,565 tuning threads the rule took the most precise pair. The pairs it picked
     * (adding from 0.8) found 0.57 of the decisions in cross-validation, and adding from 0.7
     * found 0.62 at 0.013 less precision; on fresh threads the gap was larger and the cost
     * smaller (HISTORY.md beside the threads). A reader forgives a missed point sooner than a
     * wrong one, which F0.5 keeps, but not a section that misses four decisions in ten.
     */
    public Optional<DecisionTrees.Thresholds> chosen() {
      return chosen(DecisionTrees.SHIPPED_THRESHOLDS);
    }

    /**
     * The pick of {@link #chosen()}, except that a {@code shipped} pair still finding as many
     * right decisions as the rules alone stays unless the pick lists fewer wrong ones and finds
     * no fewer right, or its F0.5 is higher by at least {@link #CLEAR_GAIN}. Growing the trees
     * again on a few more threads, or dealing the folds otherwise, moves a pair's figures by
     * more than the steps between neighbouring pairs (about 17 right and 19 wrong decisions on
     * 1,773 threads); a pick that won by less would turn with every growing.
     */
    Optional<DecisionTrees.Thresholds> chosen(DecisionTrees.Thresholds shipped) {
      int rulesRight = tuningRules.decisions().matched();
      Optional<DecisionTrees.Thresholds> best = tuningByThresholds.entrySet().stream()
          .filter(e -> e.getValue().decisions().matched() >= rulesRight)
          .max(Comparator.<Map.Entry<DecisionTrees.Thresholds, ThreadEval.Totals>>comparingDouble(
                  e -> e.getValue().decisions().fHalf())
              .thenComparingInt(e -> e.getValue().decisions().matched()))
          .map(Map.Entry::getKey);
      ThreadEval.Totals kept = tuningByThresholds.get(shipped);
      if (best.isEmpty() || kept == null || kept.decisions().matched() < rulesRight) {
        return best;
      }
      SectionScore picked = tuningByThresholds.get(best.get()).decisions();
      boolean dominates = picked.spurious() < kept.decisions().spurious()
          && picked.matched() >= kept.decisions().matched();
      boolean clearlyBetter = picked.fHalf() >= kept.decisions().fHalf() + CLEAR_GAIN;
      return dominates || clearlyBetter ? best : Optional.of(shipped);
    }
  }

  private DecisionTreeTrainer() {}

  /** The trees and wording model grown from every message of {@code threads}. */
  public static DecisionTrees.Model grow(List<GoldThread> threads,
      BoostedTrees.Settings settings) {
    return growFrom(ThreadEval.eachOnEveryCore(threads, DecisionTreeTrainer::examples), settings);
  }

  /**
   * Trees grown from the {@code dev} threads, measured in cross-validation there (at the shipped
   * thresholds and each pair swept) and on the {@code heldout} threads. Each thread's
   * features are read once, whichever folds it serves.
   */
  public static Report train(List<GoldThread> threads, BoostedTrees.Settings settings) {
    return train(threads, settings, 0);
  }

  /**
   * As {@link #train(List, BoostedTrees.Settings)}, with the tuning threads dealt into the
   * cross-validation's folds in an order shuffled by {@code foldsSeed} (0: file order). The trees
   * grown from all of them are the same whatever the seed; the figures measured across seeds show
   * how far a cross-validated figure moves with the folds alone.
   */
  public static Report train(List<GoldThread> threads, BoostedTrees.Settings settings,
      long foldsSeed) {
    List<GoldThread> tuning = threads.stream().filter(t -> t.split().equals("dev")).toList();
    List<GoldThread> heldOut = threads.stream().filter(t -> t.split().equals("heldout")).toList();
    List<WordedTrees.ThreadExamples> examples =
        ThreadEval.eachOnEveryCore(tuning, DecisionTreeTrainer::examples);
    DecisionTrees.Model model = growFrom(examples, settings);
    List<GoldThread> dealt = WordedTrees.dealt(tuning, foldsSeed);
    List<WordedTrees.ThreadExamples> dealtExamples = WordedTrees.dealt(examples, foldsSeed);
    SortedSet<DecisionTrees.Thresholds> thresholds = new TreeSet<>();
    ADD_SWEEP.forEach(add -> KEEP_SWEEP.forEach(
        keep -> thresholds.add(new DecisionTrees.Thresholds(add, keep))));
    thresholds.add(DecisionTrees.SHIPPED_THRESHOLDS);
    Map<DecisionTrees.Thresholds, List<ThreadScorer.Result>> swept = new TreeMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<WordedTrees.ThreadExamples> in = WordedTrees.outsideFold(dealtExamples, fold);
      List<GoldThread> out = WordedTrees.inFold(dealt, fold);
      DecisionTrees.Model foldModel = growFrom(in, settings);
      for (DecisionTrees.Thresholds t : thresholds) {
        swept.computeIfAbsent(t, k -> new ArrayList<>())
            .addAll(scored(out, DecisionTrees.with(foldModel, t)));
      }
    }
    Map<DecisionTrees.Thresholds, ThreadEval.Totals> byThreshold = new TreeMap<>();
    swept.forEach((t, results) -> byThreshold.put(t, ThreadEval.Totals.of(results)));
    int[] counts = WordedTrees.counts(examples);
    return new Report(model, counts[0], counts[1],
        ThreadEval.Totals.of(scored(tuning, DecisionTrees.none())),
        byThreshold.get(DecisionTrees.SHIPPED_THRESHOLDS), byThreshold,
        ThreadEval.Totals.of(scored(heldOut, DecisionTrees.none())),
        ThreadEval.Totals.of(scored(heldOut, DecisionTrees.with(model))));
  }

  private static DecisionTrees.Model growFrom(List<WordedTrees.ThreadExamples> examples,
      BoostedTrees.Settings settings) {
    WordedTrees.Grown grown =
        WordedTrees.grow(examples, MessageFeatures.WORDING, MessageFeatures.NAMES, settings);
    return new DecisionTrees.Model(grown.trees(), grown.wording());
  }

  private static List<ThreadScorer.Result> scored(List<GoldThread> threads,
      DecisionTrees trees) {
    return ThreadEval.runOnEveryCore("trees",
        new ExtractiveSummarizer(SummarizerTuning.DEFAULT, trees), threads).results();
  }

  private static WordedTrees.ThreadExamples examples(GoldThread t) {
    Set<Integer> decided = new HashSet<>();
    t.decisions().stream().filter(g -> !t.either().containsAll(g.sources()))
        .forEach(g -> decided.addAll(g.sources()));
    List<double[]> xs = new ArrayList<>();
    List<int[]> wording = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (MessageFeatures.Example e : MessageFeatures.of(t.conversation())) {
      Integer position = t.messageIndex().get(e.ts());
      if (position != null && !t.either().contains(position)) {
        xs.add(e.values());
        wording.add(e.wording());
        ys.add(decided.contains(position));
      }
    }
    return new WordedTrees.ThreadExamples(xs, wording, ys);
  }
}

package dev.roundup.eval;

import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.MessageFeatures;
import dev.roundup.summarize.MissedDecisions;
import dev.roundup.summarize.SummarizerTuning;
import dev.roundup.summarize.TreeEnsemble;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Grows the trees {@link MissedDecisions} reads, from the tuning threads' gold decisions: every
 * message the summarizer reads is an example ({@link MessageFeatures}), labelled by whether a
 * gold decision cites it; messages gold leaves open either way are left out. Measures them as
 * they will be used: the summarizer with the rules and the trees, scored by {@link ThreadScorer},
 * in cross-validation on the tuning threads (each fold's trees grown without it) and on the
 * held-out threads with the trees grown from all tuning threads.
 */
public final class DecisionTreeTrainer {

  /** Folds of the cross-validation; thread {@code i} (file order) is in fold {@code i % FOLDS}. */
  public static final int FOLDS = 5;

  /** The thresholds the cross-validation is also scored at, beside the shipped one. */
  public static final List<Double> SWEEP = List.of(0.5, 0.6, 0.7, 0.8, 0.9);

  /**
   * What training found: the trees, and the summarizer scored with and without them; the
   * cross-validation at the shipped threshold and at each of {@link #SWEEP}.
   */
  public record Report(TreeEnsemble trees, int examples, int decided,
      ThreadEval.Totals tuningRules, ThreadEval.Totals tuningCrossValidated,
      Map<Double, ThreadEval.Totals> tuningByThreshold,
      ThreadEval.Totals heldOutRules, ThreadEval.Totals heldOutTrees) {}

  private DecisionTreeTrainer() {}

  /** Trees grown from every message of {@code threads}. */
  public static TreeEnsemble grow(List<GoldThread> threads, BoostedTrees.Settings settings) {
    List<double[]> xs = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    collect(threads, xs, labels);
    boolean[] ys = new boolean[labels.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = labels.get(i);
    }
    return BoostedTrees.grow(xs, ys, MessageFeatures.NAMES, settings);
  }

  /**
   * Trees grown from the {@code dev} threads, measured in cross-validation there and on the
   * {@code heldout} threads.
   */
  public static Report train(List<GoldThread> threads, BoostedTrees.Settings settings) {
    List<GoldThread> tuning = threads.stream().filter(t -> t.split().equals("dev")).toList();
    List<GoldThread> heldOut = threads.stream().filter(t -> t.split().equals("heldout")).toList();
    List<double[]> xs = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    collect(tuning, xs, labels);
    int decided = (int) labels.stream().filter(b -> b).count();
    TreeEnsemble trees = grow(tuning, settings);
    List<ThreadScorer.Result> folded = new ArrayList<>();
    Map<Double, List<ThreadScorer.Result>> swept = new TreeMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<GoldThread> in = new ArrayList<>();
      List<GoldThread> out = new ArrayList<>();
      for (int i = 0; i < tuning.size(); i++) {
        (i % FOLDS == fold ? out : in).add(tuning.get(i));
      }
      TreeEnsemble foldTrees = grow(in, settings);
      folded.addAll(scored(out, MissedDecisions.with(foldTrees)));
      for (double t : SWEEP) {
        swept.computeIfAbsent(t, k -> new ArrayList<>())
            .addAll(scored(out, MissedDecisions.with(foldTrees, t)));
      }
    }
    Map<Double, ThreadEval.Totals> byThreshold = new TreeMap<>();
    swept.forEach((t, results) -> byThreshold.put(t, ThreadEval.Totals.of(results)));
    return new Report(trees, xs.size(), decided,
        ThreadEval.Totals.of(scored(tuning, MissedDecisions.none())),
        ThreadEval.Totals.of(folded), byThreshold,
        ThreadEval.Totals.of(scored(heldOut, MissedDecisions.none())),
        ThreadEval.Totals.of(scored(heldOut, MissedDecisions.with(trees))));
  }

  private static List<ThreadScorer.Result> scored(List<GoldThread> threads,
      MissedDecisions missed) {
    return ThreadEval.run("trees", new ExtractiveSummarizer(SummarizerTuning.DEFAULT, missed),
        threads).results();
  }

  private static void collect(List<GoldThread> threads, List<double[]> xs, List<Boolean> ys) {
    for (GoldThread t : threads) {
      Set<Integer> decided = new HashSet<>();
      t.decisions().stream().filter(g -> !t.either().containsAll(g.sources()))
          .forEach(g -> decided.addAll(g.sources()));
      for (MessageFeatures.Example e : MessageFeatures.of(t.conversation())) {
        Integer position = t.messageIndex().get(e.ts());
        if (position != null && !t.either().contains(position)) {
          xs.add(e.values());
          ys.add(decided.contains(position));
        }
      }
    }
  }
}

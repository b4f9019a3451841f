package dev.roundup.eval;

import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.ActionTrees;
import dev.roundup.summarize.DecisionTrees;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.SummarizerTuning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Grows the trees {@link ActionTrees} reads, from the tuning threads' gold action items: every
 * candidate the summarizer weighs (a reply and the message it answers) is an example, labelled
 * by whether a gold action item cites the reply, is owned by whoever wrote it and is not one the
 * rules already list. Candidates
 * whose reply gold leaves open either way, or whose gold item the thread reports finished, are
 * left out. Measures them as they will be used: the summarizer with the rules and the trees,
 * scored by {@link ThreadScorer}, in cross-validation on the tuning threads (each fold's trees
 * grown without it) at each threshold of {@link #SWEEP}, and on the held-out threads with the
 * trees grown from all tuning threads.
 *
 * <p>One feature is itself fitted, as for the decision trees: the exchange's wording score,
 * grown with the trees by {@link WordedTrees}.
 */
public final class ActionTreeTrainer {

  /** Folds of the cross-validation; thread {@code i} (file order) is in fold {@code i % FOLDS}. */
  public static final int FOLDS = WordedTrees.FOLDS;

  /** The thresholds the cross-validation is scored at. */
  public static final List<Double> SWEEP = List.of(0.5, 0.6, 0.7, 0.8, 0.9);

  /**
   * What training found: the trees, how many examples and positives they were grown from, the
   * summarizer's action items scored with and without them, and the trees each fold of the
   * cross-validation was scored with ({@code foldModels}: fold {@code i}'s grown without fold
   * {@code i} of the tuning threads, {@link WordedTrees#inFold}).
   */
  public record Report(ActionTrees.Model model, int examples, int taken,
      ThreadEval.Totals tuningRules, Map<Double, ThreadEval.Totals> tuningByThreshold,
      List<ActionTrees.Model> foldModels,
      ThreadEval.Totals heldOutRules, ThreadEval.Totals heldOutTrees) {

    /**
     * Each fold's trees from {@code threshold}, in fold order: what {@link ActionVetoTrainer}
     * adds tasks with to score the two together in its own folds, which are these same folds,
     * so that no fold's trees are grown twice.
     */
    public List<ActionTrees> byFold(double threshold) {
      return foldModels.stream().map(m -> ActionTrees.with(m, threshold)).toList();
    }
  }

  private ActionTreeTrainer() {}

  /** The trees and wording model grown from every candidate of {@code threads}. */
  public static ActionTrees.Model grow(List<GoldThread> threads, BoostedTrees.Settings settings) {
    return growFrom(ThreadEval.eachOnEveryCore(threads, ActionTreeTrainer::examples), settings);
  }

  /**
   * Trees grown from the {@code dev} threads, measured in cross-validation there at each
   * threshold swept and on the {@code heldout} threads.
   */
  public static Report train(List<GoldThread> threads, BoostedTrees.Settings settings) {
    return train(threads, settings, 0);
  }

  /**
   * As {@link #train(List, BoostedTrees.Settings)}, with the tuning threads dealt into the folds
   * in the order {@link WordedTrees#dealt} gives for {@code foldsSeed} (0: file order); the
   * trees grown from all of them are the same whatever the seed. The veto's trainer must be given
   * the same seed, so that its folds are these.
   */
  public static Report train(List<GoldThread> threads, BoostedTrees.Settings settings,
      long foldsSeed) {
    List<GoldThread> tuning = threads.stream().filter(t -> t.split().equals("dev")).toList();
    List<GoldThread> heldOut = threads.stream().filter(t -> t.split().equals("heldout")).toList();
    List<WordedTrees.ThreadExamples> examples =
        ThreadEval.eachOnEveryCore(tuning, ActionTreeTrainer::examples);
    ActionTrees.Model model = growFrom(examples, settings);
    List<GoldThread> dealt = WordedTrees.dealt(tuning, foldsSeed);
    List<WordedTrees.ThreadExamples> dealtExamples = WordedTrees.dealt(examples, foldsSeed);
    Map<Double, List<ThreadScorer.Result>> swept = new TreeMap<>();
    List<ActionTrees.Model> foldModels = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<WordedTrees.ThreadExamples> in = WordedTrees.outsideFold(dealtExamples, fold);
      List<GoldThread> out = WordedTrees.inFold(dealt, fold);
      ActionTrees.Model foldModel = growFrom(in, settings);
      foldModels.add(foldModel);
      for (double t : SWEEP) {
        swept.computeIfAbsent(t, k -> new ArrayList<>())
            .addAll(scored(out, ActionTrees.with(foldModel, t)));
      }
    }
    Map<Double, ThreadEval.Totals> byThreshold = new TreeMap<>();
    swept.forEach((t, results) -> byThreshold.put(t, ThreadEval.Totals.of(results)));
    int[] counts = WordedTrees.counts(examples);
    return new Report(model, counts[0], counts[1],
        ThreadEval.Totals.of(scored(tuning, ActionTrees.none())), byThreshold,
        List.copyOf(foldModels),
        ThreadEval.Totals.of(scored(heldOut, ActionTrees.none())),
        ThreadEval.Totals.of(scored(heldOut,
            ActionTrees.with(model, ActionTrees.SHIPPED_THRESHOLD))));
  }

  private static ActionTrees.Model growFrom(List<WordedTrees.ThreadExamples> examples,
      BoostedTrees.Settings settings) {
    WordedTrees.Grown grown =
        WordedTrees.grow(examples, ActionTrees.WORDING, ActionTrees.NAMES, settings);
    return new ActionTrees.Model(grown.trees(), grown.wording());
  }

  /** Action items do not depend on the decision trees: the rules' decisions are faster. */
  private static List<ThreadScorer.Result> scored(List<GoldThread> threads, ActionTrees trees) {
    return ThreadEval.runOnEveryCore("action trees",
        new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none(), trees),
        threads).results();
  }

  /**
   * A candidate is a task taken on when a gold action item cites its reply, is owned by whoever
   * wrote it, and is not one the rules already list (citing one of its messages, with its owner):
   * adding that one again would list the same task twice.
   */
  private static WordedTrees.ThreadExamples examples(GoldThread t) {
    ActionTrees.Candidates read = ActionTrees.examples(t.conversation());
    List<GoldThread.GoldItem> listed = listedBy(t, read.listed());
    List<double[]> xs = new ArrayList<>();
    List<int[]> wording = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (ActionTrees.Example e : read.examples()) {
      Integer reply = t.messageIndex().get(e.replyTs());
      if (reply == null || t.either().contains(reply)) {
        continue;
      }
      List<GoldThread.GoldItem> citing = t.actions().stream()
          .filter(g -> g.sources().contains(reply) && Objects.equals(g.owner(), e.owner()))
          .toList();
      if (!citing.isEmpty() && citing.stream().allMatch(GoldThread.GoldItem::finished)) {
        continue;
      }
      xs.add(e.values());
      wording.add(e.wording());
      ys.add(citing.stream().anyMatch(g -> !g.finished() && !listed.contains(g)));
    }
    return new WordedTrees.ThreadExamples(xs, wording, ys);
  }

  /** The gold action items {@code rules} list: one of their messages cited, owner the same. */
  private static List<GoldThread.GoldItem> listedBy(GoldThread t, List<ActionItem> rules) {
    return t.actions().stream().filter(g -> rules.stream().anyMatch(
        a -> Objects.equals(a.owner(), g.owner()) && a.sources().stream()
            .map(t.messageIndex()::get).anyMatch(g.sources()::contains)))
        .toList();
  }
}

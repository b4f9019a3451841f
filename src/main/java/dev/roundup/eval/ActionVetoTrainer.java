package dev.roundup.eval;

import dev.roundup.summarize.ActionTrees;
import dev.roundup.summarize.ActionVeto;
import dev.roundup.summarize.DecisionTrees;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.SummarizerTuning;
import dev.roundup.summarize.TreeEnsemble;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Grows the trees {@link ActionVeto} reads, from the tuning threads' gold action items: every
 * action item the rules list is an example, labelled as {@link ThreadScorer} counts it (right,
 * or wrong, a second item for one task included); an item that takes a gold item the thread
 * reports finished, or cites only messages gold leaves open either way, is left out: listing it
 * scores nothing. Measures the veto on the rules' items alone, the trees that add tasks left
 * out as {@link ActionTreeTrainer} leaves the veto out: the summarizer with the rules and the
 * veto, scored by {@link ThreadScorer}, in cross-validation on the tuning threads (each fold's
 * trees grown without it) at each threshold of {@link #SWEEP}, and on the held-out threads with
 * the trees grown from all tuning threads. The two together are scored in the same folds at
 * every pair of thresholds of {@link #JOINT_ADD} and {@link #JOINT_KEEP}, with the adding trees
 * {@link ActionTreeTrainer} grew for its own cross-validation (the same split, so they too were
 * grown without the fold they score), and the pair that ships is chosen from those by one rule
 * ({@link Report#chosen}); on the held-out threads the two are scored by {@code eval}.
 */
public final class ActionVetoTrainer {

  /** The thresholds the cross-validation is scored at. */
  public static final List<Double> SWEEP = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);

  /** The adding trees' thresholds the two models are scored at together. */
  public static final List<Double> JOINT_ADD = List.of(0.5, 0.6, 0.7, 0.8);

  /** The veto's thresholds the two models are scored at together. */
  public static final List<Double> JOINT_KEEP = List.of(0.1, 0.2, 0.3, 0.4);

  /** A pair of thresholds: the adding trees' and the veto's. */
  public record Thresholds(double add, double keep) implements Comparable<Thresholds> {

    /** The pair the build ships. */
    public static final Thresholds SHIPPED =
        new Thresholds(ActionTrees.SHIPPED_THRESHOLD, ActionVeto.SHIPPED_KEEP);

    @Override
    public int compareTo(Thresholds o) {
      int byAdd = Double.compare(add, o.add);
      return byAdd != 0 ? byAdd : Double.compare(keep, o.keep);
    }
  }

  /**
   * What training found: the trees, how many rule items they were grown from and how many of
   * those a reader lists, the summarizer's action items scored with and without them, and
   * ({@code together}) cross-validated with the trees that add tasks too, at every pair of
   * {@link #JOINT_ADD} and {@link #JOINT_KEEP}.
   */
  public record Report(TreeEnsemble trees, int examples, int listed,
      ThreadEval.Totals tuningRules, Map<Double, ThreadEval.Totals> tuningByKeep,
      Map<Thresholds, ThreadEval.Totals> together,
      ThreadEval.Totals heldOutRules, ThreadEval.Totals heldOutVeto) {

    /**
     * The pair of thresholds the documented rule picks from the cross-validation: of the pairs
     * at which the action items, tasks added and vetoed together, are no less precise than the
     * rules' alone, the one that finds the most (the more precise of two that find as many). A
     * summary is forgiven a missing item sooner than a wrong one, so what the two models add
     * to recall may not be paid for in precision. The pair shipped stays while it is as precise
     * as the rules alone, unless that one finds more and lists no more wrong ({@link
     * #chosen(Thresholds)}). {@link Thresholds#SHIPPED} should be the pair picked.
     */
    public Optional<Thresholds> chosen() {
      return chosen(Thresholds.SHIPPED);
    }

    /**
     * The pick of {@link #chosen()}, except that a {@code shipped} pair still as precise as the
     * rules alone stays unless the pick finds more items and lists no more wrong ones. Growing the
     * models again on a few more threads, or dealing the folds otherwise, moves a pair's figures by
     * more than the steps between neighbouring pairs; a pick that only trades right items for
     * wrong ones would turn with every growing.
     */
    Optional<Thresholds> chosen(Thresholds shipped) {
      double rules = tuningRules.actions().precision();
      Optional<Thresholds> best = together.entrySet().stream()
          .filter(e -> e.getValue().actions().precision() >= rules)
          .max(Comparator.<Map.Entry<Thresholds, ThreadEval.Totals>>comparingInt(
                  e -> e.getValue().actions().matched())
              .thenComparingDouble(e -> e.getValue().actions().precision()))
          .map(Map.Entry::getKey);
      ThreadEval.Totals kept = together.get(shipped);
      if (best.isEmpty() || kept == null || kept.actions().precision() < rules) {
        return best;
      }
      SectionScore picked = together.get(best.get()).actions();
      boolean better = picked.matched() > kept.actions().matched()
          && picked.spurious() <= kept.actions().spurious();
      return better ? best : Optional.of(shipped);
    }

    /** The two together at the thresholds the build ships (scored whenever they are swept). */
    public Optional<ThreadEval.Totals> asShipped() {
      return Optional.ofNullable(together.get(Thresholds.SHIPPED));
    }
  }

  /** One thread's rule items: their features and whether a reader lists them. */
  private record ThreadItems(List<double[]> xs, List<Boolean> ys) {}

  private ActionVetoTrainer() {}

  /** The trees grown from every rule item of {@code threads}. */
  public static TreeEnsemble grow(List<GoldThread> threads, BoostedTrees.Settings settings) {
    return growFrom(ThreadEval.eachOnEveryCore(threads, ActionVetoTrainer::examples), settings);
  }

  /**
   * Trees grown from the {@code dev} threads, measured in cross-validation there at each
   * threshold swept, at every pair of thresholds with the trees that add tasks too, and on the
   * {@code heldout} threads.
   *
   * @param adding the trees that add tasks, for each threshold of {@link #JOINT_ADD}: one per
   *     fold in fold order, each grown without that fold of these same {@code dev} threads
   *     ({@link ActionTreeTrainer.Report#byFold}): trees that had seen a fold would score it
   *     in-sample
   */
  public static Report train(List<GoldThread> threads, Function<Double, List<ActionTrees>> adding,
      BoostedTrees.Settings settings) {
    return train(threads, adding, settings, 0);
  }

  /**
   * As {@link #train(List, Function, BoostedTrees.Settings)}, with the tuning threads dealt into
   * the folds in the order {@link WordedTrees#dealt} gives for {@code foldsSeed}: the seed
   * the adding trees' folds were dealt with.
   */
  public static Report train(List<GoldThread> threads, Function<Double, List<ActionTrees>> adding,
      BoostedTrees.Settings settings, long foldsSeed) {
    Map<Double, List<ActionTrees>> addingByFold = new TreeMap<>();
    for (double add : JOINT_ADD) {
      List<ActionTrees> byFold = adding.apply(add);
      if (byFold.size() != WordedTrees.FOLDS) {
        throw new IllegalArgumentException("adding trees for " + byFold.size()
            + " folds, not " + WordedTrees.FOLDS);
      }
      addingByFold.put(add, byFold);
    }
    List<GoldThread> tuning = threads.stream().filter(t -> t.split().equals("dev")).toList();
    List<GoldThread> heldOut = threads.stream().filter(t -> t.split().equals("heldout")).toList();
    List<ThreadItems> examples =
        ThreadEval.eachOnEveryCore(tuning, ActionVetoTrainer::examples);
    TreeEnsemble trees = growFrom(examples, settings);
    List<GoldThread> dealt = WordedTrees.dealt(tuning, foldsSeed);
    List<ThreadItems> dealtExamples = WordedTrees.dealt(examples, foldsSeed);
    Map<Double, List<ThreadScorer.Result>> swept = new TreeMap<>();
    Map<Thresholds, List<ThreadScorer.Result>> jointly = new TreeMap<>();
    for (int fold = 0; fold < WordedTrees.FOLDS; fold++) {
      TreeEnsemble foldTrees = growFrom(WordedTrees.outsideFold(dealtExamples, fold), settings);
      List<GoldThread> out = WordedTrees.inFold(dealt, fold);
      for (double keep : SWEEP) {
        swept.computeIfAbsent(keep, k -> new ArrayList<>())
            .addAll(scored(out, ActionTrees.none(), ActionVeto.with(foldTrees, keep)));
      }
      for (double add : JOINT_ADD) {
        for (double keep : JOINT_KEEP) {
          jointly.computeIfAbsent(new Thresholds(add, keep), k -> new ArrayList<>()).addAll(
              scored(out, addingByFold.get(add).get(fold), ActionVeto.with(foldTrees, keep)));
        }
      }
    }
    Map<Thresholds, ThreadEval.Totals> together = new TreeMap<>();
    jointly.forEach((pair, results) -> together.put(pair, ThreadEval.Totals.of(results)));
    Map<Double, ThreadEval.Totals> byKeep = new TreeMap<>();
    swept.forEach((keep, results) -> byKeep.put(keep, ThreadEval.Totals.of(results)));
    int all = examples.stream().mapToInt(e -> e.ys().size()).sum();
    int listed = (int) examples.stream().flatMap(e -> e.ys().stream()).filter(b -> b).count();
    return new Report(trees, all, listed,
        ThreadEval.Totals.of(scored(tuning, ActionTrees.none(), ActionVeto.none())), byKeep,
        together,
        ThreadEval.Totals.of(scored(heldOut, ActionTrees.none(), ActionVeto.none())),
        ThreadEval.Totals.of(scored(heldOut, ActionTrees.none(),
            ActionVeto.with(trees, ActionVeto.SHIPPED_KEEP))));
  }

  private static TreeEnsemble growFrom(List<ThreadItems> examples,
      BoostedTrees.Settings settings) {
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    examples.forEach(e -> {
      xs.addAll(e.xs());
      ys.addAll(e.ys());
    });
    return BoostedTrees.grow(xs, WordedTrees.flags(ys), ActionVeto.NAMES, settings);
  }

  /**
   * The rules, the tasks {@code adding} adds ({@link ActionTrees#none} for none) and the veto,
   * as the summarizer runs them; action items do not depend on the decision trees, and the
   * rules' decisions are faster.
   */
  private static List<ThreadScorer.Result> scored(List<GoldThread> threads, ActionTrees adding,
      ActionVeto veto) {
    return ThreadEval.runOnEveryCore("action veto", new ExtractiveSummarizer(
        SummarizerTuning.DEFAULT, DecisionTrees.none(), adding.vetoedBy(veto)), threads).results();
  }

  /**
   * A rule item is labelled as {@link ThreadScorer} counts it among the rules' items, in their
   * order: right when it takes a gold item still to do, wrong when it matches none left (a second
   * item for one task is wrong too). Left out when it takes a finished one or cites only
   * messages gold leaves open either way: listing it scores nothing.
   */
  private static ThreadItems examples(GoldThread t) {
    List<ActionVeto.Example> items = ActionVeto.examples(t.conversation());
    List<ThreadScorer.Outcome> outcomes = ThreadScorer.actionOutcomes(t,
        items.stream().map(ActionVeto.Example::item).toList());
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ThreadScorer.Outcome outcome = outcomes.get(i);
      if (outcome == ThreadScorer.Outcome.RIGHT || outcome == ThreadScorer.Outcome.WRONG) {
        xs.add(items.get(i).values());
        ys.add(outcome == ThreadScorer.Outcome.RIGHT);
      }
    }
    return new ThreadItems(xs, ys);
  }
}

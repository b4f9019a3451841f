package dev.roundup.summarize;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;

/**
 * The decision trees' say over the cue rules' decisions, read by trees grown on the tuning
 * threads ({@link TreeEnsemble} over {@link MessageFeatures}). The rules know how decisions are
 * worded; the trees weigh what the wording leaves out: that the thread's most frequent voice says
 * it, that it answers a question about the plan, that the others agree; and, beside these, how
 * much the message's words read like a decision to a model fitted on the same threads ({@link
 * WordingModel}). They give each message a probability of being cited by a decision, and act on
 * it twice:
 *
 * <ul>
 *   <li>A rule decision stays only when the trees give one of its messages at least {@link
 *       Thresholds#keep()}, or one of them says in so many words that something was decided
 *       ("we decided …", "decision: …"): the rules take a message for a decision by its wording,
 *       and what the trees know of the rest (who says it, what it answers, whether anyone
 *       agreed) tells when that wording misleads. A decision announced as one is kept whatever
 *       the trees say, since the tuning threads, written to decide in plain statements, seldom
 *       announce one, and a channel often does in a message of its own ("We decided to move the
 *       standup to 10am.").
 *   <li>A message the trees give at least {@link Thresholds#add()} becomes a decision, in its own
 *       words, when no rule listed it or a message beside it (a decision's agreement or its
 *       restatement is the same decision) and it has a sentence that is neither a question, nor
 *       small talk, nor a postponement, nor options laid out for the others to weigh ({@link
 *       LaidOutOptions}).
 * </ul>
 *
 * <p>The two thresholds are chosen by {@code train-decisions}'s sweep, in five-fold
 * cross-validation on the tuning threads: of the pairs at which the summarizer finds no fewer
 * right decisions than the rules alone, the one with the highest F0.5, precision weighted twice
 * recall ({@link #SHIPPED_THRESHOLDS}): readers forgive a missed point sooner than a wrong one,
 * but not a section that misses four decisions in ten. On the 3,565 tuning threads that is
 * adding from 0.7 and keeping from 0.8, 0.846 / 0.618 (5528 right, 1006 wrong, 90 deferrals),
 * where the most precise such pair, shipped before (adding from 0.8, keeping from 0.7), was
 * 0.859 / 0.572 (5122 / 841, 78). Until the trees could drop a rule decision
 * they only added, at 0.8 and then 0.9 (of the thresholds no less precise than the rules alone,
 * the one that added the fewest deferrals). On the 1389 tuning threads the rules alone are 0.802 /
 * 0.561 (1818 right, 448 wrong, 33 deferrals); adding at 0.9 alone, 0.807 / 0.606 (1966 / 470,
 * 37); adding at 0.8 and keeping from 0.7, 0.864 / 0.597 (1935 / 304, 32), grown on the action
 * items the action trees and their veto leave. {@code train-decisions}
 * prints every pair's figures; HISTORY.md is beside the threads. The features read the action
 * items, {@link ActionTrees}' included: grow those first.
 */
public final class DecisionTrees {

  /**
   * The probabilities the trees act on.
   *
   * @param add  from which a message the rules passed over is listed as a decision
   * @param keep below which a rule decision is dropped, when none of its messages reaches it (0
   *             keeps every rule decision)
   */
  public record Thresholds(double add, double keep) implements Comparable<Thresholds> {

    @Override
    public int compareTo(Thresholds other) {
      return Comparator.comparingDouble(Thresholds::add).thenComparingDouble(Thresholds::keep)
          .compare(this, other);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "add %.2f, keep %.2f", add, keep);
    }
  }

  /** The thresholds the shipped trees are read at. */
  public static final Thresholds SHIPPED_THRESHOLDS = new Thresholds(0.7, 0.8);

  private static final String SHIPPED = "decision-trees.txt";

  private static final String SHIPPED_WORDING = "decision-wording.txt.gz";

  private static final DecisionTrees SHIPPED_TREES =
      new DecisionTrees(() -> Shipped.MODEL, SHIPPED_THRESHOLDS);

  /**
   * What {@code train-decisions} grows: the trees, and the wording model whose score is one of
   * the features they read. The two are grown together and only work together.
   */
  public record Model(TreeEnsemble trees, WordingModel wording) {}

  private final Supplier<Optional<Model>> model;
  private final Thresholds thresholds;

  private DecisionTrees(Supplier<Optional<Model>> model, Thresholds thresholds) {
    this.model = model;
    this.thresholds = thresholds;
  }

  /**
   * The trees shipped with Roundup, grown from the tuning threads by {@code train-decisions}, read
   * on the first summary rather than here: {@code train-decisions} must start, to grow new ones,
   * when the features have changed and the shipped file no longer matches them.
   */
  public static DecisionTrees shipped() {
    return SHIPPED_TREES;
  }

  /** The rules alone: nothing added, nothing dropped. */
  public static DecisionTrees none() {
    return new DecisionTrees(Optional::empty, SHIPPED_THRESHOLDS);
  }

  /** This model at the shipped thresholds. */
  public static DecisionTrees with(Model model) {
    return with(model, SHIPPED_THRESHOLDS);
  }

  /** This model at other thresholds: the trainer's sweep. */
  public static DecisionTrees with(Model model, Thresholds thresholds) {
    Optional<Model> given = Optional.of(model);
    return new DecisionTrees(() -> given, thresholds);
  }

  /** Read once, on first use: every summarizer shares the same immutable model. */
  private static final class Shipped {
    static final Optional<Model> MODEL = Optional.of(
        new Model(TreeEnsemble.read(open(SHIPPED), MessageFeatures.NAMES),
            WordingModel.read(open(SHIPPED_WORDING))));

    private static InputStream open(String name) {
      InputStream in = DecisionTrees.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      return in;
    }
  }

  /** The rules' decisions the trees keep, and those they add, in conversation order. */
  List<Detection<Point>> revised(PreparedConversation c, List<Detection<Point>> decisions,
      List<Detection<ActionItem>> actions, List<Detection<Point>> questions, double[] scores) {
    Optional<Model> grown = model.get();
    if (grown.isEmpty() || c.messages().isEmpty()) {
      return decisions;
    }
    MessageFeatures.Context context =
        MessageFeatures.of(c, decisions, actions, questions, grown.get().wording());
    Weighed read = new Weighed(context, grown.get().trees(), c.messages().size());
    List<Detection<Point>> all = new ArrayList<>();
    Set<Integer> cited = new HashSet<>();
    for (Detection<Point> d : decisions) {
      // What the decision rests on: the sentences it was read from and every message it cites
      // (an agreement joined to it is cited by its time stamp only).
      Set<Integer> messages = c.messagesOf(d);
      d.value().sources().stream().map(c::messageAt).filter(m -> m >= 0).forEach(messages::add);
      if (messages.stream().anyMatch(m -> read.features(m).applyAsDouble(
          MessageFeatures.DECISION_WORDS) > 0 || read.probability(m) >= thresholds.keep())) {
        all.add(d);
        cited.addAll(messages);
      }
    }
    // A dropped rule decision's messages are open to the trees like any other: a neighbour they
    // trust more may be the decision the rules misplaced ("quarantine it and open a ticket"
    // rather than the "yes" that took it).
    Set<Integer> listed = new HashSet<>();
    for (int i = 0; i < c.messages().size(); i++) {
      // Beside a decision, or after one just added, is the same decision. What is left is asked
      // of the trees only when it has something to list, and they read only the features they
      // ask for: both save cue searches, which are most of the cost.
      if (cited.contains(i) || cited.contains(i - 1) || cited.contains(i + 1)
          || listed.contains(i - 1)) {
        continue;
      }
      Optional<Sentence> said = statement(c, i, scores);
      if (said.isPresent() && read.probability(i) >= thresholds.add()) {
        Sentence s = said.get();
        insert(all, Detection.of(new Point(s.text(), List.of(s.ts())), s.index()));
        listed.add(i);
      }
    }
    return all;
  }

  /**
   * Each message's features and the trees' probability, worked out once whichever step asks:
   * a doubted decision's message is read again when its neighbours are weighed.
   */
  private static final class Weighed {
    private final MessageFeatures.Context context;
    private final TreeEnsemble trees;
    private final IntToDoubleFunction[] features;
    private final double[] probabilities;

    Weighed(MessageFeatures.Context context, TreeEnsemble trees, int messages) {
      this.context = context;
      this.trees = trees;
      this.features = new IntToDoubleFunction[messages];
      this.probabilities = new double[messages];
      Arrays.fill(probabilities, Double.NaN);
    }

    IntToDoubleFunction features(int message) {
      if (features[message] == null) {
        features[message] = MessageFeatures.lazily(context, message);
      }
      return features[message];
    }

    double probability(int message) {
      if (Double.isNaN(probabilities[message])) {
        probabilities[message] = trees.probability(features(message));
      }
      return probabilities[message];
    }
  }

  /** Puts {@code added} before the first decision said after it, the others left in order. */
  private static void insert(List<Detection<Point>> all, Detection<Point> added) {
    int at = 0;
    while (at < all.size() && all.get(at).earliest() < added.saidBy()) {
      at++;
    }
    all.add(at, added);
  }

  /**
   * The message's most central sentence that states something, puts nothing off and lays out no
   * options ("rack 3 goes back today. the rest we'll see next week" states the first), or none
   * when it only asks, greets, weighs options or puts things off.
   */
  private static Optional<Sentence> statement(PreparedConversation c, int message,
      double[] scores) {
    List<Sentence> own = c.sentencesOf(message);
    return own.stream()
        .filter(s -> !s.isQuestion() && !s.smallTalk() && !c.deferred(s)
            && !LaidOutOptions.laysOut(c, s))
        .max(Comparator.comparingDouble(s -> scores[s.index()]));
  }
}

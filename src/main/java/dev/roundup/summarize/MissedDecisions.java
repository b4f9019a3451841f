package dev.roundup.summarize;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decisions the cue rules did not find, read by trees grown on the tuning threads
 * ({@link TreeEnsemble} over {@link MessageFeatures}). The rules know how decisions are worded;
 * the trees weigh what the wording leaves out: that the thread's most frequent voice says it, that
 * it answers a question about the plan, that the others agree; and, beside these, how much the
 * message's words read like a decision to a model fitted on the same threads ({@link
 * WordingModel}). A message the trees give at least
 * {@link #THRESHOLD} becomes a decision, in its own words, when no rule listed it or a message
 * beside it (a decision's agreement or its restatement is the same decision), when it puts
 * nothing off, and when it has a sentence that is neither a question nor small talk.
 *
 * <p>The trees only add: every rule decision stays. The threshold is chosen by {@code
 * train-decisions}'s sweep, in five-fold cross-validation on the tuning threads: among the
 * thresholds at which the summarizer is no less precise than the rules alone, the one at which
 * the trees add the fewest deferrals (the lowest, if several tie). No threshold has added none
 * since the trees read the wording score. It was 0.8 until then (kept at a hair less precise than
 * the rules alone on 941 to 1133 threads). On the 1261 tuning threads, 0.8 adds 206 right
 * decisions and 42 wrong (0.820 against the rules' 0.819) and four deferrals, 0.85 adds 144 and
 * 25 (0.822) and three, 0.9 adds 93 and 16 (0.821) and two. {@code train-decisions} prints every
 * threshold's figures; HISTORY.md is beside the threads.
 */
public final class MissedDecisions {

  /** The probability from which a message the rules passed over is listed as a decision. */
  public static final double THRESHOLD = 0.9;

  private static final String SHIPPED = "decision-trees.txt";

  private static final String SHIPPED_WORDING = "decision-wording.txt.gz";

  private static final MissedDecisions SHIPPED_TREES =
      new MissedDecisions(() -> Shipped.MODEL, THRESHOLD);

  /**
   * What {@code train-decisions} grows: the trees, and the wording model whose score is one of
   * the features they read. The two are grown together and only work together.
   */
  public record Model(TreeEnsemble trees, WordingModel wording) {}

  private final Supplier<Optional<Model>> model;
  private final double threshold;

  private MissedDecisions(Supplier<Optional<Model>> model, double threshold) {
    this.model = model;
    this.threshold = threshold;
  }

  /**
   * The trees shipped with Roundup, grown from the tuning threads by {@code train-decisions}, read
   * on the first summary rather than here: {@code train-decisions} must start, to grow new ones,
   * when the features have changed and the shipped file no longer matches them.
   */
  public static MissedDecisions shipped() {
    return SHIPPED_TREES;
  }

  /** The rules alone: nothing added. */
  public static MissedDecisions none() {
    return new MissedDecisions(Optional::empty, THRESHOLD);
  }

  /** This model at the shipped threshold. */
  public static MissedDecisions with(Model model) {
    return with(model, THRESHOLD);
  }

  /** This model, adding messages it gives at least {@code threshold}: the trainer's sweep. */
  public static MissedDecisions with(Model model, double threshold) {
    Optional<Model> given = Optional.of(model);
    return new MissedDecisions(() -> given, threshold);
  }

  /** Read once, on first use: every summarizer shares the same immutable model. */
  private static final class Shipped {
    static final Optional<Model> MODEL = Optional.of(
        new Model(TreeEnsemble.read(open(SHIPPED), MessageFeatures.NAMES),
            WordingModel.read(open(SHIPPED_WORDING))));

    private static InputStream open(String name) {
      InputStream in = MissedDecisions.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      return in;
    }
  }

  /** The rules' decisions, then those the trees add, in conversation order. */
  List<Detection<Point>> added(PreparedConversation c, List<Detection<Point>> decisions,
      List<Detection<ActionItem>> actions, List<Detection<Point>> questions, double[] scores) {
    Optional<Model> grown = model.get();
    if (grown.isEmpty() || c.messages().isEmpty()) {
      return decisions;
    }
    MessageFeatures.Context context =
        MessageFeatures.of(c, decisions, actions, questions, grown.get().wording());
    Set<Integer> cited = context.decided();
    List<Detection<Point>> all = new ArrayList<>(decisions);
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
      if (said.isPresent()
          && grown.get().trees().probability(MessageFeatures.lazily(context, i)) >= threshold) {
        Sentence s = said.get();
        insert(all, Detection.of(new Point(s.text(), List.of(s.ts())), s.index()));
        listed.add(i);
      }
    }
    return all;
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
   * The message's most central sentence that states something, or none when it only asks,
   * greets, or puts something off.
   */
  private static Optional<Sentence> statement(PreparedConversation c, int message,
      double[] scores) {
    List<Sentence> own = c.sentencesOf(message);
    if (own.stream().anyMatch(c::deferred)) {
      return Optional.empty();
    }
    return own.stream()
        .filter(s -> !s.isQuestion() && !s.smallTalk())
        .max(Comparator.comparingDouble(s -> scores[s.index()]));
  }
}

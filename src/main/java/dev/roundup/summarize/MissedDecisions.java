package dev.roundup.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * it answers a question about the plan, that the others agree. A message the trees give at least
 * {@link #THRESHOLD} becomes a decision, in its own words, when no rule listed it or a message
 * beside it (a decision's agreement or its restatement is the same decision), when it puts
 * nothing off, and when it has a sentence that is neither a question nor small talk.
 *
 * <p>The trees only add: every rule decision stays. The threshold, 0.8, was the lowest at which,
 * in five-fold cross-validation on the tuning threads, the summarizer was no less precise than the
 * rules alone and the trees added no deferral. On the 941, 1005 and 1069 tuning threads it is
 * kept though a little less precise than the rules alone (on 1069: 0.8384 against 0.8389, the
 * trees adding 42 right decisions, 9 wrong and no deferral; 0.9 would add 8 and none). Growing
 * the trees again moves these figures by an item or two either way: grown on the same threads
 * before the last rule fixes, they met the rule (0.8395, 43 right and 7 wrong). {@code
 * train-decisions} prints every threshold's figures; HISTORY.md is beside the threads.
 */
public final class MissedDecisions {

  /** The probability from which a message the rules passed over is listed as a decision. */
  public static final double THRESHOLD = 0.8;

  private static final String SHIPPED = "decision-trees.txt";

  private static final MissedDecisions SHIPPED_TREES =
      new MissedDecisions(() -> Shipped.TREES, THRESHOLD);

  private final Supplier<Optional<TreeEnsemble>> trees;
  private final double threshold;

  private MissedDecisions(Supplier<Optional<TreeEnsemble>> trees, double threshold) {
    this.trees = trees;
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

  /** These trees at the shipped threshold. */
  public static MissedDecisions with(TreeEnsemble trees) {
    return with(trees, THRESHOLD);
  }

  /** These trees, adding messages they give at least {@code threshold}: the trainer's sweep. */
  public static MissedDecisions with(TreeEnsemble trees, double threshold) {
    Optional<TreeEnsemble> given = Optional.of(trees);
    return new MissedDecisions(() -> given, threshold);
  }

  /** Read once, on first use: every summarizer shares the same immutable trees. */
  private static final class Shipped {
    static final Optional<TreeEnsemble> TREES = Optional.of(load());

    private static TreeEnsemble load() {
      try (InputStream in = MissedDecisions.class.getResourceAsStream(SHIPPED)) {
        if (in == null) {
          throw new IllegalStateException(SHIPPED + " is missing from the build");
        }
        return TreeEnsemble.read(in, MessageFeatures.NAMES);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The rules' decisions, then those the trees add, in conversation order. */
  List<Detection<Point>> added(PreparedConversation c, List<Detection<Point>> decisions,
      List<Detection<ActionItem>> actions, List<Detection<Point>> questions, double[] scores) {
    Optional<TreeEnsemble> grown = trees.get();
    if (grown.isEmpty() || c.messages().isEmpty()) {
      return decisions;
    }
    MessageFeatures.Context context = MessageFeatures.of(c, decisions, actions, questions);
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
          && grown.get().probability(MessageFeatures.lazily(context, i)) >= threshold) {
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

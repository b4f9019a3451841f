package dev.roundup.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decisions the cue rules did not find, read by trees grown on the tuning threads
 * ({@link TreeEnsemble} over {@link MessageFeatures}). The rules know how decisions are worded;
 * the trees weigh what the wording leaves out: that the thread's most frequent voice says it, that
 * it answers a question about the plan, that the others agree. A message the trees give at least
 * {@link #THRESHOLD} becomes a decision, in its own words, when no rule listed it or a message
 * beside it (a decision's agreement or its restatement is the same decision), when it puts
 * nothing off, and when it has a sentence that is neither a question nor small talk.
 *
 * <p>The trees only add: every rule decision stays. The threshold keeps what they add about as
 * precise as the rules on threads neither has seen: in five-fold cross-validation on the tuning
 * threads, messages above it were right four times in five (docs/EVAL.md).
 */
public final class MissedDecisions {

  /** The probability from which a message the rules passed over is listed as a decision. */
  static final double THRESHOLD = 0.7;

  private static final String SHIPPED = "decision-trees.txt";

  private final Optional<TreeEnsemble> trees;

  private MissedDecisions(Optional<TreeEnsemble> trees) {
    this.trees = trees;
  }

  /** The trees shipped with Roundup, grown from the tuning threads by {@code train-decisions}. */
  public static MissedDecisions shipped() {
    return Shipped.INSTANCE;
  }

  /** The rules alone: nothing added. */
  public static MissedDecisions none() {
    return new MissedDecisions(Optional.empty());
  }

  public static MissedDecisions with(TreeEnsemble trees) {
    return new MissedDecisions(Optional.of(trees));
  }

  /** Read once, on first use: every summarizer shares the same immutable trees. */
  private static final class Shipped {
    static final MissedDecisions INSTANCE = with(load());

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
    if (trees.isEmpty() || c.messages().isEmpty()) {
      return decisions;
    }
    double[][] features = MessageFeatures.of(c, decisions, actions, questions);
    Set<Integer> near = c.messagesCitedBy(decisions);
    List<Detection<Point>> all = new ArrayList<>(decisions);
    for (int i = 0; i < features.length; i++) {
      if (near.contains(i) || near.contains(i - 1) || near.contains(i + 1)
          || trees.get().probability(features[i]) < THRESHOLD) {
        continue;
      }
      Optional<Sentence> said = statement(c, i, scores);
      if (said.isPresent()) {
        Sentence s = said.get();
        insert(all, Detection.of(new Point(s.text(), List.of(s.ts())), s.index()));
        near.add(i);
      }
    }
    return all;
  }

  /** Puts {@code added} before the first decision said after it, the others left in order. */
  private static void insert(List<Detection<Point>> all, Detection<Point> added) {
    int at = 0;
    while (at < all.size() && first(all.get(at)) < added.saidBy()) {
      at++;
    }
    all.add(at, added);
  }

  private static int first(Detection<?> d) {
    return d.sentenceIndices().stream().min(Integer::compare).orElse(0);
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

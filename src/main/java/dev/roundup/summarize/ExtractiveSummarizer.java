package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in summarizer: offline, no model. Cleans and splits the messages, scores sentences
 * by speaker-balanced centrality, picks non-redundant highlights, and runs cue-based detectors
 * for decisions, action items and unanswered questions. Stateless, so one instance can serve
 * every thread at once.
 */
public final class ExtractiveSummarizer implements Summarizer {

  /** A question is a weak TL;DR: it says what was asked, not what is known. */
  private static final double QUESTION_AS_TLDR = 0.5;
  /** Longest text of one highlight, decision, action item or question. */
  private static final int POINT_CHARS = 300;

  private final SummarizerTuning tuning;

  public ExtractiveSummarizer() {
    this(SummarizerTuning.DEFAULT);
  }

  public ExtractiveSummarizer(SummarizerTuning tuning) {
    this.tuning = tuning;
  }

  @Override
  public Summary summarize(Conversation conversation, SummaryOptions options) {
    Summary.Stats stats =
        new Summary.Stats(conversation.size(), conversation.participants().size());
    PreparedConversation prepared = new PreparedConversation(conversation);
    if (prepared.sentences().isEmpty()) {
      return Summary.empty(stats);
    }
    TermVectors vectors = new TermVectors(prepared.sentences());
    double[] scores = new SalienceScorer(tuning).score(prepared, vectors, FocusTerms.of(options));

    List<Detection<Point>> decisions =
        best(DecisionDetector.detect(prepared), tuning.maxDecisions(), scores);
    List<Detection<ActionItem>> actions =
        best(ActionItemDetector.detect(prepared), tuning.maxActionItems(), scores);
    Set<Integer> used = new HashSet<>();
    actions.forEach(d -> used.addAll(d.sentenceIndices()));
    List<Detection<Point>> questions =
        best(OpenQuestionDetector.detect(prepared, used), tuning.maxOpenQuestions(), scores);
    decisions.forEach(d -> used.addAll(d.sentenceIndices()));
    questions.forEach(d -> used.addAll(d.sentenceIndices()));

    int central = topicSentence(prepared, scores);
    List<Point> decisionPoints = decisions.stream().map(Detection::value).toList();
    String tldr = TldrWriter.write(central < 0 ? null : prepared.sentences().get(central).text(),
        decisionPoints, tuning.tldrChars());
    // The TL;DR already says the most central sentence; highlights add what it does not.
    List<Integer> picked = new MmrSelector(tuning).select(prepared.sentences(), scores, vectors,
        Math.max(0, options.maxHighlights()), i -> i != central && !used.contains(i));
    List<Point> highlights = new ArrayList<>();
    for (int i : picked) {
      Sentence s = prepared.sentences().get(i);
      highlights.add(new Point(Sentences.capitalize(s.text()), List.of(s.ts())));
    }
    return new Summary(tldr, shortened(highlights), shortened(decisionPoints),
        actions.stream().map(Detection::value)
            .map(a -> new ActionItem(a.owner(), Sentences.truncate(a.text(), POINT_CHARS), a.due(),
                a.sources()))
            .toList(),
        shortened(questions.stream().map(Detection::value).toList()), stats, null);
  }

  /** A run-on chat sentence would swamp the summary; every point is cut at a word boundary. */
  private static List<Point> shortened(List<Point> points) {
    return points.stream()
        .map(p -> new Point(Sentences.truncate(p.text(), POINT_CHARS), p.sources()))
        .toList();
  }

  /**
   * The sentence the TL;DR opens with. A thread is about what its parent raised, so for a single
   * thread that is the parent's best sentence; otherwise the most central sentence overall.
   */
  private static int topicSentence(PreparedConversation c, double[] scores) {
    Message first = c.messages().get(0);
    boolean singleThread = first.ts().equals(first.threadTs()) && c.messages().stream()
        .allMatch(m -> first.ts().equals(m.threadTs()));
    if (singleThread) {
      int best = -1;
      double bestValue = 0;
      for (Sentence s : c.sentencesOf(0)) {
        double value = scores[s.index()] * (s.isQuestion() ? QUESTION_AS_TLDR : 1.0);
        if (value > bestValue) {
          bestValue = value;
          best = s.index();
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    return mostCentral(c, scores);
  }

  /** The best statement; a question only when nothing else scores (a TL;DR should tell). */
  private static int mostCentral(PreparedConversation c, double[] scores) {
    int best = -1;
    double bestValue = 0;
    for (Sentence s : c.sentences()) {
      double value = scores[s.index()] * (s.isQuestion() ? QUESTION_AS_TLDR : 1.0);
      if (value > bestValue) {
        bestValue = value;
        best = s.index();
      }
    }
    return best;
  }

  /** The {@code max} most salient detections, kept in conversation order. */
  private static <T> List<Detection<T>> best(List<Detection<T>> found, int max, double[] scores) {
    if (found.size() <= max) {
      return found;
    }
    Map<Detection<T>, Double> salience = new IdentityHashMap<>();
    for (Detection<T> d : found) {
      salience.put(d, d.sentenceIndices().stream().mapToDouble(i -> scores[i]).max().orElse(0));
    }
    Set<Detection<T>> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    found.stream()
        .sorted(Comparator.comparingDouble((Detection<T> d) -> salience.get(d)).reversed())
        .limit(max)
        .forEach(kept::add);
    return found.stream().filter(kept::contains).toList();
  }
}

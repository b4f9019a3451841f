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
 * by speaker-balanced centrality, opens the TL;DR with the topic (a thread's parent, a short
 * exchange's first real turn, else the most central sentence), picks non-redundant highlights
 * (fewer for short exchanges), and runs cue-based detectors for decisions, action items and
 * unanswered questions. Every point says who said it. Stateless, so one instance can serve every
 * thread at once.
 */
public final class ExtractiveSummarizer implements Summarizer {

  /** Longest text of one highlight, decision, action item or question. */
  private static final int POINT_CHARS = 300;

  private final SummarizerTuning tuning;
  private final DecisionTrees trees;
  private final ActionTrees actionTrees;

  public ExtractiveSummarizer() {
    this(SummarizerTuning.DEFAULT);
  }

  public ExtractiveSummarizer(SummarizerTuning tuning) {
    this(tuning, DecisionTrees.shipped());
  }

  /**
   * A summarizer whose decisions are the rules' as {@code trees} revise them (those they keep and
   * those they add): the trainer measures trees it grew this way, and {@link DecisionTrees#none()}
   * gives the rules alone.
   */
  public ExtractiveSummarizer(SummarizerTuning tuning, DecisionTrees trees) {
    this(tuning, trees, ActionTrees.shipped());
  }

  /**
   * A summarizer whose action items are the rules' that {@code actionTrees}' veto keeps and the
   * tasks its trees add: the trainers measure what they grew this way, and {@link
   * ActionTrees#none()} gives the rules alone.
   */
  public ExtractiveSummarizer(SummarizerTuning tuning, DecisionTrees trees,
      ActionTrees actionTrees) {
    this.tuning = tuning;
    this.trees = trees;
    this.actionTrees = actionTrees;
  }

  /**
   * What the rules read in a conversation before any item is chosen: the decisions and open
   * questions each rule found, the action items kept, and every sentence's salience.
   */
  record Reading(AddressedToBot.Content content, PreparedConversation prepared, double[] scores,
      TermVectors vectors, List<Detection<Point>> decisions, List<Detection<ActionItem>> actions,
      List<Detection<Point>> questions) {}

  /**
   * The rules' reading; with no sentence left once the bot's messages are out, it has no scores and
   * finds nothing.
   */
  Reading read(Conversation conversation, SummaryOptions options) {
    AddressedToBot.Content content = AddressedToBot.split(conversation);
    PreparedConversation prepared = new PreparedConversation(content.conversation());
    if (prepared.sentences().isEmpty()) {
      return new Reading(content, prepared, null, null, List.of(), List.of(), List.of());
    }
    TermVectors vectors = new TermVectors(prepared.sentences());
    double[] scores = new SalienceScorer(tuning).score(prepared, vectors, FocusTerms.of(options));
    List<Detection<Point>> decisions = RepeatedPoints.merged(DecisionDetector.detect(prepared));
    List<Detection<ActionItem>> ruled =
        best(ActionItemDetector.detect(prepared), tuning.maxActionItems(), scores);
    List<Detection<Point>> questions = openQuestions(prepared, ruled);
    // What the trees add may rest on a statement its speaker took back, as the rules' items may.
    List<Detection<ActionItem>> actions = WithdrawnStatements.without(prepared,
        actionTrees.revised(prepared, decisions, ruled, questions));
    if (actions != ruled) {
      // A question the added task takes on ("mei you own the retrain, end of month?" — "ok") is
      // no longer open; what a dropped item had taken may be.
      actions = best(actions, tuning.maxActionItems(), scores);
      questions = openQuestions(prepared, actions);
    }
    return new Reading(content, prepared, scores, vectors, decisions, actions, questions);
  }

  /**
   * The decisions and action items of a conversation as its summary lists them (the rules' as the
   * trees revise them), before the summary keeps its best few: what an answer about a decision or
   * an owner picks from, so that it agrees with the summary. Messages addressed to the bot are set
   * aside first, as a summary sets them aside.
   */
  record Findings(PreparedConversation prepared, List<Detection<Point>> decisions,
      List<Detection<ActionItem>> actions) {}

  Findings findings(Conversation conversation) {
    Reading reading = read(conversation, SummaryOptions.DEFAULT);
    if (reading.prepared().sentences().isEmpty()) {
      return new Findings(reading.prepared(), List.of(), List.of());
    }
    return new Findings(reading.prepared(), decided(reading), reading.actions());
  }

  /**
   * The rules' decisions as the trees revise them, without any statement taken back, and none
   * citing a proposal it turned down.
   */
  private List<Detection<Point>> decided(Reading reading) {
    PreparedConversation prepared = reading.prepared();
    return TurnedDownProposals.uncited(prepared, WithdrawnStatements.without(prepared,
        trees.revised(prepared, reading.decisions(), reading.actions(), reading.questions(),
            reading.scores())));
  }

  /** The open questions, once the action items' sentences are set aside. */
  private static List<Detection<Point>> openQuestions(PreparedConversation prepared,
      List<Detection<ActionItem>> actions) {
    Set<Integer> used = new HashSet<>();
    actions.forEach(d -> used.addAll(d.sentenceIndices()));
    return RepeatedPoints.merged(OpenQuestionDetector.detect(prepared, used));
  }

  @Override
  public Summary summarize(Conversation conversation, SummaryOptions options) {
    Reading reading = read(conversation, options);
    Conversation said = reading.content().conversation();
    Summary.Stats stats = new Summary.Stats(said.size(), said.participants().size())
        .withAddressedToBot(reading.content().ignored());
    PreparedConversation prepared = reading.prepared();
    if (prepared.sentences().isEmpty()) {
      return Summary.empty(stats).withLanguage(prepared.language());
    }
    double[] scores = reading.scores();
    TermVectors vectors = reading.vectors();
    List<Detection<Point>> decisions = best(decided(reading), tuning.maxDecisions(), scores);
    List<Detection<ActionItem>> actions = reading.actions();
    Set<Integer> used = new HashSet<>();
    actions.forEach(d -> used.addAll(d.sentenceIndices()));
    List<Detection<Point>> questions = best(reading.questions(), tuning.maxOpenQuestions(), scores);
    decisions.forEach(d -> used.addAll(d.sentenceIndices()));
    questions.forEach(d -> used.addAll(d.sentenceIndices()));
    used.addAll(WithdrawnStatements.takenBack(prepared));

    int central = TopicSentence.choose(prepared, scores, options.hasFocus(),
        tuning.shortConversation());
    Sentence topic = central < 0 ? null : prepared.sentences().get(central);
    String tldr = TldrWriter.write(topic == null ? null : topic.text(),
        topic == null ? null : topic.user(), headline(decisions, scores), tuning.tldrChars(),
        Labels.of(prepared.language()).decided());
    // The TL;DR already says the topic sentence; highlights add what it does not. A reader shown
    // no TL;DR (a catch-up) gets it as one more highlight.
    int saidInTldr = options.topicAsHighlight() ? -1 : central;
    List<Integer> picked = new MmrSelector(tuning).select(prepared.sentences(), scores, vectors,
        Math.min(Math.max(0, options.maxHighlights()),
            highlightCount(prepared, options) + (saidInTldr != central ? 1 : 0)),
        i -> i != saidInTldr && !used.contains(i));
    List<Point> highlights = new ArrayList<>();
    for (int i : picked) {
      Sentence s = prepared.sentences().get(i);
      highlights.add(new Point(Attribution.said(s), List.of(s.ts())));
    }
    return new Summary(tldr, shortened(highlights), shortened(attributed(decisions, prepared)),
        actions.stream().map(Detection::value)
            .map(a -> new ActionItem(a.owner(), Sentences.truncate(a.text(), POINT_CHARS), a.due(),
                a.sources()))
            .toList(),
        shortened(attributed(questions, prepared)), stats, null, prepared.language());
  }

  /**
   * A summary of a short exchange should be shorter than the exchange: about one highlight per
   * {@code messagesPerHighlight} messages, at least one, at most what the reader asked for.
   */
  private int highlightCount(PreparedConversation c, SummaryOptions options) {
    int asked = Math.max(0, options.maxHighlights());
    int bySize = (int) Math.ceil((double) c.messages().size() / tuning.messagesPerHighlight());
    return Math.min(asked, Math.max(1, bySize));
  }

  /**
   * Decisions and questions said by whoever proposed or asked them (the earliest sentence), or
   * announced them in the words shown.
   */
  private static List<Point> attributed(List<Detection<Point>> found, PreparedConversation c) {
    return found.stream()
        .map(d -> {
          Sentence first = c.sentences().get(d.saidBy());
          return new Point(Attribution.said(first.user(), d.value().text()), d.value().sources());
        })
        .toList();
  }

  /** A run-on chat sentence would swamp the summary; every point is cut at a word boundary. */
  private static List<Point> shortened(List<Point> points) {
    return points.stream()
        .map(p -> new Point(Sentences.truncate(p.text(), POINT_CHARS), p.sources()))
        .toList();
  }

  /**
   * The decision the TL;DR names: the most salient, not the earliest. A long meeting settles small
   * things first ("we'll do the tool training, then the plan") and its main choice later; which
   * decision the line names should not change because one more minor one was found before it.
   */
  private static List<Point> headline(List<Detection<Point>> decisions, double[] scores) {
    return decisions.stream()
        .max(Comparator.comparingDouble((Detection<Point> d) -> salience(d, scores)))
        .map(d -> List.of(d.value()))
        .orElse(List.of());
  }

  private static double salience(Detection<?> d, double[] scores) {
    return d.sentenceIndices().stream().mapToDouble(i -> scores[i]).max().orElse(0);
  }

  /** The {@code max} most salient detections, kept in conversation order. */
  private static <T> List<Detection<T>> best(List<Detection<T>> found, int max, double[] scores) {
    if (found.size() <= max) {
      return found;
    }
    Map<Detection<T>, Double> salience = new IdentityHashMap<>();
    for (Detection<T> d : found) {
      salience.put(d, salience(d, scores));
    }
    Set<Detection<T>> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    found.stream()
        .sorted(Comparator.comparingDouble((Detection<T> d) -> salience.get(d)).reversed())
        .limit(max)
        .forEach(kept::add);
    return found.stream().filter(kept::contains).toList();
  }
}

package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Tasks given in one message and taken on in the reply, read by trees grown on the tuning
 * threads ({@link TreeEnsemble}). Most tasks in Slack are handed out without a word that says
 * so: "yes, book it for feb" — "on it"; "fix the filter, but it stays paused until lena has
 * reviewed the diff" — "ok, PR up in 30"; "stickers in every cab by monday. mo sort it" — "ok,
 * ordering them today"; "mei you own the retrain, end of month?" — "end of month is tight but
 * ok". The rules find a task when the request names its person with a request's words, or the
 * reply repeats its verb ({@link AcceptedRequests}, {@link DirectivesTakenOn}); a bare "on it"
 * after a plain instruction they cannot tell from an "ok" after a decision. The trees weigh
 * what tells them apart: whether the instruction names the one who answers or answers their
 * question, what each message does and says ({@link MessageFeatures} of both), how the reply
 * takes it, who runs the situation, and how much the exchange's words read like a task handed
 * out and taken ({@link WordingModel} over {@link WordingFeatures#ofExchange}, fitted on the same
 * threads).
 *
 * <p>Each candidate is a reply by someone other than the one it answers ({@link
 * ConversationModel#respondsTo}), that no action item cites yet, to a message that says
 * something in words of its own and gives the one replying no task yet. The trees are grown on
 * every candidate but asked, when summarizing, only about replies that take something on in
 * words or say three words or fewer: they give almost none of the others a task, and weighing
 * every reply of a long channel would cost as much as the rest of the summary. A candidate the
 * trees give at least {@link #SHIPPED_THRESHOLD} becomes a task of the one who replied, in the
 * words of the instruction, citing both messages, unless they have that task already. Then the
 * {@link ActionVeto} drops the rules' own items it doubts. The two thresholds are chosen
 * together by {@code train-actions} in five-fold cross-validation on the tuning threads: of the
 * pairs at which the action items are no less precise than the rules' alone, the one that finds
 * the most. Readers forgive a missed point sooner than a wrong one, so what the trees add may
 * not be paid for in precision; the veto's dropping of doubtful rule items is what pays for it.
 */
public final class ActionTrees {

  /** The probability from which a candidate becomes a task. */
  public static final double SHIPPED_THRESHOLD = 0.5;

  private static final String SHIPPED = "action-trees.txt";

  private static final String SHIPPED_WORDING = "action-wording.txt.gz";

  /** Features of the pair itself, before the instruction's and the reply's own. */
  private static final List<String> PAIR_NAMES = List.of(
      "pair: names the one replying", "pair: names someone else", "pair: answers the one replying",
      "pair: answers a question of the one replying", "pair: reply takes it on",
      "pair: reply declines", "pair: reply asks", "pair: reply words",
      "pair: reply has a due date", "pair: instruction has a due date", "pair: distance",
      "pair: instruction gives another a task", "pair: one replying spoke before",
      "pair: wording", "pair: one replying has a task near");

  /** Every feature, in the order the trees number them. */
  public static final List<String> NAMES = names();

  /**
   * The position of the wording score in {@link #NAMES}: the trainer sets it to a score from a
   * model fitted without the example's thread.
   */
  public static final int WORDING = NAMES.indexOf("pair: wording");

  private static final int PAIR = PAIR_NAMES.size();

  /** Words up to which a reply says little, and is weighed whatever its words. */
  private static final int FEW_WORDS = 3;

  /** Messages either side of an exchange within which a task of the one replying is near. */
  private static final int NEAR = 3;

  private static final int MESSAGE = MessageFeatures.NAMES.size();

  private static final ActionTrees SHIPPED_TREES =
      new ActionTrees(() -> Shipped.MODEL, SHIPPED_THRESHOLD, ActionVeto.shipped());

  /**
   * One candidate's features, the time stamps of the instruction and the reply, who replied, and
   * the exchange's wording features ({@link WordingFeatures#ofExchange}): what the trainer labels
   * by the gold action items and fits the wording model from.
   */
  public record Example(String instructionTs, String replyTs, String owner, double[] values,
      int[] wording) {}

  /**
   * What {@code train-actions} grows: the trees, and the wording model whose score of the
   * exchange (how much the instruction and the reply read like a task handed out and taken) is
   * one of the features they read. The two are grown together and only work together.
   */
  public record Model(TreeEnsemble trees, WordingModel wording) {}

  private final Supplier<Optional<Model>> model;
  private final double threshold;
  private final ActionVeto veto;

  private ActionTrees(Supplier<Optional<Model>> model, double threshold, ActionVeto veto) {
    this.model = model;
    this.threshold = threshold;
    this.veto = veto;
  }

  /**
   * The trees shipped with Roundup, and the shipped {@link ActionVeto}, grown by {@code
   * train-actions}, read on first use.
   */
  public static ActionTrees shipped() {
    return SHIPPED_TREES;
  }

  /** The rules alone: no task added, none dropped. */
  public static ActionTrees none() {
    return new ActionTrees(Optional::empty, SHIPPED_THRESHOLD, ActionVeto.none());
  }

  /** This model at a threshold, with no veto: the trainer's sweep. */
  public static ActionTrees with(Model model, double threshold) {
    Optional<Model> given = Optional.of(model);
    return new ActionTrees(() -> given, threshold, ActionVeto.none());
  }

  /** These trees, and {@code veto} dropping the rule items it doubts. */
  public ActionTrees vetoedBy(ActionVeto veto) {
    return new ActionTrees(model, threshold, veto);
  }

  /** Read once, on first use: every summarizer shares the same immutable model. */
  private static final class Shipped {
    static final Optional<Model> MODEL = Optional.of(new Model(
        TreeEnsemble.read(open(SHIPPED), NAMES), WordingModel.read(open(SHIPPED_WORDING))));

    private static InputStream open(String name) {
      InputStream in = ActionTrees.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the build");
      }
      return in;
    }
  }

  /**
   * What the rules alone list in a conversation, and every candidate the trees would weigh
   * there: the trainer labels a candidate by the gold items the rules have not listed already.
   */
  public record Candidates(List<ActionItem> listed, List<Example> examples) {}

  /**
   * Every candidate's features as the embedded summarizer reads {@code conversation} with the
   * rules alone: the examples the trees are grown from. The wording score is 0 here ({@link
   * WordingModel#NONE}): the trainer fits the model and sets it ({@link #WORDING}).
   */
  public static Candidates examples(Conversation conversation) {
    ExtractiveSummarizer.Reading reading = new ExtractiveSummarizer(SummarizerTuning.DEFAULT,
        DecisionTrees.none(), none()).read(conversation, SummaryOptions.DEFAULT);
    PreparedConversation c = reading.prepared();
    List<ActionItem> listed = reading.actions().stream().map(Detection::value).toList();
    if (c.sentences().isEmpty()) {
      return new Candidates(listed, List.of());
    }
    Reader reader = new Reader(c, reading.decisions(), reading.actions(), reading.questions(),
        WordingModel.NONE);
    List<Example> out = new ArrayList<>();
    for (Candidate k : reader.candidates()) {
      IntToDoubleFunction f = reader.features(k);
      double[] values = new double[NAMES.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = f.applyAsDouble(i);
      }
      out.add(new Example(c.messages().get(k.instruction()).ts(),
          c.messages().get(k.reply()).ts(), c.messages().get(k.reply()).user(), values,
          reader.wording(k)));
    }
    return new Candidates(listed, out);
  }

  /**
   * The rules' action items the veto keeps and the tasks the trees add, in conversation order;
   * {@code actions} itself when nothing changes.
   */
  List<Detection<ActionItem>> revised(PreparedConversation c, List<Detection<Point>> decisions,
      List<Detection<ActionItem>> actions, List<Detection<Point>> questions) {
    return veto.kept(c, decisions, actions, questions, added(c, decisions, actions, questions));
  }

  /** The rules' action items and the tasks the trees add; {@code actions} when none. */
  private List<Detection<ActionItem>> added(PreparedConversation c,
      List<Detection<Point>> decisions, List<Detection<ActionItem>> actions,
      List<Detection<Point>> questions) {
    Optional<Model> grown = model.get();
    if (grown.isEmpty() || c.messages().isEmpty()) {
      return actions;
    }
    TreeEnsemble trees = grown.get().trees();
    Reader reader = new Reader(c, decisions, actions, questions, grown.get().wording());
    // Each task added is compared with every item listed: an item's start and words are read once.
    List<Listed> all = new ArrayList<>();
    actions.forEach(a -> all.add(new Listed(a)));
    for (Candidate k : reader.candidates()) {
      if (reader.mayTakeItOn(k) && trees.probability(reader.features(k)) >= threshold) {
        Listed t = new Listed(task(c, k));
        // A task the one replying already has, taken on in other messages, is not listed twice.
        if (all.stream().noneMatch(a -> SameCommitment.sameTask(a.words, t.words))) {
          insert(all, t);
        }
      }
    }
    return all.size() == actions.size() ? actions
        : all.stream().map(Listed::detection).collect(Collectors.toCollection(ArrayList::new));
  }

  /** An item listed, with its earliest sentence and its words, read once. */
  private record Listed(Detection<ActionItem> detection, int earliest,
      SameCommitment.Words words) {

    Listed(Detection<ActionItem> detection) {
      this(detection, detection.earliest(), new SameCommitment.Words(detection.value()));
    }
  }

  /** A message and the reply that may take on what it says. */
  private record Candidate(int instruction, int reply) {}

  /** What the candidates' features read, worked out once for the conversation. */
  private static final class Reader {
    private final PreparedConversation c;
    private final MessageFeatures.Context context;
    private final List<Detection<ActionItem>> actions;
    private final Set<Integer> cited;
    private final IntToDoubleFunction[] messageFeatures;
    private final WordingModel wording;
    /** Where each participant first speaks. */
    private final Map<String, Integer> firstSaid = new HashMap<>();

    Reader(PreparedConversation c, List<Detection<Point>> decisions,
        List<Detection<ActionItem>> actions, List<Detection<Point>> questions,
        WordingModel wording) {
      this.c = c;
      this.wording = wording;
      // The messages' own wording score is the decision trees'; the exchange has its own.
      this.context = MessageFeatures.of(c, decisions, actions, questions, WordingModel.NONE);
      this.actions = actions;
      this.cited = c.messagesCitedBy(actions);
      this.messageFeatures = new IntToDoubleFunction[c.messages().size()];
      for (int i = 0; i < c.messages().size(); i++) {
        String user = c.messages().get(i).user();
        if (user != null) {
          firstSaid.putIfAbsent(user, i);
        }
      }
    }

    /**
     * Each reply by someone else to a message that says something in words of its own
     * ({@link TaskWording#taskSentence}), when no item cites the reply and none gives its author
     * a task in the message it answers.
     */
    List<Candidate> candidates() {
      List<Candidate> found = new ArrayList<>();
      ConversationModel model = c.model();
      for (int r = 1; r < c.messages().size(); r++) {
        int d = model.respondsTo(r);
        String replier = c.messages().get(r).user();
        if (d < 0 || d >= r || replier == null || cited.contains(r)
            || c.sentencesOf(r).isEmpty() || c.sentencesOf(d).isEmpty()
            || replier.equals(c.messages().get(d).user()) || ownsTaskIn(replier, d)
            || TaskWording.taskSentence(c, d).isEmpty() || forbids(d, replier)) {
          continue;
        }
        found.add(new Candidate(d, r));
      }
      return found;
    }

    /**
     * Whether the reply takes something on in words ({@link AcceptedRequests#takesOn}) or says
     * little ("👍", "ok", "sure thing"): the trees are asked only about those. They give almost
     * none of the others a task, and weighing every reply in a long channel costs as much as the
     * rest of the summary.
     */
    boolean mayTakeItOn(Candidate k) {
      String reply = c.plainText(k.reply());
      return AcceptedRequests.takesOn(c, reply)
          || TextAnalysis.of(c.language()).words(reply).size() <= FEW_WORDS;
    }

    /**
     * Whether the message tells the one replying, by name, what not to do ("zoe hold off on any
     * email till then" — "ok holding"): their yes takes on no task.
     */
    private boolean forbids(int message, String replier) {
      for (Sentence s : c.sentencesOf(message)) {
        String lower = s.text().toLowerCase(Locale.ROOT);
        for (String word : TextAnalysis.of(c.language()).words(s.text())) {
          int at = lower.indexOf(word.toLowerCase(Locale.ROOT));
          if (at >= 0 && replier.equals(AcceptedRequests.participantNamed(c, word))
              && PassingRemarks.prohibits(
                  s.text().substring(at + word.length()).replaceFirst("^\\W+", ""))) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean ownsTaskIn(String user, int message) {
      return actions.stream().anyMatch(a -> Objects.equals(a.value().owner(), user)
          && c.messagesOf(a).contains(message));
    }

    /**
     * Whether the one replying has a task citing a message a few either side of the exchange: the
     * same task, often, taken on in other words.
     */
    private boolean hasTaskNear(String user, Candidate k) {
      return actions.stream().anyMatch(a -> Objects.equals(a.value().owner(), user)
          && c.messagesOf(a).stream().anyMatch(m -> m >= k.instruction() - NEAR
              && m <= k.reply() + NEAR));
    }

    private boolean givesAnotherATask(String user, int message) {
      return actions.stream().anyMatch(a -> a.value().owner() != null
          && !a.value().owner().equals(user) && c.messagesOf(a).contains(message));
    }

    private IntToDoubleFunction message(int index) {
      if (messageFeatures[index] == null) {
        messageFeatures[index] = MessageFeatures.lazily(context, index);
      }
      return messageFeatures[index];
    }

    /** The pair's features, then the instruction's, then the reply's, each read when asked. */
    IntToDoubleFunction features(Candidate k) {
      double[] pair = new double[PAIR];
      Arrays.fill(pair, Double.NaN);
      return f -> {
        if (f >= PAIR + MESSAGE) {
          return message(k.reply()).applyAsDouble(f - PAIR - MESSAGE);
        }
        if (f >= PAIR) {
          return message(k.instruction()).applyAsDouble(f - PAIR);
        }
        if (Double.isNaN(pair[f])) {
          pair[f] = pairFeature(k, f);
        }
        return pair[f];
      };
    }

    private double pairFeature(Candidate k, int f) {
      String replier = c.messages().get(k.reply()).user();
      String reply = c.plainText(k.reply());
      String instruction = c.plainText(k.instruction());
      int asked = c.model().respondsTo(k.instruction());
      boolean answersReplier = asked >= 0 && asked < k.instruction()
          && replier.equals(c.messages().get(asked).user());
      return switch (f) {
        case 0 -> flag(named(k.instruction()).contains(replier));
        case 1 -> flag(named(k.instruction()).stream().anyMatch(u -> !u.equals(replier)
            && !u.equals(c.messages().get(k.instruction()).user())));
        case 2 -> flag(answersReplier);
        case 3 -> flag(answersReplier
            && c.sentencesOf(asked).stream().anyMatch(Sentence::isQuestion));
        case 4 -> flag(AcceptedRequests.takesOn(c, reply));
        case 5 -> flag(AcceptedRequests.declines(reply));
        case 6 -> flag(c.sentencesOf(k.reply()).stream().anyMatch(Sentence::isQuestion));
        case 7 -> StrictMath.log(1 + reply.split("\\s+").length);
        case 8 -> flag(DueDates.find(reply).isPresent());
        case 9 -> flag(DueDates.find(instruction).isPresent());
        case 10 -> Math.min(4, k.reply() - k.instruction());
        case 11 -> flag(givesAnotherATask(replier, k.instruction()));
        case 12 -> flag(firstSaid.getOrDefault(replier, Integer.MAX_VALUE) < k.instruction());
        case 13 -> wording.probability(wording(k));
        case 14 -> flag(hasTaskNear(replier, k));
        default -> throw new IllegalArgumentException("no pair feature " + f);
      };
    }

    /** The exchange's wording features: the instruction's words and the reply's. */
    int[] wording(Candidate k) {
      return WordingFeatures.ofExchange(c.plainText(k.instruction()), c.plainText(k.reply()),
          c.languageOf(k.reply()));
    }

    /** The participants a message mentions or calls by name. */
    private Set<String> named(int message) {
      Set<String> users = new HashSet<>(SlackText.userIds(c.messages().get(message).text()));
      for (String word : TextAnalysis.of(c.language()).words(c.plainText(message))) {
        String user = AcceptedRequests.participantNamed(c, word);
        if (user != null) {
          users.add(user);
        }
      }
      return users;
    }
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }

  /**
   * The task, in the words of the instruction's {@link TaskWording#taskSentence}, owned by the one
   * who replied, due when either message says by when. A reply that says in words what its writer
   * will do words the task itself: "Decision: we turn off ranking_v2 today" — "I'll flip the flag
   * at 11:00 UTC" is Boris's "Flip the flag at 11:00 UTC", not the decision it carries out.
   */
  private static Detection<ActionItem> task(PreparedConversation c, Candidate k) {
    // Said by the instruction, whatever the wording: it is the message that hands the task out.
    Sentence s = TaskWording.taskSentence(c, k.instruction()).orElseThrow();
    String text = statedCommitment(c, k.reply()).map(a -> a.item.text())
        .orElseGet(() -> TaskWording.phrase(c, s.text()));
    Message reply = c.messages().get(k.reply());
    String due = DueDates.find(c.plainText(k.reply())).or(() -> DueDates.find(text)).orElse(null);
    Set<Integer> sentences = new HashSet<>(Set.of(s.index()));
    c.sentencesOf(k.reply()).forEach(x -> sentences.add(x.index()));
    return new Detection<>(new ActionItem(reply.user(), text, due,
        List.of(c.messages().get(k.instruction()).ts(), reply.ts())), sentences, s.index());
  }

  /**
   * The first thing message {@code m} says its writer will do, with its object ("I'll flip …"):
   * not a bare "mach ich", which takes on what the instruction says.
   */
  private static Optional<ActionCandidate> statedCommitment(PreparedConversation c, int m) {
    return c.sentencesOf(m).stream().map(x -> StatedCommitments.commitment(c, x))
        .flatMap(Optional::stream).filter(a -> !a.item.text().isBlank()
            && !TaskWording.onlyTakesItOn(a.item.text())).findFirst();
  }

  /** Puts {@code added} before the first item said after it, the others left in order. */
  private static void insert(List<Listed> all, Listed added) {
    int at = 0;
    while (at < all.size() && all.get(at).earliest() < added.earliest()) {
      at++;
    }
    all.add(at, added);
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(PAIR_NAMES);
    MessageFeatures.NAMES.forEach(n -> names.add("instruction: " + n));
    MessageFeatures.NAMES.forEach(n -> names.add("reply: " + n));
    return List.copyOf(names);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "action trees at %.2f, %s", threshold, veto);
  }
}

package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Pattern;

/**
 * What {@link DecisionTrees} knows of one message, as numbers: which rule read it as what, what
 * the message does, what it answers (a choice, a question about the plan, and whether on its
 * subject) and what the messages around it do ({@link ConversationModel}), who says it (the
 * thread's starter, its most frequent voice, whoever runs the situation: {@link
 * RulesTakenUp#runsTheSituation}), where it stands, how the replies
 * take it, its language, which cues of its language it carries, and how much its wording alone
 * reads like a decision ({@link WordingModel}). Only the last reads the message's own words: a cue
 * is a way of writing known in every cue language, and the trees learn how far to trust the
 * wording score from scores it gave threads it was not fitted on, so trees grown on some threads
 * read threads they never saw.
 *
 * <p>{@link #NAMES} fixes the order; the trees name the features they split on, and
 * {@link TreeEnsemble} refuses a file whose names differ. The trainer reads every feature of
 * every message; the summarizer reads a feature only when a tree asks for it
 * ({@link #lazily}), since most cue searches are never asked for.
 */
public final class MessageFeatures {

  /**
   * One message's features, the timestamp that names it, and its wording's features
   * ({@link WordingFeatures}), from which the trainer fits the {@link WordingModel}.
   */
  public record Example(String ts, double[] values, int[] wording) {}

  /**
   * One feature: its name, its value for a message of a conversation, and whether that value
   * reads what the rules found or the wording model (else it reads the conversation alone, and
   * every context of one conversation shares it).
   */
  private record Feature(String name, Value value, boolean readsFindings) {
    Feature(String name, Value value) {
      this(name, value, false);
    }
  }

  @FunctionalInterface
  private interface Value {
    double of(Context c, Said m);
  }

  private static final List<Act> ACTS = List.of(Act.values());

  /** The cue languages: a tree may weigh a cue differently where it is said differently. */
  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "ja");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static final List<Feature> FEATURES = features();

  /** Every feature, in the order the trees number them. */
  public static final List<String> NAMES = FEATURES.stream().map(Feature::name).toList();

  /**
   * The position of the wording score in {@link #NAMES}: the trainer sets it to a score from a
   * model fitted without the message's own fold of threads, as the summarizer will meet threads
   * the model never saw.
   */
  public static final int WORDING = NAMES.indexOf("wording");

  /** The position of "decision words" (a decision said in so many words) in {@link #NAMES}. */
  public static final int DECISION_WORDS = NAMES.indexOf("decision words");

  private MessageFeatures() {}

  private static List<Feature> features() {
    List<Feature> f = new ArrayList<>();
    findings(f, "rules: decision", (c, m) -> c.decided.contains(m.index));
    findings(f, "rules: task", (c, m) -> c.tasks.contains(m.index));
    findings(f, "rules: open question", (c, m) -> c.asked.contains(m.index));
    // "pull the friday press release. <@josh> let comms know": a call made and handed out at once.
    findings(f, "rules: hands out a task", (c, m) -> c.handsOut.contains(m.index));
    ACTS.forEach(a -> flag(f, "act " + a, (c, m) -> m.act == a));
    flag(f, "answers", (c, m) -> m.answers >= 0);
    ACTS.forEach(a -> flag(f, "answers act " + a,
        (c, m) -> m.answers >= 0 && c.model.act(m.answers) == a));
    flag(f, "answers own message", (c, m) -> m.answers >= 0 && Objects.equals(c.userOf(m.answers), m.user));
    flag(f, "answers the starter", (c, m) -> m.answers >= 0 && Objects.equals(c.userOf(m.answers), c.starter));
    f.add(new Feature("replies", (c, m) -> Math.min(3, c.replies[m.index])));
    f.add(new Feature("agreed", (c, m) -> Math.min(2, c.agreed[m.index])));
    f.add(new Feature("refused", (c, m) -> Math.min(2, c.refused[m.index])));
    f.add(new Feature("queried", (c, m) -> Math.min(2, c.queried[m.index])));
    flag(f, "next agrees", (c, m) -> m.index + 1 < c.size
        && c.model.act(m.index + 1) == Act.AGREEMENT && !Objects.equals(c.userOf(m.index + 1), m.user));
    flag(f, "starter", (c, m) -> Objects.equals(m.user, c.starter));
    flag(f, "most frequent voice", (c, m) -> m.lead);
    f.add(new Feature("voice share", (c, m) -> c.said.get(m.user) / (double) c.size));
    flag(f, "first", (c, m) -> m.index == 0);
    flag(f, "last", (c, m) -> m.index == c.size - 1);
    f.add(new Feature("position",
        (c, m) -> c.size > 1 ? m.index / (double) (c.size - 1) : 0));
    flag(f, "thread reply", (c, m) -> m.message.isThreadReply());
    flag(f, "mentions someone else", (c, m) -> c.model.mentionsSomeoneElse(m.index));
    f.add(new Feature("sentences", (c, m) -> Math.min(5, m.own.size())));
    f.add(new Feature("log words", (c, m) -> StrictMath.log(1 + m.text.split("\\s+").length)));
    flag(f, "asks", (c, m) -> m.asks());
    flag(f, "only asks", (c, m) -> !m.own.isEmpty() && m.own.stream().allMatch(Sentence::isQuestion));
    flag(f, "only small talk",
        (c, m) -> !m.own.isEmpty() && m.own.stream().allMatch(Sentence::smallTalk));
    flag(f, "digits", (c, m) -> DIGIT.matcher(m.text).find());
    flag(f, "exclamation", (c, m) -> m.text.indexOf('!') >= 0);
    flag(f, "deferred", (c, m) -> m.deferred());
    flag(f, "deferral", (c, m) -> c.cues.isDeferral(m.text));
    flag(f, "puts off deciding", (c, m) -> c.cues.putsOffDeciding(m.text));
    flag(f, "puts off", (c, m) -> c.cues.putsOff(m.text));
    flag(f, "hindsight", (c, m) -> c.cues.isHindsight(m.text));
    flag(f, "as plan", (c, m) -> c.cues.putsAsPlan(m.text));
    flag(f, "keeps scope out", (c, m) -> c.cues.keepsScopeOut(m.text));
    flag(f, "names a task", (c, m) -> c.cues.namesATask(m.text));
    flag(f, "interim", (c, m) -> c.cues.isInterim(m.text));
    flag(f, "holds until", (c, m) -> c.cues.holdsUntil(m.text));
    flag(f, "corrects a fact", (c, m) -> c.cues.correctsAFact(m.text));
    flag(f, "work tried", (c, m) -> c.cues.reportsWorkTried(m.text));
    flag(f, "jokes", (c, m) -> Cues.jokes(m.text));
    flag(f, "waits on someone", (c, m) -> c.cues.waitsOnSomeone(m.text));
    cue(f, "approval given", Cues::approvalGiven);
    cue(f, "thing done", Cues::thingDone);
    cue(f, "done", Cues::done);
    cue(f, "assigned", Cues::assigned);
    cue(f, "reminder", Cues::reminder);
    cue(f, "plan in present", Cues::planInPresent);
    cue(f, "leaves open", Cues::leavesOpen);
    cue(f, "guess", Cues::guess);
    cue(f, "plan question", Cues::planQuestion);
    cue(f, "anecdote", Cues::anecdote);
    cue(f, "approval reported", Cues::approvalReported);
    cue(f, "rule affirmed", Cues::ruleAffirmed);
    cue(f, "exception", Cues::exception);
    cue(f, "concluded", Cues::concluded);
    cue(f, "rule question", Cues::ruleQuestion);
    cue(f, "unsure", Cues::unsure);
    flag(f, "lead states", (c, m) -> m.lead && (m.act == Act.STATEMENT || m.act == Act.PROPOSAL));
    flag(f, "lead answers", (c, m) -> m.lead && m.answers >= 0 && !m.asks()
        && c.prepared.sentencesOf(m.answers).stream().anyMatch(Sentence::isQuestion));
    // Who runs the situation and what a reply answers, as the exchange rules read them: the
    // rules need all of it at once to settle a decision, the trees weigh each on its own.
    flag(f, "runs the situation", (c, m) -> m.user != null
        && RulesTakenUp.runsTheSituation(c.prepared, m.user, m.index));
    flag(f, "answers a plan question", (c, m) -> m.answers >= 0 && m.answers < m.index
        && PlanAnswers.answersPlanQuestion(c.prepared, m.answers, m.index));
    flag(f, "answers a choice", (c, m) -> m.answers >= 0 && m.answers < m.index
        && c.prepared.sentencesOf(m.answers).stream()
            .anyMatch(q -> ChoiceQuestions.isChoiceQuestion(c.prepared, q)));
    flag(f, "answers on the subject", (c, m) -> m.answers >= 0 && m.answers < m.index
        && c.prepared.sentencesOf(m.answers).stream().filter(Sentence::isQuestion)
            .anyMatch(q -> m.own.stream().anyMatch(a -> SameSubject.shares(q, a))));
    findings(f, "rules: decision put off", (c, m) -> c.decided.contains(m.index) && m.deferred());
    flag(f, "carried out later", MessageFeatures::carriedOutLater);
    flag(f, "settles an earlier question", MessageFeatures::settlesAnEarlierQuestion);
    cue(f, "decision words", Cues::decision);
    cue(f, "proposal words", Cues::proposal);
    cue(f, "settling words", Cues::settling);
    cue(f, "agreement words", Cues::agreement);
    cue(f, "dissent words", Cues::dissent);
    cue(f, "commitment words", Cues::commitment);
    cue(f, "request words", Cues::request);
    cue(f, "taking it words", Cues::takingIt);
    cue(f, "non-answer words", Cues::nonAnswer);
    cue(f, "redirect words", Cues::redirect);
    cue(f, "yes-no question words", Cues::yesNoQuestion);
    cue(f, "yes-no answer words", Cues::yesNoAnswer);
    cue(f, "greeting words", Cues::greeting);
    cue(f, "self-resolved words", Cues::selfResolved);
    ACTS.forEach(a -> flag(f, "previous act " + a, (c, m) -> m.index > 0 && c.model.act(m.index - 1) == a));
    ACTS.forEach(a -> flag(f, "next act " + a,
        (c, m) -> m.index + 1 < c.size && c.model.act(m.index + 1) == a));
    flag(f, "previous asks", (c, m) -> m.index > 0
        && c.prepared.sentencesOf(m.index - 1).stream().anyMatch(Sentence::isQuestion));
    flag(f, "previous by the same voice",
        (c, m) -> m.index > 0 && Objects.equals(c.userOf(m.index - 1), m.user));
    f.add(new Feature("log messages", (c, m) -> StrictMath.log(c.size)));
    f.add(new Feature("voices", (c, m) -> Math.min(8, c.said.size())));
    LANGUAGES.forEach(l -> flag(f, "language " + l, (c, m) -> l.equals(c.prepared.language())));
    f.add(new Feature("wording", (c, m) -> c.wording.probability(m.wording()), true));
    return List.copyOf(f);
  }

  /** Messages after one in which another carries out what it says, and before one it settles. */
  private static final int CARRIED_OUT_WITHIN = 6;
  private static final int SETTLES_WITHIN = 4;

  /**
   * "mike move them to the back pool now" — "moving them": someone else says, within a few
   * messages and in some of its words, that they take on or have done what the message says.
   */
  private static boolean carriedOutLater(Context c, Said m) {
    Set<String> terms = c.contentTerms(m.index);
    if (terms.isEmpty()) {
      return false;
    }
    for (int j = m.index + 1; j < Math.min(c.size, m.index + 1 + CARRIED_OUT_WITHIN); j++) {
      if (Objects.equals(c.userOf(j), m.user)) {
        continue;
      }
      if (c.takesOnOrReportsDone(j) && c.contentTerms(j).stream().anyMatch(terms::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "can we put a redirect on staging?" … "no, leave staging alone": a statement after someone
   * else's question of a few messages before, in some of its words.
   */
  private static boolean settlesAnEarlierQuestion(Context c, Said m) {
    if (m.asks()) {
      return false;
    }
    Set<String> terms = c.contentTerms(m.index);
    for (int j = Math.max(0, m.index - SETTLES_WITHIN); j < m.index; j++) {
      if (Objects.equals(c.userOf(j), m.user)) {
        continue;
      }
      for (Set<String> question : c.questionTerms(j)) {
        if (question.stream().anyMatch(terms::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What a message says in words, for the facts that read it from the messages around it
   * ({@link #carriedOutLater}, {@link #settlesAnEarlierQuestion}): each message is read by every
   * message within reach, so each reading is worked out once per conversation.
   */
  private static final class Words {
    Set<String> content;
    Boolean takesOnOrDone;
    List<Set<String>> questions;
  }

  private interface Flag {
    boolean of(Context c, Said m);
  }

  private static void flag(List<Feature> f, String name, Flag flag) {
    f.add(new Feature(name, (c, m) -> flag.of(c, m) ? 1 : 0));
  }

  /** A flag that reads what the rules found. */
  private static void findings(List<Feature> f, String name, Flag flag) {
    f.add(new Feature(name, (c, m) -> flag.of(c, m) ? 1 : 0, true));
  }

  /** A cue of the conversation's language found in the message. */
  private static void cue(List<Feature> f, String name, Function<Cues, Pattern> cue) {
    flag(f, name, (c, m) -> {
      Pattern p = cue.apply(c.cues);
      return p != null && RegexPrefilter.find(p, m.text);
    });
  }

  /**
   * Every message's features as the embedded summarizer reads {@code conversation} with default
   * options: the examples the trees are grown from. Messages addressed to the bot are left out,
   * as the summarizer leaves them out. The wording score is 0 here ({@link WordingModel#NONE}):
   * the trainer fits the model and sets it ({@link #WORDING}).
   */
  public static List<Example> of(Conversation conversation) {
    ExtractiveSummarizer.Reading reading =
        new ExtractiveSummarizer(SummarizerTuning.DEFAULT, DecisionTrees.none())
            .read(conversation, SummaryOptions.DEFAULT);
    if (reading.prepared().sentences().isEmpty()) {
      return List.of();
    }
    Context c = new Context(reading.prepared(), reading.decisions(), reading.actions(),
        reading.questions(), WordingModel.NONE);
    List<Example> out = new ArrayList<>(c.size);
    for (int i = 0; i < c.size; i++) {
      Said m = c.said(i);
      double[] values = new double[FEATURES.size()];
      for (int f = 0; f < values.length; f++) {
        values[f] = FEATURES.get(f).value().of(c, m);
      }
      out.add(new Example(m.message.ts(), values, m.wording()));
    }
    return out;
  }

  /**
   * Message {@code index}'s features, each worked out the first time it is asked for, given what
   * the rules found: {@code context} is made once by {@link #of(PreparedConversation, List, List,
   * List, WordingModel)} for all its messages.
   */
  static IntToDoubleFunction lazily(Context context, int index) {
    Said m = context.said(index);
    double[] known = new double[FEATURES.size()];
    Arrays.fill(known, Double.NaN);
    double[] shared = context.shared(index);
    return f -> {
      Feature feature = FEATURES.get(f);
      double[] values = feature.readsFindings() ? known : shared;
      if (Double.isNaN(values[f])) {
        values[f] = feature.value().of(context, m);
      }
      return values[f];
    };
  }

  /** What every message's features read of the whole conversation, worked out once. */
  static Context of(PreparedConversation c, List<Detection<Point>> decisions,
      List<Detection<ActionItem>> actions, List<Detection<Point>> questions,
      WordingModel wording) {
    return new Context(c, decisions, actions, questions, wording);
  }

  /** The conversation-wide facts the features read: who speaks how often, who answers whom. */
  static final class Context {
    private final PreparedConversation prepared;
    private final Set<Integer> decided;
    private final Set<Integer> tasks;
    private final Set<Integer> asked;
    /** Messages that say a task the rules list for someone other than their writer. */
    private final Set<Integer> handsOut = new java.util.HashSet<>();
    private final ConversationModel model;
    private final Map<String, Integer> said = new HashMap<>();
    private final int most;
    private final String starter;
    private final Cues cues;
    private final int size;
    private final int[] replies;
    private final int[] agreed;
    private final int[] refused;
    private final int[] queried;
    private final WordingModel wording;
    /**
     * The values of the features that read the conversation alone, by message, worked out once
     * for the conversation: the action trees and the decision trees ask about the same messages.
     */
    private final double[][] shared;
    /** What each message says in words, read on first use ({@link Words}). */
    private final Words[] words;

    private Context(PreparedConversation c, List<Detection<Point>> decisions,
        List<Detection<ActionItem>> actions, List<Detection<Point>> questions,
        WordingModel wording) {
      this.prepared = c;
      this.wording = wording;
      this.decided = c.messagesCitedBy(decisions);
      this.tasks = c.messagesCitedBy(actions);
      this.asked = c.messagesCitedBy(questions);
      this.model = c.model();
      List<Message> messages = c.messages();
      for (Detection<ActionItem> d : actions) {
        int at = c.sentences().get(d.saidBy()).messageIndex();
        String owner = d.value().owner();
        if (owner != null && !owner.equals(messages.get(at).user())) {
          handsOut.add(at);
        }
      }
      messages.forEach(m -> said.merge(m.user(), 1, Integer::sum));
      this.most = said.isEmpty() ? 0 : Collections.max(said.values());
      this.starter = messages.isEmpty() ? "" : messages.get(0).user();
      this.cues = c.cues();
      this.size = messages.size();
      this.shared = c.once("message features", () -> new double[size][]);
      this.words = c.once("message words", () -> new Words[size]);
      // How the later messages answer each one, counted in one pass: a channel has thousands.
      replies = new int[size];
      agreed = new int[size];
      refused = new int[size];
      queried = new int[size];
      for (int j = 0; j < size; j++) {
        int to = model.respondsTo(j);
        if (to >= 0 && to < j) {
          replies[to]++;
          agreed[to] += model.act(j) == Act.AGREEMENT ? 1 : 0;
          refused[to] += model.act(j) == Act.REFUSAL ? 1 : 0;
          queried[to] += model.act(j) == Act.QUESTION ? 1 : 0;
        }
      }
    }

    private String userOf(int index) {
      return prepared.messages().get(index).user();
    }

    private Said said(int index) {
      return new Said(this, index);
    }

    private Words words(int index) {
      if (words[index] == null) {
        words[index] = new Words();
      }
      return words[index];
    }

    /** The content words of message {@code index}. */
    private Set<String> contentTerms(int index) {
      Words w = words(index);
      if (w.content == null) {
        w.content = Set.copyOf(Terms.content(prepared.plainText(index)));
      }
      return w.content;
    }

    /** Whether message {@code index} says its writer takes something on or has done it. */
    private boolean takesOnOrReportsDone(int index) {
      Words w = words(index);
      if (w.takesOnOrDone == null) {
        String text = prepared.plainText(index);
        w.takesOnOrDone = RegexPrefilter.find(cues.done(), text)
            || RegexPrefilter.find(cues.takingIt(), text)
            || RegexPrefilter.find(cues.commitment(), text);
      }
      return w.takesOnOrDone;
    }

    /** The content words of each question message {@code index} asks. */
    private List<Set<String>> questionTerms(int index) {
      Words w = words(index);
      if (w.questions == null) {
        w.questions = prepared.sentencesOf(index).stream().filter(Sentence::isQuestion)
            .map(q -> Set.copyOf(Terms.content(q.text()))).toList();
      }
      return w.questions;
    }

    private double[] shared(int index) {
      if (shared[index] == null) {
        shared[index] = new double[FEATURES.size()];
        Arrays.fill(shared[index], Double.NaN);
      }
      return shared[index];
    }
  }

  /** One message as the features read it; its costlier facts worked out on first use. */
  private static final class Said {
    private final PreparedConversation prepared;
    private final int index;
    private final Message message;
    private final String user;
    private final List<Sentence> own;
    private final String text;
    private final Act act;
    private final int answers;
    private final boolean lead;
    private Boolean asks;
    private Boolean deferred;
    private int[] wording;

    private Said(Context c, int index) {
      this.prepared = c.prepared;
      this.index = index;
      this.message = prepared.messages().get(index);
      this.user = message.user();
      this.own = prepared.sentencesOf(index);
      this.text = prepared.plainText(index);
      this.act = c.model.act(index);
      this.answers = c.model.respondsTo(index);
      this.lead = c.said.get(user) == c.most;
    }

    boolean asks() {
      if (asks == null) {
        asks = own.stream().anyMatch(Sentence::isQuestion);
      }
      return asks;
    }

    boolean deferred() {
      if (deferred == null) {
        deferred = own.stream().anyMatch(prepared::deferred);
      }
      return deferred;
    }

    int[] wording() {
      if (wording == null) {
        wording = WordingFeatures.of(text, prepared.languageOf(index));
      }
      return wording;
    }
  }
}

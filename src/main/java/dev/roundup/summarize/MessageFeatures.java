package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What {@link MissedDecisions} knows of one message, as numbers: which rule read it as what, what
 * the message does and what it answers ({@link ConversationModel}), who says it (the thread's
 * starter, its most frequent voice), where it stands, how the replies take it, and which cues of
 * its language it carries. None of these names a word of its own: a cue is a way of writing
 * known in every cue language, so trees grown on some threads read threads they never saw.
 *
 * <p>{@link #NAMES} fixes the order; the trees name the features they split on, and
 * {@link TreeEnsemble} refuses a file whose names differ.
 */
public final class MessageFeatures {

  /** One message's features and the timestamp that names it. */
  public record Example(String ts, double[] values) {}

  private static final List<Act> ACTS = List.of(Act.values());

  /** Every feature, in the order {@link #of} writes them. */
  public static final List<String> NAMES = names();

  private MessageFeatures() {}

  private static List<String> names() {
    List<String> n = new ArrayList<>(List.of("rule decision", "rule action", "rule question"));
    ACTS.forEach(a -> n.add("act " + a));
    n.add("answers");
    ACTS.forEach(a -> n.add("answers act " + a));
    n.addAll(List.of("answers own message", "answers the starter", "replies", "agreed",
        "refused", "queried", "next agrees", "starter", "most frequent voice", "voice share",
        "first", "last", "position", "thread reply", "mentions someone else", "sentences",
        "log words", "asks", "only asks", "only small talk", "digits", "exclamation",
        "deferred", "deferral", "puts off deciding", "puts off", "hindsight", "as plan",
        "keeps scope out", "names a task", "interim", "holds until", "corrects a fact",
        "work tried", "jokes", "waits on someone", "approval given", "thing done", "done",
        "assigned", "reminder", "plan in present", "leaves open", "guess", "plan question",
        "anecdote", "approval reported", "rule affirmed", "exception", "concluded",
        "rule question", "unsure", "lead states", "lead answers", "rule decision deferred"));
    return List.copyOf(n);
  }

  /**
   * Every message's features as the embedded summarizer reads {@code conversation} with default
   * options: the examples the trees are grown from. Messages addressed to the bot are left out,
   * as the summarizer leaves them out.
   */
  public static List<Example> of(Conversation conversation) {
    ExtractiveSummarizer.Reading reading =
        new ExtractiveSummarizer(SummarizerTuning.DEFAULT, MissedDecisions.none())
            .read(conversation, SummaryOptions.DEFAULT);
    if (reading.prepared().sentences().isEmpty()) {
      return List.of();
    }
    double[][] all = of(reading.prepared(), reading.decisions(), reading.actions(),
        reading.questions());
    List<Example> out = new ArrayList<>(all.length);
    for (int i = 0; i < all.length; i++) {
      out.add(new Example(reading.prepared().messages().get(i).ts(), all[i]));
    }
    return out;
  }

  /** Each message's features, given what the rules found. */
  static double[][] of(PreparedConversation c, List<Detection<Point>> decisions,
      List<Detection<ActionItem>> actions, List<Detection<Point>> questions) {
    Set<Integer> decided = c.messagesCitedBy(decisions);
    Set<Integer> tasks = c.messagesCitedBy(actions);
    Set<Integer> asked = c.messagesCitedBy(questions);
    List<Message> messages = c.messages();
    ConversationModel model = c.model();
    Map<String, Integer> said = new HashMap<>();
    messages.forEach(m -> said.merge(m.user(), 1, Integer::sum));
    int most = said.isEmpty() ? 0 : Collections.max(said.values());
    String starter = messages.isEmpty() ? "" : messages.get(0).user();
    Cues cues = c.cues();
    double[][] out = new double[messages.size()][];
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      List<Sentence> own = c.sentencesOf(i);
      String text = c.plainText(i);
      Act act = model.act(i);
      int answers = model.respondsTo(i);
      boolean lead = said.get(m.user()) == most;
      boolean asks = own.stream().anyMatch(Sentence::isQuestion);
      boolean deferred = own.stream().anyMatch(c::deferred);
      Row r = new Row();
      r.add("rule decision", decided.contains(i));
      r.add("rule action", tasks.contains(i));
      r.add("rule question", asked.contains(i));
      ACTS.forEach(a -> r.add("act " + a, act == a));
      r.add("answers", answers >= 0);
      ACTS.forEach(a -> r.add("answers act " + a, answers >= 0 && model.act(answers) == a));
      r.add("answers own message", answers >= 0 && messages.get(answers).user().equals(m.user()));
      r.add("answers the starter", answers >= 0 && messages.get(answers).user().equals(starter));
      int replies = 0;
      int agreed = 0;
      int refused = 0;
      int queried = 0;
      for (int j = i + 1; j < messages.size(); j++) {
        if (model.respondsTo(j) == i) {
          replies++;
          agreed += model.act(j) == Act.AGREEMENT ? 1 : 0;
          refused += model.act(j) == Act.REFUSAL ? 1 : 0;
          queried += model.act(j) == Act.QUESTION ? 1 : 0;
        }
      }
      r.add("replies", Math.min(3, replies));
      r.add("agreed", Math.min(2, agreed));
      r.add("refused", Math.min(2, refused));
      r.add("queried", Math.min(2, queried));
      r.add("next agrees", i + 1 < messages.size() && model.act(i + 1) == Act.AGREEMENT
          && !messages.get(i + 1).user().equals(m.user()));
      r.add("starter", m.user().equals(starter));
      r.add("most frequent voice", lead);
      r.add("voice share", said.get(m.user()) / (double) messages.size());
      r.add("first", i == 0);
      r.add("last", i == messages.size() - 1);
      r.add("position", messages.size() > 1 ? i / (double) (messages.size() - 1) : 0);
      r.add("thread reply", m.isThreadReply());
      r.add("mentions someone else", model.mentionsSomeoneElse(i));
      r.add("sentences", Math.min(5, own.size()));
      r.add("log words", StrictMath.log(1 + text.split("\\s+").length));
      r.add("asks", asks);
      r.add("only asks", !own.isEmpty() && own.stream().allMatch(Sentence::isQuestion));
      r.add("only small talk", !own.isEmpty() && own.stream().allMatch(Sentence::smallTalk));
      r.add("digits", DIGIT.matcher(text).find());
      r.add("exclamation", text.indexOf('!') >= 0);
      r.add("deferred", deferred);
      r.add("deferral", cues.isDeferral(text));
      r.add("puts off deciding", cues.putsOffDeciding(text));
      r.add("puts off", cues.putsOff(text));
      r.add("hindsight", cues.isHindsight(text));
      r.add("as plan", cues.putsAsPlan(text));
      r.add("keeps scope out", cues.keepsScopeOut(text));
      r.add("names a task", cues.namesATask(text));
      r.add("interim", cues.isInterim(text));
      r.add("holds until", cues.holdsUntil(text));
      r.add("corrects a fact", cues.correctsAFact(text));
      r.add("work tried", cues.reportsWorkTried(text));
      r.add("jokes", Cues.jokes(text));
      r.add("waits on someone", cues.waitsOnSomeone(text));
      r.add("approval given", found(Cues::approvalGiven, cues, text));
      r.add("thing done", found(Cues::thingDone, cues, text));
      r.add("done", found(Cues::done, cues, text));
      r.add("assigned", found(Cues::assigned, cues, text));
      r.add("reminder", found(Cues::reminder, cues, text));
      r.add("plan in present", found(Cues::planInPresent, cues, text));
      r.add("leaves open", found(Cues::leavesOpen, cues, text));
      r.add("guess", found(Cues::guess, cues, text));
      r.add("plan question", found(Cues::planQuestion, cues, text));
      r.add("anecdote", found(Cues::anecdote, cues, text));
      r.add("approval reported", found(Cues::approvalReported, cues, text));
      r.add("rule affirmed", found(Cues::ruleAffirmed, cues, text));
      r.add("exception", found(Cues::exception, cues, text));
      r.add("concluded", found(Cues::concluded, cues, text));
      r.add("rule question", found(Cues::ruleQuestion, cues, text));
      r.add("unsure", found(Cues::unsure, cues, text));
      r.add("lead states", lead && (act == Act.STATEMENT || act == Act.PROPOSAL));
      r.add("lead answers", lead && answers >= 0 && !asks
          && c.sentencesOf(answers).stream().anyMatch(Sentence::isQuestion));
      r.add("rule decision deferred", decided.contains(i) && deferred);
      out[i] = r.values();
    }
    return out;
  }

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private static boolean found(Function<Cues, Pattern> cue, Cues cues, String text) {
    Pattern p = cue.apply(cues);
    return p != null && RegexPrefilter.find(p, text);
  }

  /** One message's values, written in {@link #NAMES} order and checked against it as written. */
  private static final class Row {
    private final double[] values = new double[NAMES.size()];
    private int next;

    void add(String name, boolean value) {
      add(name, value ? 1 : 0);
    }

    void add(String name, double value) {
      if (!NAMES.get(next).equals(name)) {
        throw new IllegalStateException("feature " + next + " is " + NAMES.get(next)
            + ", written as " + name);
      }
      values[next++] = value;
    }

    double[] values() {
      if (next != values.length) {
        throw new IllegalStateException(next + " of " + values.length + " features written");
      }
      return values;
    }
  }
}

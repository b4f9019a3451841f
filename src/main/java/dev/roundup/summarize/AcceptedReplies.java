package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decisions reached in an exchange: someone answers a question, an objection or a proposal with
 * what to do ("fair, platform gets 10, everyone else 5"; "I'd rather hotfix the retry job"), and
 * the one they answered accepts it ("works"; "ok go for the hotfix"). The decision cites what was
 * answered, the answer and the acceptance. A decision already found about the answer gains the
 * message it answered rather than a second entry: one decision per choice.
 */
final class AcceptedReplies {

  /** Messages after the answer within which its acceptance comes. */
  private static final int ACCEPTED_WITHIN = 2;

  /**
   * An option turned down by naming it and saying no: "branca não, …", "blanco no, …", "blanc non,
   * …", "white no, …", "not white, …", 「白はなし、…」.
   */
  private static final Pattern OPTION_REFUSED = Pattern.compile(
      "(?iu)^\\W*(?:(?:the|le|la|les|el|los|las|o|a|os|as)\\s+)?\\p{L}+\\s+(?:não|nao|no|non)(?:\\s*[,.;!]|$)"
      + "|^\\W*not\\s+(?:the\\s+)?\\p{L}+\\s*[,.;!]|^\\W*\\p{L}+は(?:なし|なしで|使いません)[、。]");

  private AcceptedReplies() {}

  static void addTo(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    ConversationModel model = c.model();
    for (int b = 0; b < c.messages().size(); b++) {
      int a = model.respondsTo(b);
      Act act = model.act(b);
      // "fair, platform gets 10, everyone else 5": agreeing, then saying what instead, answers.
      boolean counter = act == Act.AGREEMENT
          && !Agreement.isBare(c.cues(), c.messages().get(b).text(), c.plainText(b));
      // "when do we resume the rollout?" — "once 5.13 is out. not before": a plain answer to a
      // question about how the plan goes on says what to do, however it is worded.
      boolean planAnswered = a >= 0 && PlanAnswers.answersPlanQuestion(c, a, b);
      if (a < 0 || act != Act.PROPOSAL && act != Act.STATEMENT && !counter && !planAnswered
          || !planAnswered && !aboutWhatToDo(c, a, b)) {
        continue;
      }
      int accepted = acceptance(c, a, b, planAnswered, found);
      if (accepted < 0) {
        settledByOwner(c, a, b, found, used);
        continue;
      }
      Set<Integer> sentences = new HashSet<>();
      for (int m : List.of(a, b, accepted)) {
        c.sentencesOf(m).forEach(s -> sentences.add(s.index()));
      }
      int earlier = citing(c, found, b, accepted);
      if (earlier >= 0) {
        found.set(earlier, withSources(c, found.get(earlier), sentences, List.of(a, b, accepted)));
        // The sources keep their order: the first one names who said the wording shown.
        continue;
      }
      List<Sentence> answer = c.sentencesOf(b);
      // A reply with nothing left to read once its noise is out ("{vocalsound}") says nothing.
      if (answer.isEmpty() || answer.stream().anyMatch(s -> used.contains(s.index()))) {
        continue;
      }
      used.addAll(sentences);
      StringBuilder text = new StringBuilder();
      (planAnswered ? PlanAnswers.wording(c, b) : answer).stream().filter(s -> !s.isQuestion())
          .forEach(s -> text.append(text.length() == 0 ? "" : " ").append(s.text()));
      found.add(new Detection<>(new Point(DecisionDetector.readable(c.cues(), text.toString()),
          List.of(ts(c, b), ts(c, a), ts(c, accepted))), sentences,
          answer.get(0).index()));
    }
  }

  /**
   * "should it still be 2 hours?" — "let's cut it to 1h and do the rest as a buddy walk-through":
   * whoever leads the conversation ({@link PlanAnswers#leads}) answering a question about what to
   * do, with something of the question's own subject, or plainly answering a question about how
   * the plan goes on ("do we keep develop?" — "delete it after the last release branch merges"),
   * settles it, unless the next other voice objects or defers, or someone else put the question
   * off before ({@link PlanAnswers#putOffBefore}).
   */
  /**
   * "what about parking?" — "we could limit it to 2 trucks", "wir könnten es auf 2 begrenzen",
   * "on pourrait limiter à 2", "podríamos limitarlo a 2", "a gente podia limitar a 2", "2台に限定する
   * こともできます": an answer that says only what one could do floats an option; it settles
   * nothing, even from whoever leads the thread ("we limit it to 2 trucks" does).
   */
  private static final Pattern OPTION_FLOATED = Pattern.compile(
      "(?iu)^[\\W_]*(?:(?:ok(?:ay)?|so|well|hm+|also|dann|alors|bon|pues|bueno|então|e)\\b[\\W_]*)?"
      + "(?:we\\s+could|you\\s+could|one\\s+could|wir\\s+könnten|man\\s+könnte|on\\s+pourrait"
      + "|nous\\s+pourrions|podríamos|se\\s+podría|(?:a\\s+gente\\s+)?(?:podia|poderia)|poderíamos)"
      + "(?!\\p{L})|こともでき(?:る|ます)|してもいい(?:です)?(?:ね|よ)?[。]?$");

  /** Whether the sentence says only what one could do ({@link #OPTION_FLOATED}). */
  static boolean floatsAnOption(String text) {
    return RegexPrefilter.find(OPTION_FLOATED, text);
  }

  private static void settledByOwner(PreparedConversation c, int a, int b,
      List<Detection<Point>> found, Set<Integer> used) {
    String owner = c.messages().get(c.scopeStart(b)).user();
    String answerer = c.messages().get(b).user();
    // "RFC 9457?" — "that's my preference too": where the lead stands, not what happens; "not
    // our call, settlements handle that": not the lead's to settle.
    // "Was ist mit Tante Gabi?" — "Mit Gabi rede ich selbst": the owner takes it on, a task.
    if (answerer == null || answerer.equals(c.messages().get(a).user())
        || PlanAnswers.prefers(c.plainText(b))
        || RegexPrefilter.find(c.cues().disowns(), c.plainText(b))
        || RegexPrefilter.find(c.cues().planInPresent(), c.plainText(b))) {
      return;
    }
    boolean planAnswered = PlanAnswers.answersPlanQuestion(c, a, b)
        && PlanAnswers.leads(c, answerer, b, found);
    if (!planAnswered && !answerer.equals(owner)) {
      return;
    }
    List<Sentence> asked = c.sentencesOf(a);
    // "by area. teams of 3, …": a word or two, then what it means.
    List<Sentence> worded = PlanAnswers.wording(c, b);
    List<Sentence> answer = worded.isEmpty() ? c.sentencesOf(b) : worded;
    if (asked.isEmpty() || answer.isEmpty()
        || !planAnswered && answer.stream().mapToInt(t -> t.terms().size()).sum() < 2
        || !planAnswered && asked.stream().noneMatch(q -> asksWhatToDo(c, q, b, answer.get(0)))
        || answer.stream().anyMatch(t -> used.contains(t.index()))
        || objected(c, b) || PlanAnswers.putOffBefore(c, a, b)
        || answer.stream().allMatch(t -> floatsAnOption(t.text()))
        // "do we order a linen sample?" — "the lab charges 45 for samples. let me think about
        // it": an answer its writer puts off settles nothing, here as on every other path; a no
        // for now still answers ("On verra au besoin, pour l'instant non").
        || answer.stream().anyMatch(c::deferred) && !PlanAnswers.noForNow(c.plainText(b))) {
      return;
    }
    Set<Integer> sentences = new HashSet<>();
    asked.forEach(t -> sentences.add(t.index()));
    answer.forEach(t -> sentences.add(t.index()));
    used.addAll(sentences);
    String text = answer == worded
        ? answer.stream().map(Sentence::text).collect(Collectors.joining(" "))
        : answer.get(0).text();
    // "e as 80 brancas? dava pra misturar" — "branca não, ela falou que não queria branco": a no
    // that says what holds is the decision on its own, as in {@link GrantedInAnswers}; the
    // proposal it turns down is cited by no decision.
    boolean turnsDown = turnsDown(c.cues(), answer.get(0).text());
    if (turnsDown) {
      asked.forEach(t -> sentences.remove(t.index()));
    }
    found.add(new Detection<>(new Point(DecisionDetector.readable(c.cues(), text),
        turnsDown ? List.of(ts(c, b)) : List.of(ts(c, b), ts(c, a))), sentences,
        answer.get(0).index()));
  }

  /** Whether the answer opens with a no, or with an option and a no ({@link #OPTION_REFUSED}). */
  private static boolean turnsDown(Cues cues, String answer) {
    return RegexPrefilter.find(ReplyWords.of(cues).no(), answer)
        || RegexPrefilter.find(OPTION_REFUSED, answer);
  }

  /**
   * A question the answer settles: a choice or a "should we…?" it shares a subject with, or any
   * yes-or-no question answered with a proposal ("should it still be 2 hours?" — "let's cut it to
   * 1h").
   */
  private static boolean asksWhatToDo(PreparedConversation c, Sentence q, int b, Sentence answer) {
    if (!q.isQuestion()) {
      return false;
    }
    if (ChoiceQuestions.isChoiceQuestion(c, q) && SameSubject.shares(q, answer)) {
      return true;
    }
    return c.model().act(b) == Act.PROPOSAL && RegexPrefilter.find(c.cues().yesNoQuestion(), q.text());
  }

  /** Whether the first other voice after a message objects to it or puts it off. */
  private static boolean objected(PreparedConversation c, int b) {
    int i = c.firstOtherVoice(b, ACCEPTED_WITHIN);
    return i >= 0 && (c.model().act(i) == Act.REFUSAL || c.model().act(i) == Act.DEFERRAL);
  }

  /**
   * Whether an answer is about what to do: it proposes, or it answers a choice put as a question
   * or a proposal, directly or by answering a reply to one ("5 min is tight for platform" to
   * "each team lead gets 5 min. thoughts?").
   */
  private static boolean aboutWhatToDo(PreparedConversation c, int a, int b) {
    ConversationModel model = c.model();
    if (model.act(b) == Act.PROPOSAL) {
      return model.act(a) != Act.STATUS;
    }
    int root = model.respondsTo(a);
    return putsAChoice(c, a) || root >= 0 && putsAChoice(c, root)
        && model.act(a) != Act.AGREEMENT && model.act(a) != Act.STATUS;
  }

  private static boolean putsAChoice(PreparedConversation c, int m) {
    Act act = c.model().act(m);
    if (act == Act.PROPOSAL) {
      return true;
    }
    return c.sentencesOf(m).stream().anyMatch(s -> ChoiceQuestions.isChoiceQuestion(c, s)
        || RegexPrefilter.find(c.cues().choices().objectionCall(), s.text()));
  }

  /**
   * The message in which the one answered accepts the answer: the first reply to it from anyone
   * but its author; -1 when that reply is anything else. A plain answer to a question about how
   * the plan goes on may also be accepted by whoever leads the thread ("what about validation
   * errors with multiple fields?" — "an `errors` array with `field` and `message`" — the lead:
   * "yep"): the one who says what happens takes it, whoever asked.
   */
  private static int acceptance(PreparedConversation c, int a, int b, boolean planAnswered,
      List<Detection<Point>> found) {
    String asker = c.messages().get(a).user();
    String answerer = c.messages().get(b).user();
    if (asker == null || asker.equals(answerer)) {
      return -1;
    }
    for (int i : c.following(b, ACCEPTED_WITHIN)) {
      String user = c.messages().get(i).user();
      if (user == null || user.equals(answerer)) {
        continue;
      }
      // "perfect, I'll send them that today": the answer was a way to do something, taken on.
      boolean takenOn = RegexPrefilter.find(c.cues().commitment(), c.plainText(i));
      boolean acceptor = user.equals(asker)
          || planAnswered && PlanAnswers.leads(c, user, i, found);
      boolean accepts = acceptor && c.model().act(i) == Act.AGREEMENT
          && c.model().respondsTo(i) == b && !takenOn && onlyAgrees(c, i, a, b);
      // The first other voice after the answer decides: the asker accepting it, or anything else
      // (an objection, a deferral, someone else moving on) leaving it unaccepted.
      return accepts ? i : -1;
    }
    return -1;
  }

  /**
   * Whether an agreeing message adds nothing new: bare ("works", "👍"), or echoing the answer's
   * own words ("ok go for the hotfix"), questions aside. "fair, platform gets 10, everyone else
   * 5" agrees and then says something new: a counter-proposal, not an acceptance.
   */
  private static boolean onlyAgrees(PreparedConversation c, int reply, int a, int b) {
    if (Agreement.isBare(c.cues(), c.messages().get(reply).text(), c.plainText(reply))) {
      return true;
    }
    Set<String> said = new HashSet<>();
    for (int m : List.of(a, b)) {
      c.sentencesOf(m).forEach(s -> said.addAll(s.terms()));
    }
    return c.sentencesOf(reply).stream().filter(s -> !s.isQuestion())
        .allMatch(s -> said.containsAll(s.terms()));
  }

  private static int citing(PreparedConversation c, List<Detection<Point>> found, int b,
      int accepted) {
    for (int k = 0; k < found.size(); k++) {
      for (int s : found.get(k).sentenceIndices()) {
        int m = c.sentences().get(s).messageIndex();
        if (m == b || m == accepted) {
          return k;
        }
      }
    }
    return -1;
  }

  private static Detection<Point> withSources(PreparedConversation c, Detection<Point> d,
      Set<Integer> sentences, List<Integer> messages) {
    List<String> sources = new ArrayList<>(d.value().sources());
    for (int m : messages) {
      if (!sources.contains(ts(c, m))) {
        sources.add(ts(c, m));
      }
    }
    Set<Integer> all = new HashSet<>(d.sentenceIndices());
    all.addAll(sentences);
    return new Detection<>(new Point(d.value().text(), sources), all, d.saidBy());
  }

  private static String ts(PreparedConversation c, int m) {
    return c.messages().get(m).ts();
  }
}

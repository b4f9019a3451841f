package dev.roundup.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Policy given as an answer: "Can we still deploy the marketing site?" — "Yes, marketing site is
 * exempt". A yes or no to a question about what we may or should do, from the first other person
 * to reply, grants or refuses it; the decision is the question with its answer. A yes that takes
 * the work on ("Yes, I'll have a hotfix in review") is a task, and a no that goes on to explain a
 * fact ("No, pero el certificado interno caducó") grants nothing. A no that says what holds
 * instead ("on pourrait les limiter à 30 secondes ?" — "Non, on garde les présentations", "can
 * we skip the intros?" — "No, we keep them") is the decision on its own, citing the answer and
 * not the proposal it turns down. A yes made to wait on someone still to ask ("not without
 * checking with <@wei>", "nicht ohne Rücksprache mit Lena", "pas sans voir avec Hélène", "no sin
 * consultarlo con Marta", "não sem falar com a Ana", "田中さんに確認しないと": {@link
 * Cues#waitsOnSomeone}) grants nothing: the next reply, most often from whoever was named, does.
 */
final class GrantedInAnswers {

  /**
   * "Running CREATE INDEX now", "Rolling back": a report of doing it, in English ("marketing site
   * is exempt" opens with an -ing word too, but says what is, as does "billing stays monthly").
   * Words that only end like a verb in -ing are no report: "yes, anything collected before 1 May
   * stays with them", "yes, pending claims too", "yes, morning slots only", "yes, during the
   * window".
   */
  private static final Pattern DOING_IT = Pattern.compile(
      "(?i)^\\W*(?:(?:yes|ok|sure)\\W+)?(?:i'?m\\s+)?(?!(?:(?:any|every|no|some)?thing|morning"
          + "|evening|spring|during|including|pending|existing|outstanding|upcoming|remaining"
          + "|ongoing)\\b)[a-z]+ing\\b(?!.*\\b(?:is|are|was|were|stays?|remains?|keeps?|goes"
          + "|appl(?:y|ies))\\b)");

  private GrantedInAnswers() {}

  static Optional<Detection<Point>> grantedInAnswer(PreparedConversation c, Sentence q,
      Set<Integer> used) {
    Cues cues = c.cues();
    // "Soll ich auf Knoten 1 zurückschwenken?" — "ja mach": an offer granted is the offerer's
    // task ({@link RepliesTakingItOn}), not a rule the team settled.
    if (!ChoiceQuestions.isActionQuestion(c, q) || q.terms().isEmpty()
        || RegexPrefilter.find(ReplyWords.of(cues).offer(), q.text())) {
      return Optional.empty();
    }
    for (int i : c.following(q.messageIndex(), DecisionDetector.AGREEMENT_WINDOW)) {
      Message reply = c.messages().get(i);
      if (reply.user() == null || reply.user().equals(q.user())) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(i);
      if (said.isEmpty() || said.get(0).isQuestion()) {
        return Optional.empty();
      }
      Sentence first = said.get(0);
      String plain = c.plainText(i);
      // "can we just raise it for them?" — "not without checking with <@wei>": a yes made to
      // wait on someone still to ask grants and refuses nothing; the answer of whoever is named,
      // or of the next to reply, does.
      if (cues.waitsOnSomeone(plain)) {
        continue;
      }
      // "¿Desplegamos algo?" — "No, pero el certificado interno caducó": a no that goes on to
      // explain answers a fact; nothing was granted or refused.
      if (RegexPrefilter.find(ReplyWords.of(cues).no(), first.text())
          && RegexPrefilter.find(cues.dissent(), first.text())) {
        return Optional.empty();
      }
      if (!RegexPrefilter.find(cues.choices().grant(), first.text())
          || RegexPrefilter.find(cues.nonAnswer(), first.text()) || cues.isDeferral(plain)) {
        return Optional.empty();
      }
      // "No." alone says little: the sentence after it says what instead.
      List<Sentence> answer = first.terms().size() < 2 && said.size() > 1
          && !said.get(1).isQuestion() ? said.subList(0, 2) : List.of(first);
      // "Yes, I'll have a hotfix in review within the hour", "Ja, mache ich gleich", "Yes.
      // Running it now": the one who answers takes it on. That is a request taken, an action
      // item, not a rule the team settled.
      if (answer.stream().anyMatch(a -> takesItOn(cues, a.text())) || handsItOn(c, first, said)
          || !used.add(q.index())) {
        return Optional.empty();
      }
      // "on pourrait les limiter à 30 secondes ?" — "Non, on garde les présentations": a no that
      // says what holds instead is the decision on its own; the proposal it turns down is cited
      // by no decision.
      boolean saysWhatInstead = RegexPrefilter.find(ReplyWords.of(cues).no(), first.text())
          && answer.stream().mapToInt(a -> a.terms().size()).sum() >= 2;
      // "could we move the races to sunday instead?" — "no, sunday is cadet day. saturday's
      // races are cancelled": the reason comes first, and the statement after it on the same
      // subject says what holds; the decision's words are both.
      if (saysWhatInstead && answer.size() == 1 && said.size() > 1
          && holdsInstead(c, q, said.get(1))) {
        answer = said.subList(0, 2);
      }
      Set<Integer> sentences = new HashSet<>(Set.of(q.index()));
      StringBuilder text = new StringBuilder(saysWhatInstead ? ""
          : AgreedProposals.withoutQuestionMarks(DecisionDetector.readable(cues, q.text()))
              + " — ");
      for (Sentence a : answer) {
        sentences.add(a.index());
        used.add(a.index());
        text.append(a == first ? "" : " ").append(saysWhatInstead && a == first
            ? DecisionDetector.readable(cues, a.text()) : a.text());
      }
      // A no that says what holds instead is the answerer's decision, said in the answer's words;
      // a granted question is the asker's, said in theirs.
      return Optional.of(new Detection<>(new Point(text.toString(),
          saysWhatInstead ? List.of(reply.ts()) : List.of(q.ts(), reply.ts())), sentences,
          saysWhatInstead ? first.index() : q.index()));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code next}, after a no and its reason, says what holds on the subject asked: a
   * statement sharing a content word with the question, neither put to someone nor taken on.
   */
  private static boolean holdsInstead(PreparedConversation c, Sentence q, Sentence next) {
    return !next.isQuestion() && !next.smallTalk() && !next.text().contains("<@")
        && RequestsToSomeone.request(c, next).isEmpty() && !takesItOn(c.cues(), next.text())
        && next.terms().stream().anyMatch(q.terms()::contains);
  }

  /**
   * "should we tell marketing?" — "yes. <@kofi> can you give them a heads-up before their 2pm?":
   * a bare yes whose message goes on to ask someone to do it hands out a task, an action item;
   * nothing about how the team works was settled.
   */
  private static boolean handsItOn(PreparedConversation c, Sentence first, List<Sentence> said) {
    // "yes. B dogs get walked separately from now. <@abby> can you redo the walk rota?": a yes
    // that says what holds before asking someone settles it; the request is a task besides.
    if (said.size() > 1 && saysWhatHolds(c, said.get(1))) {
      return false;
    }
    return first.terms().size() < 2 && said.stream().skip(1)
        .anyMatch(t -> RequestsToSomeone.request(c, t).isPresent())
        // "can we issue a credit?" — "yes, the diff is $4,812.50. <@sofia> you do credits
        // right?": the yes asks someone named to carry it out.
        || said.stream().skip(1).anyMatch(t -> t.isQuestion() && RegexPrefilter.find(ASKS_SOMEONE, t.text()));
  }

  /** A statement of its own after the yes: neither a question, a request nor a task taken on. */
  private static boolean saysWhatHolds(PreparedConversation c, Sentence s) {
    return !s.isQuestion() && s.terms().size() >= 2 && s.text().indexOf('<') < 0
        && RequestsToSomeone.request(c, s).isEmpty()
        && !RegexPrefilter.find(c.cues().request(), s.text())
        && !takesItOn(c.cues(), s.text());
  }

  /** A question that opens by naming someone: "<@sofia> you do credits right?". */
  private static final Pattern ASKS_SOMEONE = Pattern.compile("^\\W*" + Cues.MENTION);

  /** "Running CREATE INDEX now", "refunding now": a report of doing it, in English. */
  static boolean reportsDoingIt(Cues cues, String sentence) {
    return cues.isEnglish() && RegexPrefilter.find(DOING_IT, sentence);
  }

  /** "I'll have it in review", "mache ich gleich", "Running it now": the speaker does it. */
  private static boolean takesItOn(Cues cues, String sentence) {
    return RegexPrefilter.find(cues.commitment(), sentence) || reportsDoingIt(cues, sentence);
  }
}

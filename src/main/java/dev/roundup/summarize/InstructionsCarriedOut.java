package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An instruction said plainly, to nobody by name, that the first other voice sets about carrying
 * out or reports carried out: "roll back 7731 now. no fixing forward tonight" — "rolling back";
 * "curtail T14 to idle now. not waiting for it to trip at 95" — "done, T14 idle since 14:22";
 * "Die 23 Konserven aus Box 2 werden gesperrt" — "erledigt, sind markiert"; "on bascule sur le
 * serveur de secours" — "c'est fait"; "se cancela la salida de las 7:15" — "hecho, ya está
 * avisado"; "desliga o cron até amanhã" — "feito"; "本番は切り戻し" — "切り戻し完了しました". Whoever
 * says how it goes runs the situation when the others simply do it: the reply doing it (a report
 * of it done or underway, or the replier taking it on) makes the instruction a decision. The
 * replier's work is a task or a report, read by the action-item rules.
 *
 * <p>Not a decision: an instruction put to someone by name ("Noor, get a quote", "<@ana> …",
 * "申請は山本さんお願いします": that person's task), a request ("… bitte", "please …"), a question,
 * a suggestion nobody carries out ("we could roll back" — "hm"), one the first reply objects to or
 * puts off ("roll back now" — "no, the migration already ran"), a hypothesis or a guess ("probably
 * the cooler fan again"), a story of the past ("we lost people when he fell asleep last year"), the
 * speaker's own task or view ("I'll …", "I don't think we should …"), or a report of where things
 * stand. Only the sentences that state how it goes are cited: none of a report, a task or a
 * question beside them.
 */
final class InstructionsCarriedOut {

  /** Messages after the instruction within which the first other voice answers it. */
  private static final int REPLY_WITHIN = 2;

  private InstructionsCarriedOut() {}

  static void addTo(PreparedConversation c, List<Detection<Point>> found, Set<Integer> used) {
    ConversationModel model = c.model();
    for (int m = 1; m < c.messages().size(); m++) {
      String user = c.messages().get(m).user();
      // A message that opens a thread of its own puts a situation ("same request came in 8 times
      // this week"), unless whoever opened the conversation says it: they run it.
      if (user == null || !instructs(model.act(m))
          || c.scopeStart(m) == m && !user.equals(c.messages().get(0).user())
          || !runsIt(c, user, m, found)) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(m);
      if (said.isEmpty() || said.stream().anyMatch(s -> used.contains(s.index()))
          || ConcludingPlans.objected(c, m)) {
        continue;
      }
      // The sentences that state how it goes: the message's first one, or any with a rule's
      // reach ("… nothing merges without priya's review" after a task handed out).
      List<Sentence> instruction = new ArrayList<>();
      boolean first = true;
      boolean allScoped = true;
      for (Sentence s : said) {
        boolean trivial = s.smallTalk() || s.terms().isEmpty();
        boolean scoped = RulesTakenUp.scoped(c.cues(), s.text());
        if (!trivial && states(c, s) && (first || scoped)) {
          instruction.add(s);
          allScoped &= scoped;
        }
        first &= trivial;
      }
      if (instruction.isEmpty()) {
        continue;
      }
      int r = model.firstReply(m, REPLY_WITHIN);
      // A reply that a decision already cites ("Decision: we turn off the flag today") decides
      // itself: what it answers was a possibility it settled, not an instruction it carried out.
      // Asked what to do, the one answering is agreed with as well as obeyed ("don't answer that
      // one, point her to the handbook" — "ok").
      // "can we at least tell them a workaround?" — "save as CSV UTF-8 in Excel" — "perfect,
      // I'll send them that today": the asker takes a task from the answer; nothing is decided.
      boolean askerTakesTask = r >= 0 && answersWhatToDo(c, user, m)
          && c.messages().get(r).user().equals(c.messages().get(model.respondsTo(m)).user())
          && (model.act(r) == Act.COMMITMENT
              || RegexPrefilter.find(c.cues().commitment(), c.plainText(r)));
      boolean carried = r >= 0 && !askerTakesTask
          && (carriesOut(c, r) && sameMatter(c, instruction, r)
          || model.act(r) == Act.AGREEMENT && answersWhatToDo(c, user, m))
          && c.sentencesOf(r).stream().noneMatch(s -> used.contains(s.index()));
      // Only whoever leads or hands out work sets a rule that holds by being taken up; an answer
      // to what someone asks ("the exporter only does CSV and JSON") states a fact as often.
      boolean unopposed = allScoped && !carried && unopposed(c, m)
          && (PlanAnswers.leads(c, user, m, found) || RulesTakenUp.runsTheSituation(c, user, m));
      if (!carried && !unopposed) {
        continue;
      }
      Detection<Point> decision = DecisionDetector.said(c, instruction);
      used.addAll(decision.sentenceIndices());
      if (!carried) {
        found.add(decision);
        continue;
      }
      c.sentencesOf(r).forEach(s -> used.add(s.index()));
      found.add(new Detection<>(new Point(decision.value().text(),
          List.of(c.messages().get(m).ts(), c.messages().get(r).ts())),
          decision.sentenceIndices(), decision.saidBy()));
    }
  }

  /**
   * Whether the speaker runs the situation where the message is said: they lead the thread
   * ({@link PlanAnswers#leads}), were just asked by name or hand out work that is taken on
   * ({@link RulesTakenUp#runsTheSituation}), or the message answers a question someone else put
   * ("should we roll back?" — "roll back 7731 now").
   */
  static boolean runsIt(PreparedConversation c, String user, int m, List<Detection<Point>> found) {
    return PlanAnswers.leads(c, user, m, found) || RulesTakenUp.runsTheSituation(c, user, m)
        || answersWhatToDo(c, user, m);
  }

  /**
   * Whether the message answers someone else asking what to do: "should we roll back?", or a
   * question passed on without its mark ("she's asking if she can withhold rent", "sie fragt, ob
   * …").
   */
  private static boolean answersWhatToDo(PreparedConversation c, String user, int m) {
    int a = c.model().respondsTo(m);
    List<Sentence> said = c.sentencesOf(m);
    // "Shouldn't, we dedupe on event id", "no, not per customer": a yes or a no answers a fact.
    if (said.isEmpty() || c.cues().yesNoAnswer().matcher(said.get(0).text()).lookingAt()) {
      return false;
    }
    return a >= 0 && !user.equals(c.messages().get(a).user())
        && c.sentencesOf(a).stream().anyMatch(q -> q.isQuestion() && asksWhatToDo(c.cues(), q)
            || RegexPrefilter.find(c.cues().indirectQuestion(), q.text()));
  }

  /**
   * "should we roll back?", "what about the spill?", "how do we handle the arrears?": a question
   * about what to do, not about a fact ("which version?").
   */
  private static boolean asksWhatToDo(Cues cues, Sentence q) {
    return RegexPrefilter.find(cues.proposal(), q.text()) || RegexPrefilter.find(cues.planQuestion(), q.text())
        || RegexPrefilter.find(cues.ruleQuestion(), q.text());
  }

  /**
   * Whether the reply is about what the instruction says: it says one of its content words again
   * ("curtail T14 to idle now" — "done, T14 idle since 14:22"), or is a bare report or promise of
   * a few words that can only be about it ("rolling back", "c'est fait", "了解、やります").
   */
  private static boolean sameMatter(PreparedConversation c, List<Sentence> instruction, int r) {
    Set<String> said = new java.util.HashSet<>();
    instruction.forEach(s -> said.addAll(s.terms()));
    List<Sentence> reply = c.sentencesOf(r);
    int words = 0;
    for (Sentence s : reply) {
      if (s.terms().stream().anyMatch(said::contains)) {
        return true;
      }
      words += s.terms().size();
    }
    return words <= BARE_REPLY && c.model().act(r) != Act.STATEMENT;
  }

  /**
   * Whether the next one to speak takes the rule up: agrees, takes work on or reports on it; a
   * rule with its reach from whoever runs the situation then holds.
   */
  private static boolean unopposed(PreparedConversation c, int m) {
    int next = c.firstOtherVoice(m, REPLY_WITHIN);
    if (next < 0) {
      return false;
    }
    Act act = c.model().act(next);
    return act == Act.AGREEMENT || act == Act.COMMITMENT || act == Act.STATUS;
  }

  /** Content words a reply has at most to be about nothing but what it answers. */
  private static final int BARE_REPLY = 2;

  /** A message that says something rather than asking, reporting, offering or taking it on. */
  private static boolean instructs(Act act) {
    return act == Act.STATEMENT || act == Act.PROPOSAL || act == Act.REFUSAL;
  }

  /**
   * Whether the reply carries the instruction out: it reports it done or underway, or the
   * replier takes it on; asking back, objecting or putting it off carries nothing out.
   */
  private static boolean carriesOut(PreparedConversation c, int r) {
    Act act = c.model().act(r);
    // "rolling back": a reply of a word or two that says the instruction's own verb again is it
    // being carried out, whatever act its words read as.
    boolean echoes = act == Act.STATEMENT
        && c.sentencesOf(r).stream().mapToInt(s -> s.terms().size()).sum() <= BARE_REPLY;
    if (act != Act.STATUS && act != Act.COMMITMENT && !echoes) {
      return false;
    }
    return c.sentencesOf(r).stream().noneMatch(Sentence::isQuestion)
        && !RegexPrefilter.find(c.cues().dissent(), c.plainText(r));
  }

  /**
   * A sentence that states how it goes ({@link RulesTakenUp#statesRule}), to nobody by name, and
   * is no guess: "take BL-11 now", "no deploys until the fix is merged".
   */
  private static boolean states(PreparedConversation c, Sentence s) {
    String text = s.text();
    return RulesTakenUp.statesRule(c, s)
        && ConversationModel.afterVocative(c, text).equals(text)
        && !RegexPrefilter.find(c.cues().guess(), text)
        && !RegexPrefilter.find(c.cues().anecdote(), text)
        && !PlansWithWorkHandedOut.reports(c, s) && !RegexPrefilter.find(POLITE, text)
        && !RegexPrefilter.find(FOR_WHOEVER, text) && !RegexPrefilter.find(TO_THE_SPEAKER, text);
  }

  /**
   * "send me the draft first", "schick mir den Entwurf vorher", "envoie-moi le brouillon",
   * "mándame el borrador", "me manda o rascunho", "先に下書きを私に送ってください": asking for something
   * to be handed to the speaker is a request, the other's task; it says nothing of how things go.
   */
  private static final java.util.regex.Pattern TO_THE_SPEAKER = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:send|show|give|forward|pass|bring|get|ping|cc|email|mail|text)\\s+me\\b"
      + "|\\b(?:schick|zeig|gib|leite|bring|mail)\\p{L}*\\s+mir\\b"
      + "|\\b(?:envoie|envoyez|montre|montrez|donne|donnez|transfère|transférez|passe|passez)-moi\\b"
      + "|\\b(?:mánda|manda|envía|envia|enséña|ensena|pása|pasa|reenvía)(?:me|mel[oa]s?)\\b"
      + "|\\bme\\s+(?:manda|envia|mostra|passa|encaminha)\\b|\\b(?:manda|envia|mostra|passa)-me\\b"
      + "|(?:私|自分)(?:に|宛てに)[^。]{0,20}(?:送って|見せて|回して|共有して)");

  /**
   * "I need someone to ring the bakery", "jemand muss …", "il faut que quelqu'un …", "necesito que
   * alguien …", "preciso que alguém …", "誰か…": work put to whoever takes it is a task, not how
   * it goes; "ETA to drain ~30 min": a time given for something underway reports.
   */
  private static final java.util.regex.Pattern FOR_WHOEVER = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:someone|somebody|anyone|jemand|quelqu'un|alguien|alguém|eta)(?!\\p{L})|誰か");

  /**
   * "date formats too pls", "bitte", "svp", "por favor", "お願いします", "ください": an instruction
   * asked for politely is a request to the one who answers, their task.
   */
  private static final java.util.regex.Pattern POLITE = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:please|pls|plz|bitte|svp|s'il\\s+(?:te|vous)\\s+pla[iî]t|por\\s+favor|porfa"
      + ")(?!\\p{L})|お願い|ください|下さい");

}

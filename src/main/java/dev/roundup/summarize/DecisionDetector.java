package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds decisions, reading each sentence once and handing it to the rule for its kind:
 * <ul>
 *   <li>a question: a yes/no proposal agreed to ({@link AgreedProposals}), a "can we…?" granted
 *   or refused in the answer ({@link GrantedInAnswers}), a plan put to the group that nobody
 *   objects to ({@link UnopposedPlans});</li>
 *   <li>a bare "Agreed!" or "Ship it": the proposal it answers ({@link SettlingReplies});</li>
 *   <li>a decision stated outright ("we decided", "Decision:", "Porto it is":
 *   {@link StatedDecisions});</li>
 *   <li>a proposal or a picked option that the next person agrees to, or a statement two people
 *   agree to ({@link AgreedProposals});</li>
 *   <li>a closing line that restates a choice ("Linear then", "👍 19-20": {@link ClosingLines}).
 *   </li>
 * </ul>
 * Before them, lists of decisions summed up under a heading ({@link SummedUpLists}); a statement
 * put with a tag question ("… fine?", {@link TagQuestions}) is a proposal; an arrangement that
 * holds until something happens is stated ({@link Cues#isInterim}), and so is one with any
 * subject, or with its condition first, from whoever leads the thread or runs the situation in it
 * ({@link Cues#holdsUntil}, {@link RulesTakenUp#runsTheSituation}: "the sync job stays paused until
 * the filter is fixed", "for now: until the new gasket is in, the night tech checks the seal on
 * every round"; what nobody may do until then: "no lifts at the haul-out until the harbour
 * master has been", "la báscula 2 no se usa hasta que venga el técnico"). Then directives taken on by
 * the one who carries them out ({@link DirectivesTakenOn}), plans concluded by whoever leads the
 * thread or drawn as a conclusion ({@link ConcludingPlans}), decisions reached in an exchange
 * ({@link AcceptedReplies}), rules said plainly to open a thread that the first reply takes up
 * ({@link RulesTakenUp}) and plans said with the work for them handed out and taken on ({@link
 * PlansWithWorkHandedOut}). What is postponed or only
 * mused about is never a decision, however it is worded ("let's see", "TBD", "we'll decide at
 * the next sync", "we'll check whether…", "let's say I have…", "we figure it out later"):
 * {@link Cues#isDeferral}; nor is a musing about what could have been or a wish said after the
 * fact ("we could have …, but anyway", "there should be an alert when …": {@link
 * Cues#isHindsight}), nor a condition naming someone still to ask ("not without checking with
 * <@wei>", "nicht ohne Rücksprache mit Lena": {@link Cues#waitsOnSomeone}), nor an answer that
 * sends the question on ("I'd rather ask QA about that"), nor letting the ticket itself be closed
 * ("valeu pessoal, podem fechar o chamado": {@link #letsCaseClose}), nor what someone did or
 * tried, or a reading reported ("J'ai changé les piles, toujours rien": {@link WorkReported}), nor
 * a proposal turned down by its reason alone ("psych have a 2pm paper, so no": {@link
 * ReasonedRefusals}), nor a plan its author gives up at once for another after an objection
 * ("on les remplace tous" — "le budget suit pas" — "ok, on remplace les 4 HS": {@link
 * PlansScaledBack}), nor a yes with its time to an offer ("quer que eu monte um buquê teste?" —
 * "sim pfv, até as 16h": {@link OffersGranted}), nor an instruction given after a thanks to the
 * one just answered ("good point, add a line about that in the comms": {@link
 * InstructionsAfterThanks}), nor a figure given to "how many…?" ({@link FiguresAsked}), nor an
 * idea floated with a laugh ("could we release it as is and call it a rustic batch lol": {@link
 * Cues#jokes}). Each
 * sentence serves one decision at most. A decision reversed later in the conversation ("let's
 * adopt cert-manager" … "ok let's not adopt cert-manager, we keep the cron job") is shown only as
 * the reversal, citing both ({@link ReversedDecisions}).
 */
final class DecisionDetector {

  /** Messages after a proposal or a question within which its answer or agreement comes. */
  static final int AGREEMENT_WINDOW = 3;
  /** Decisions back that a later line may restate. */
  static final int RECENT = 5;
  /** Messages back within which a closing line can restate a choice. */
  static final int CHOICE_WINDOW = 6;
  /** A closing line with this many content words or fewer needs the choice it settles said. */
  static final int TERSE = 3;

  private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\bnot|n't|\\bno|\\bun)\\s*"
      + "(?:yet\\s+)?(?:decided|agreed|approved|settled)\\b|\\bif we (?:decide|agree|go)\\b"
      + "|\\bnot going with\\b|\\bno decision\\b|\\bundecided\\b");

  private DecisionDetector() {}

  static List<Detection<Point>> detect(PreparedConversation conversation) {
    Cues cues = conversation.cues();
    boolean english = cues.isEnglish();
    List<Detection<Point>> found = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    // Positions in found of decisions made by agreeing to a proposal: an announcement right
    // after one ("Porto it is.") restates it.
    Set<Integer> agreedAt = new HashSet<>();
    // Message index → whether it is a bare agreement ("+1", "agreed"), asked once per message.
    Map<Integer, Boolean> bareAgreement = new HashMap<>();
    SummedUpLists.addTo(conversation, found, used);
    // A musing about what could have been, a wish said after the fact, or a task named ("that's
    // a separate task", "we'll need someone to …") serves no decision, however a reply takes it
    // up ("bonne idée, je l'ajoute" makes it a task, not a decision); nor does a reply that does
    // not know and sends the question on, nor a condition naming someone still to ask ("not
    // without checking with <@wei>": {@link Cues#waitsOnSomeone}).
    boolean[] elsewhere = new boolean[conversation.messages().size()];
    for (int m = 0; m < elsewhere.length; m++) {
      elsewhere[m] = pointsElsewhere(conversation, m);
      // "could we push psych to the afternoon?" — "psych have a 2pm paper, so no": a proposal
      // turned down by its reason alone, and the proposal, are cited by no decision.
      if (ReasonedRefusals.turnsDown(conversation, m)) {
        elsewhere[m] = true;
        elsewhere[conversation.model().respondsTo(m)] = true;
      }
    }
    for (Sentence s : conversation.sentences()) {
      if (elsewhere[s.messageIndex()] || cues.isHindsight(s.text()) || letsCaseClose(s.text())
          || Cues.jokes(s.text())
          || cues.namesATask(s.text()) || cues.waitsOnSomeone(s.text())) {
        used.add(s.index());
      }
    }
    for (Sentence s : conversation.sentences()) {
      String text = s.text();
      // Deferrals are checked only on a sentence that would otherwise count: most sentences are
      // no candidate at all, and the deferral pattern is long.
      if (used.contains(s.index())
          || english && RegexPrefilter.find(NEGATED, text)) {
        continue;
      }
      if (!s.isQuestion() && toldOrReported(cues, text)) {
        // A story or a reported approval is cited by no decision, not even as the agreement to
        // one.
        used.add(s.index());
        continue;
      }
      if (s.isQuestion()) {
        if (!conversation.deferred(s)) {
          AgreedProposals.questionAgreedTo(conversation, s, used)
              .or(() -> GrantedInAnswers.grantedInAnswer(conversation, s, used))
              .or(() -> UnopposedPlans.planWithoutObjection(conversation, s, used))
              .ifPresent(d -> {
                agreedAt.add(found.size());
                found.add(d);
              });
        }
        continue;
      }
      if (RegexPrefilter.find(cues.settling(), text)) {
        SettlingReplies.add(conversation, s, found, used);
      } else if (s.smallTalk()) {
        continue;
      } else if (RegexPrefilter.find(cues.decision(), text)
          || RegexPrefilter.find(cues.approvalGiven(), text)) {
        if (approvesAChange(conversation, s) || takesOnWhatWasAsked(conversation, s)
            || RegexPrefilter.find(cues.unsure(), text)
            || RegexPrefilter.find(cues.disowns(), text)) {
          used.add(s.index());
        } else if (!conversation.deferred(s) && !ConcludingPlans.ruleNotLaidDown(cues, text)
            && used.add(s.index())) {
          StatedDecisions.add(conversation, s, found, agreedAt, used);
        }
      } else {
        agreedOrConcluded(conversation, s, found, agreedAt, used, bareAgreement);
      }
    }
    DirectivesTakenOn.addDecisions(conversation, found, used);
    // Plans concluded first: whoever concluded one leads the thread for the answers after it.
    ConcludingPlans.addTo(conversation, found, used);
    UnopposedPlans.addInvited(conversation, found, used);
    AcceptedReplies.addTo(conversation, found, used);
    RulesTakenUp.addTo(conversation, found, used);
    PlansWithWorkHandedOut.addTo(conversation, found, used);
    InstructionsCarriedOut.addTo(conversation, found, used);
    // Last: a rule with its exception is only new when no decision found already cites its
    // message ("はい、ホットフィックスは例外。ただし…" is one decision).
    ExceptedRules.addTo(conversation, found, used);
    // Each decision said once, a decision reversed later replaced by what holds at the end, one
    // its speaker took back ("scratch that") left out, and none worded only by options laid out.
    return LaidOutOptions.without(conversation,
        WithdrawnStatements.without(conversation, withoutHindsight(conversation,
        ReversedDecisions.whatHolds(conversation, RestatedDecisions.saidOnce(conversation,
            PlansScaledBack.without(conversation, WorkReported.without(conversation,
                FiguresAsked.without(conversation, OffersGranted.without(conversation,
                    InstructionsAfterThanks.without(conversation,
                        WorkHandedOut.without(conversation, found)))))))))));
  }

  /**
   * A message that only looks back ("tbh we should have put a price clause in the last
   * contract", "on aurait dû mettre une clause", "前回入れておくべきだった") is cited by no decision,
   * not even as what a rule set after it answers ("agreed. from now on every contract gets one"):
   * the regret is no proposal agreed to, nor is a wish said with a bare "ok" ("ok. would be nice
   * if the portal showed it", "ok. wäre schön, wenn …"). A decision resting on nothing else keeps
   * its sources.
   */
  private static List<Detection<Point>> withoutHindsight(PreparedConversation c,
      List<Detection<Point>> found) {
    Set<String> looksBack = new HashSet<>();
    for (int m = 0; m < c.messages().size(); m++) {
      // Each sentence read once: hindsight, or a bare word beside it.
      boolean regret = false;
      for (Sentence t : c.sentencesOf(m)) {
        if (t.smallTalk()) {
          continue;
        }
        regret = c.cues().isHindsight(t.text());
        if (!regret) {
          break;
        }
      }
      if (regret) {
        looksBack.add(c.messages().get(m).ts());
      }
    }
    if (looksBack.isEmpty()) {
      return found;
    }
    List<Detection<Point>> kept = new ArrayList<>();
    for (Detection<Point> d : found) {
      List<String> sources = d.value().sources().stream()
          .filter(ts -> !looksBack.contains(ts)).toList();
      kept.add(sources.isEmpty() || sources.size() == d.value().sources().size() ? d
          : new Detection<>(new Point(d.value().text(), sources), d.sentenceIndices(), d.saidBy()));
    }
    return kept;
  }

  /**
   * A proposal or a picked option that the next person agrees to, a statement two people agree
   * to, or else a closing line.
   */
  private static void agreedOrConcluded(PreparedConversation conversation, Sentence s,
      List<Detection<Point>> found, Set<Integer> agreedAt, Set<Integer> used,
      Map<Integer, Boolean> bareAgreement) {
    Cues cues = conversation.cues();
    String text = s.text();
    boolean scheduled = RegexPrefilter.find(cues.scheduleLabel(), text);
    boolean proposal = RegexPrefilter.find(cues.proposal(), text) || TagQuestions.putsIt(conversation, s)
        || scheduled || cues.putsAsPlan(text);
    Optional<Sentence> option =
        proposal ? Optional.empty() : AgreedProposals.optionPicked(conversation, s);
    Optional<Integer> agreeing;
    // Whether a whole statement was agreed to, by two or by the next voice after whoever leads
    // ({@link AgreedProposals#agreedMessage}), rather than a proposal put in one sentence.
    boolean wholeMessage = false;
    if ((proposal || option.isPresent()) && !conversation.deferred(s)) {
      agreeing = AgreedProposals.agreementAfter(conversation, s, true);
    } else {
      agreeing = AgreedProposals.agreedByTwo(conversation, s, bareAgreement, used)
          .or(() -> AgreedProposals.agreedWithLead(conversation, s, found, used));
      wholeMessage = agreeing.isPresent();
    }
    // "ok proposal: AWS Secrets Manager + ESO. jenkins credentials stay as they are": what the
    // proposal keeps out is a decision of its own, not part of the one agreed with it.
    if (agreeing.isPresent() && !cues.keepsScopeOut(text)
        && AgreedProposals.foldedIntoEarlier(conversation, s, agreeing.get(), found)) {
      used.add(s.index());
      return;
    }
    if (agreeing.isPresent() && wishTakenOn(conversation, s, agreeing.get())) {
      used.add(s.index());
      return;
    }
    if (agreeing.isPresent()) {
      used.add(s.index());
      agreedAt.add(found.size());
      found.add(StatedDecisions.inItsAgreement(conversation, option.isPresent()
          ? AgreedProposals.agreedOption(conversation, option.get(), s, agreeing.get(), used)
          : wholeMessage ? AgreedProposals.agreedMessage(conversation, s, agreeing.get(), used)
          : AgreedProposals.agreed(conversation, s, agreeing.get(), used), agreeing.get()));
    } else if (RulesAffirmed.affirmed(conversation, s, used).map(found::add).orElse(false)) {
      return;
    } else if (scheduled && !used.contains(s.index()) && s.user() != null
        && PlanAnswers.leads(conversation, s.user(), s.messageIndex(), found)
        && !conversation.deferred(s) && !ConcludingPlans.objected(conversation, s.messageIndex())) {
      // "agenda: admin and SSO in the morning, reporting in the afternoon" from whoever started
      // the thread: the one planning it sets the schedule unless someone objects.
      used.add(s.index());
      found.add(stated(cues, s));
    } else if (!used.contains(s.index()) && (cues.isInterim(text) || cues.holdsUntil(text)
            && s.user() != null && (cues.forbidsUntil(text)
                || PlanAnswers.leads(conversation, s.user(), s.messageIndex(), found)
                || RulesTakenUp.runsTheSituation(conversation, s.user(), s.messageIndex())))
        && !conversation.deferred(s) && !ConcludingPlans.objected(conversation, s.messageIndex())) {
      // "UK/IE go through Vonage until Twilio confirms a fix": the arrangement is the decision.
      // "the sync job stays paused until the filter is fixed", "das temporäre VLAN wird heute
      // abend abgeschaltet, sobald alle 80 das neue Zert haben": kept so, or waiting, whatever
      // the subject, from whoever leads the thread; "nobody touches it until the condition
      // report is done", what nobody may do until then, from anyone.
      used.add(s.index());
      found.add(stated(cues, s));
    } else if (!used.contains(s.index()) && onTheRoadmap(cues, text)
        && !conversation.deferred(s)) {
      // Whoever puts it on the roadmap owns the roadmap: a reply weighing a stopgap ("short
      // term we could do it at the WAF. hacky but works") objects to nothing.
      used.add(s.index());
      found.add(stated(cues, s));
    } else if (!used.contains(s.index())) {
      ClosingLines.concluded(conversation, s, found, used);
    }
  }

  /**
   * "valeu pessoal, podem fechar o chamado" — "fechado"; "thanks all, you can close the ticket",
   * "danke, ihr könnt das Ticket schließen", "merci, vous pouvez fermer le ticket", "gracias,
   * podéis cerrar el ticket", "ありがとうございます、クローズしてください": letting the case itself be
   * closed ends the conversation; it settles nothing the conversation was about, however it is
   * answered.
   */
  static boolean letsCaseClose(String text) {
    return RegexPrefilter.find(CASE_CLOSED, text);
  }

  /** Closing the ticket, case or thread itself, in every cue language. */
  private static final Pattern CASE_CLOSED = Pattern.compile("(?iu)\\b(?:(?:you|y'all)\\s+can"
      + "|feel\\s+free\\s+to|ok\\s+to|go\\s+ahead\\s+and)\\s+close\\s+(?:the|this|my|our)\\s+"
      + "(?:ticket|case|request|issue)\\b"
      + "|\\b(?:könnt|kannst|können)\\s+(?:ihr\\s+|du\\s+|Sie\\s+)?(?:das\\s+Ticket|den\\s+Fall"
      + "|die\\s+Anfrage)\\s+(?:jetzt\\s+)?schließen\\b"
      + "|\\b(?:vous\\s+pouvez|tu\\s+peux)\\s+(?:fermer|clôturer|clore)\\s+(?:le\\s+ticket"
      + "|la\\s+demande|le\\s+dossier)(?!\\p{L})"
      + "|\\b(?:podéis|puedes|pueden|podés)\\s+cerrar\\s+(?:el\\s+ticket|el\\s+caso|la\\s+incidencia"
      + "|la\\s+solicitud)(?!\\p{L})"
      + "|\\b(?:podem|pode|podes)\\s+fechar\\s+(?:o\\s+chamado|o\\s+ticket|o\\s+caso"
      + "|a\\s+solicitação)(?!\\p{L})"
      + "|(?:チケット|問い合わせ|案件)?(?:は)?クローズ(?:してください|して大丈夫|で大丈夫|でお願いします)");

  /**
   * "should we tell the sponsor now or wait?" — "I'd rather ask QA about that, they have the
   * contract wording"; "sollen wir es dem Kunden sagen?" — "frag lieber die Rechtsabteilung";
   * "on prévient le client ?" — "faut voir avec le juridique"; "¿se lo decimos?" — "mejor
   * pregúntale a legal"; "avisamos o cliente?" — "melhor perguntar pro jurídico"; "顧客に伝えますか？"
   * — "法務に確認しましょう": an answer to a question that opens by sending it on to someone else
   * answers neither way, whatever it says after. Not "yes, and ask QA to sign it off": a yes
   * first answers the question.
   */
  private static boolean sendsQuestionOn(PreparedConversation c, int b) {
    int a = c.model().respondsTo(b);
    List<Sentence> said = c.sentencesOf(b);
    if (a < 0 || said.isEmpty() || c.sentencesOf(a).stream().noneMatch(Sentence::isQuestion)) {
      return false;
    }
    Sentence first = said.get(0);
    Cues cues = c.cues();
    return !first.isQuestion() && RegexPrefilter.find(cues.redirect(), first.text())
        && !cues.yesNoAnswer().matcher(first.text()).lookingAt()
        && !cues.agreement().matcher(first.text()).lookingAt();
  }

  /**
   * "ask legal, i honestly don't know", "frag die Rechtsabteilung, ich weiß es nicht", "pregúntale
   * a legal, no lo sé": an answer that says the one answering does not know and sends the question
   * on settles nothing, however the asker takes it ("ok"), and so does one that opens by sending
   * the question on ({@link #sendsQuestionOn}).
   */
  private static boolean pointsElsewhere(PreparedConversation c, int b) {
    String plain = c.plainText(b);
    return RegexPrefilter.find(c.cues().nonAnswer(), plain)
        && RegexPrefilter.find(c.cues().redirect(), plain)
        || sendsQuestionOn(c, b);
  }

  /**
   * "I'll add per-org IP allowlisting to the Q3 roadmap", "das kommt auf die Roadmap fürs Q3", "on
   * le met dans la feuille de route du T3", "entra en la hoja de ruta del Q3", "entra no roadmap
   * do Q3", "下期のロードマップに入れます": something put on the roadmap for a named period is a
   * decision about what gets built, even when the one saying it takes the task of adding it. A
   * guess ("on the roadmap for Q2 I think"), a question or a roadmap without a period decides
   * nothing.
   */
  static boolean onTheRoadmap(Cues cues, String text) {
    return RegexPrefilter.find(ROADMAP, text) && RegexPrefilter.find(PERIOD, text)
        && !RegexPrefilter.find(cues.guess(), text) && !cues.isQuestion(text);
  }

  /** The roadmap, in the words of every cue language. */
  private static final Pattern ROADMAP = Pattern.compile(
      "(?iu)\\broad\\s?map\\b|\\bfeuille\\s+de\\s+route\\b|\\bhoja\\s+de\\s+ruta\\b|ロードマップ");
  /** A period it is planned for: a quarter, a half, a named month's release. */
  private static final Pattern PERIOD = Pattern.compile("(?iu)\\b(?:Q[1-4]|H[12]|T[1-4]"
      + "|(?:next|this)\\s+(?:quarter|half)|(?:nächste[sn]?|dieses)\\s+(?:Quartal|Halbjahr)"
      + "|(?:prochain|ce)\\s+trimestre|(?:próximo|este)\\s+(?:trimestre|semestre))\\b"
      + "|(?:上期|下期|来期|四半期)");

  /**
   * "btw we should document the supported attribute names somewhere public" — "agree. I can take
   * a first pass at a help center article"; "deberíamos subir el límite de la UI a 1 año" — "sí.
   * lo llevo a la reunión de producto del martes"; "wir sollten das irgendwo dokumentieren" —
   * "ja, mach ich": a wish ("we should", "wir sollten", "on devrait", "deberíamos",
   * "deveríamos", "…べき") whose agreeing reply takes it on as the replier's own work is a task
   * (the replier's), not a course the thread settled. A plan said outright ("let's …") and agreed
   * with "ok, I'll do it" still decides.
   */
  static boolean wishTakenOn(PreparedConversation c, Sentence s, int agreeing) {
    if (!ConcludingPlans.hedged(s.text())) {
      return false;
    }
    String reply = c.plainText(agreeing);
    return RegexPrefilter.find(c.cues().commitment(), reply)
        || RegexPrefilter.find(c.cues().planInPresent(), reply);
  }

  /**
   * "<@thiago> confirma com ele quinta 14h?" — "fechado, ligo pra ele agora"; "<@jonas> kannst du
   * ihn anrufen und Donnerstag bestätigen?" — "abgemacht, ich ruf ihn gleich an": the one asked by
   * name to do something (a request, or a question naming them) opens with a settling word and
   * says they do it: the word takes the task asked of them ({@link RequestsToSomeone}); it settles
   * no decision. "<@nadia>?" — "approved, go ahead" gives the go-ahead asked for: a decision.
   */
  static boolean takesOnWhatWasAsked(PreparedConversation c, Sentence s) {
    int m = s.messageIndex();
    int a = c.model().respondsTo(m);
    String speaker = s.user();
    List<Sentence> said = c.sentencesOf(m);
    if (a < 0 || speaker == null || said.isEmpty() || said.get(0).index() != s.index()
        || !c.messages().get(a).text().contains("<@" + speaker + ">")) {
      return false;
    }
    String plain = c.plainText(m);
    if (!RegexPrefilter.find(c.cues().commitment(), plain)
        && !RegexPrefilter.find(c.cues().planInPresent(), plain)) {
      return false;
    }
    return c.sentencesOf(a).stream().anyMatch(q -> q.isQuestion()
        && q.text().contains("<@" + speaker + ">") || RequestsToSomeone.request(c, q)
        .map(r -> speaker.equals(r.item.owner())).orElse(false));
  }

  /**
   * "PR up &lt;…/pull/903|#903&gt;" — "approved, merging", "LGTM, merge ich", "approuvé, je merge",
   * "aprobado, lo mergeo", "aprovado, fazendo o merge", "承認、マージします": an approval given to a
   * change under review is the review done, not something the thread decides. The approval, a
   * word or two, says it merges or answers a message that points at a pull or merge request.
   * Whatever the change does was decided, if at all, where it was proposed.
   */
  static boolean approvesAChange(PreparedConversation c, Sentence s) {
    // "i'm fine with auto-merge for patches as long as …" says what to do: the review approval
    // is a word or two.
    if (Terms.words(s.text()).size() > REVIEW_WORDS) {
      return false;
    }
    if (RegexPrefilter.find(MERGES, s.text())) {
      return true;
    }
    int answered = c.model().respondsTo(s.messageIndex());
    return answered >= 0 && RegexPrefilter.find(UNDER_REVIEW, c.messages().get(answered).text());
  }

  /** Words an approval of a change under review has at most ("approved, merging now"). */
  private static final int REVIEW_WORDS = 4;
  /** Merging a change, in the words every cue language borrows ("merging", "mergeo", "マージ"). */
  private static final Pattern MERGES = Pattern.compile("(?iu)\\bmerg|マージ");
  /** A pull or merge request pointed at, by link or by name. */
  private static final Pattern UNDER_REVIEW = Pattern.compile(
      "(?iu)/pull/|/merge_requests/|\\b(?:PR|MR|pull\\s+request|merge\\s+request)\\b|プルリク");

  /**
   * "Fwiw I tried the Jira SAML plugin last year and it was a pain", "Budget was approved last
   * month": a story told or an approval reported as news says what happened, not what the thread
   * settles; so does a fact set right ("the alarm tripped wednesday night, not tuesday": {@link
   * Cues#correctsAFact}). A story that goes on to propose ("last time it broke, so let's pin it") is still a
   * proposal.
   */
  static boolean toldOrReported(Cues cues, String text) {
    return RegexPrefilter.find(cues.approvalReported(), firstClause(text))
        || (tellsAStory(cues, text) || cues.correctsAFact(text) || reportsDone(cues, text))
        && !RegexPrefilter.find(cues.decision(), text);
  }

  /**
   * "Refund issued, re_3Nx… shows succeeded", "aviso publicado no portal": a thing and what was
   * done to it, said first ({@link Cues#thingDone()}), reports work done.
   */
  private static boolean reportsDone(Cues cues, String text) {
    return RegexPrefilter.find(cues.thingDone(), text);
  }

  /**
   * "last week someone force-pushed over a release tag": the sentence opens with a time already
   * past ({@link Cues#anecdote()}) and proposes nothing.
   */
  static boolean tellsAStory(Cues cues, String text) {
    return RegexPrefilter.find(cues.anecdote(), firstClause(text))
        && !RegexPrefilter.find(cues.proposal(), text);
  }

  /**
   * The sentence up to its first comma, semicolon, colon or dash: what it is about. "revue des
   * accès d'abord, c'est là qu'on a eu des remarques l'an dernier" decides, and gives a past
   * reason after the comma.
   */
  static String firstClause(String text) {
    return CLAUSE_END.split(text, 2)[0];
  }

  private static final Pattern CLAUSE_END = Pattern.compile("[,;:、，；：]|\\s[—–-]\\s");

  /** The sentence as a decision of its own, worded as {@link #readable} and citing its message. */
  static Detection<Point> stated(Cues cues, Sentence s) {
    return Detection.of(new Point(readable(cues, s.text()), List.of(s.ts())), s.index());
  }

  /**
   * One decision said in these sentences of one message, in their order: their words joined,
   * cited by the first, said by its speaker.
   */
  static Detection<Point> said(PreparedConversation c, List<Sentence> sentences) {
    Set<Integer> indices = new HashSet<>();
    StringBuilder text = new StringBuilder();
    for (Sentence s : sentences) {
      indices.add(s.index());
      text.append(text.length() == 0 ? "" : " ").append(s.text());
    }
    return new Detection<>(new Point(readable(c.cues(), text.toString()), List.of(sentences.get(0).ts())),
        indices, sentences.get(0).index());
  }

  /** The sentence without a leading "Decision:" label, starting with a capital. */
  static String readable(Cues cues, String sentence) {
    return Sentences.capitalize(cues.labels().matcher(sentence).replaceFirst(""));
  }
}

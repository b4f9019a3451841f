package dev.roundup.summarize;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words people use, per language, to decide, defer, propose, agree, commit, ask and dodge a
 * question. The detectors hold the rules (a proposal someone else agrees to is a decision; a
 * request and its acceptance are one commitment; a question stays open until answered); the cues
 * say how each step is phrased in English, German, French, Spanish, Portuguese and Japanese, each
 * language in its own class ({@link EnglishCues}, {@link GermanCues}, {@link FrenchCues},
 * {@link SpanishCues}, {@link PortugueseCues}, {@link JapaneseCues}). A language without a table
 * uses English cues, which still catch mentions, labels and emoji.
 *
 * @param decision      an explicit decision ("we decided", "let's go with", "X it is")
 * @param deferral      a postponement or a musing, never a decision ("let's see", "TBD", "we'll
 *                      decide at the next sync", "let's say I have…")
 * @param proposal      a suggestion that becomes a decision when someone else agrees
 * @param settling      a reply that on its own settles what it answers ("Agreed.", "Ship it")
 * @param agreement     a reply that agrees ("+1", "sounds good", "works for me")
 * @param dissent       a reply that objects ("but", "not sure")
 * @param commitment    a speaker taking something on ("I'll …", "I can take …"); the rest of
 *                      the sentence after the match is the task
 * @param notATask      first-person words that are not a task ("I'll be out", "I'll let you know
 *                      if …", "I'll admit")
 * @param request       a request to nobody in particular ("can someone …", "please …")
 * @param mentionRequest after a mention: the words that make it a request ("can you", "please")
 * @param takingIt      a short reply that takes a request ("on it", "will do", "sure")
 * @param nonAnswer     a reply to a question that does not answer it ("good question", "no idea",
 *                      "nobody yet")
 * @param redirect      a reply that sends the question on; its first group that matched names
 *                      who was asked ({@link #askedOf})
 * @param yesNoQuestion a question answerable by yes or no
 * @param yesNoAnswer   a reply that answers one
 * @param greeting      an opening that starts something new rather than answering
 * @param selfResolved  the asker saying they found it ("never mind")
 * @param labels        a leading "Decision:" or "TODO:" label, removed from the text shown
 * @param smallTalk     words that say nothing a summary should repeat (thanks, ok, greetings)
 */
record Cues(Pattern decision, Pattern deferral, Pattern proposal, Pattern settling,
    Pattern agreement, Pattern dissent, Pattern commitment, Pattern notATask, Pattern request,
    Pattern mentionRequest, Pattern takingIt, Pattern nonAnswer, Pattern redirect,
    Pattern yesNoQuestion, Pattern yesNoAnswer, Pattern greeting, Pattern selfResolved,
    Pattern labels, Pattern smallTalk) {

  /**
   * A user mentioned in a message, as the cues read it: {@code <@U…>} (or {@code <@W…>} on Enterprise
   * Grid), the label Slack may add already gone. One spelling for every cue that names whom a task
   * or a question goes to.
   */
  static final String MENTION = "<@[UW][A-Z0-9]+>";
  /**
   * A mention, with or without its label, that may open a sentence before what its speaker says
   * they do ("<@julien> je t'envoie le numéro"), in the languages' plans said in the present.
   */
  static final String OPENING_MENTION = "(?:<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s,]*)?";

  /**
   * A "please" in every cue language ("pls", "bitte", "stp", "por favor", "porfa", 「ください」):
   * what a statement says after it is asked of someone.
   */
  static final Pattern PLEASE = Pattern.compile("(?iu)(?<!\\p{L})(?:pls|plz|please|bitte|stp|svp"
      + "|s'il\\s+(?:te|vous)\\s+pla[iî]t|por\\s+favor|porfa|pf)(?!\\p{L})|ください|下さい|お願い");

  /**
   * "you" said to someone, in every cue language (subject and object forms); the patterns that
   * read a sentence as said to someone add the possessives or plurals they need.
   */
  static final String YOU = "you|your|du|dir|dich|tu|toi|vous|tú|usted|você";

  /** A cue in any language: case-insensitive with Unicode case folding. Choices uses it too. */
  static Pattern p(String regex) {
    return Pattern.compile("(?iu)(?:" + regex + ")");
  }

  /** English cues match ASCII case-insensitively: Unicode case folding costs twice as much. */
  static Pattern en(String regex) {
    return Pattern.compile("(?i)(?:" + regex + ")");
  }

  static final Cues ENGLISH = EnglishCues.CUES;

  static final Cues GERMAN = GermanCues.CUES;

  static final Cues FRENCH = FrenchCues.CUES;

  static final Cues SPANISH = SpanishCues.CUES;

  static final Cues PORTUGUESE = PortugueseCues.CUES;

  static final Cues JAPANESE = JapaneseCues.CUES;

  private static final Map<String, Cues> BY_LANGUAGE = Map.of(
      "en", ENGLISH, "de", GERMAN, "fr", FRENCH, "es", SPANISH, "pt", PORTUGUESE,
      "ja", JAPANESE);

  /** One cue per language, each kept in its own language's class, as a lookup by language. */
  private static Map<Cues, Pattern> inEachLanguage(Pattern english, Pattern german, Pattern french,
      Pattern spanish, Pattern portuguese, Pattern japanese) {
    return Map.of(ENGLISH, english, GERMAN, german, FRENCH, french, SPANISH, spanish,
        PORTUGUESE, portuguese, JAPANESE, japanese);
  }

  /** "Done", "Rollback done", "Erledigt": a report that what was taken on is finished. */
  private static final Map<Cues, Pattern> DONE = inEachLanguage(
      EnglishCues.DONE, GermanCues.DONE, FrenchCues.DONE,
      SpanishCues.DONE, PortugueseCues.DONE, JapaneseCues.DONE);

  /**
   * "Refund issued, re_3Nx…", "Aviso publicado no portal": a thing and what was done to it, said
   * first, each language's in its own field.
   */
  private static final Map<Cues, Pattern> THING_DONE = inEachLanguage(
      EnglishCues.THING_DONE, GermanCues.THING_DONE, FrenchCues.THING_DONE,
      SpanishCues.THING_DONE, PortugueseCues.THING_DONE, JapaneseCues.THING_DONE);

  /**
   * "Ana will update the runbook", "<@U2> übernimmt die Migration", "Lucía se encarga de…": a
   * task given to someone named, by name or mention (group 1), the task after the match.
   */
  private static final Map<Cues, Pattern> ASSIGNED = inEachLanguage(
      EnglishCues.ASSIGNED, GermanCues.ASSIGNED, FrenchCues.ASSIGNED,
      SpanishCues.ASSIGNED, PortugueseCues.ASSIGNED, JapaneseCues.ASSIGNED);

  /**
   * "I think Omar does", "probably", "no creo", "たぶん": an answer given as a guess. A guess that
   * goes on to put the question off or send it on has not answered it.
   */
  private static final Map<Cues, Pattern> GUESS = inEachLanguage(
      EnglishCues.GUESS, GermanCues.GUESS, FrenchCues.GUESS,
      SpanishCues.GUESS, PortugueseCues.GUESS, JapaneseCues.GUESS);

  /**
   * "not our call, settlements handle that", "das entscheiden wir nicht", "うちでは決められません":
   * the one answering says the question is not theirs to decide.
   */
  private static final Map<Cues, Pattern> DISOWNS = inEachLanguage(
      EnglishCues.DISOWNS, GermanCues.DISOWNS, FrenchCues.DISOWNS,
      SpanishCues.DISOWNS, PortugueseCues.DISOWNS, JapaneseCues.DISOWNS);

  /**
   * "not 100% sure though", "bin mir aber nicht sicher", "自信ないです": the one answering says
   * they may be wrong. A guess said so stays open until someone else confirms it.
   */
  private static final Map<Cues, Pattern> UNSURE = inEachLanguage(
      EnglishCues.UNSURE, GermanCues.UNSURE, FrenchCues.UNSURE,
      SpanishCues.UNSURE, PortugueseCues.UNSURE, JapaneseCues.UNSURE);

  /**
   * "when do we resume the rollout?", "what about the docs cleanup?", "時間は？": a question about
   * how the plan goes on, which whoever leads the thread settles by answering it.
   */
  private static final Map<Cues, Pattern> PLAN_QUESTION = inEachLanguage(
      EnglishCues.PLAN_QUESTION, GermanCues.PLAN_QUESTION, FrenchCues.PLAN_QUESTION,
      SpanishCues.PLAN_QUESTION, PortugueseCues.PLAN_QUESTION, JapaneseCues.PLAN_QUESTION);

  /**
   * "who approves entry?", "what happens to paging?", "do beta customers get a discount?": a
   * question about how things will work from now on, beside {@link #PLAN_QUESTION}; each
   * language's in its own field.
   */
  private static final Map<Cues, Pattern> RULE_QUESTION = inEachLanguage(
      EnglishCues.RULE_QUESTION, GermanCues.RULE_QUESTION, FrenchCues.RULE_QUESTION,
      SpanishCues.RULE_QUESTION, PortugueseCues.RULE_QUESTION, JapaneseCues.RULE_QUESTION);

  /**
   * "ok, we stay on the fallback overnight", "parfait. On fait un point …", "Dann schalten wir
   * …": a plan put as the conclusion, settled when whoever leads the thread says it
   * ({@link ConcludingPlans}); each language's in its own field.
   */
  private static final Map<Cues, Pattern> CONCLUDED = inEachLanguage(
      EnglishCues.CONCLUDED, GermanCues.CONCLUDED, FrenchCues.CONCLUDED,
      SpanishCues.CONCLUDED, PortugueseCues.CONCLUDED, JapaneseCues.CONCLUDED);

  /**
   * "UK/IE go through Vonage until Twilio confirms a fix", "2.4 geht erst wieder raus, wenn …": an
   * arrangement that holds until something happens, stated as the plan; each language's in its
   * own field.
   */
  private static final Map<Cues, Pattern> INTERIM = inEachLanguage(
      EnglishCues.INTERIM, GermanCues.INTERIM, FrenchCues.INTERIM,
      SpanishCues.INTERIM, PortugueseCues.INTERIM, JapaneseCues.INTERIM);

  /** Every English interim cue contains one of these. */
  private static final Map<Cues, Pattern> HOLDS_UNTIL = inEachLanguage(
      EnglishCues.HOLDS_UNTIL, GermanCues.HOLDS_UNTIL, FrenchCues.HOLDS_UNTIL,
      SpanishCues.HOLDS_UNTIL, PortugueseCues.HOLDS_UNTIL, JapaneseCues.HOLDS_UNTIL);

  /** What nobody may do until something happens ({@link #forbidsUntil}). */
  private static final Map<Cues, Pattern> FORBIDS_UNTIL = inEachLanguage(
      EnglishCues.FORBIDS_UNTIL, GermanCues.FORBIDS_UNTIL, FrenchCues.FORBIDS_UNTIL,
      SpanishCues.FORBIDS_UNTIL, PortugueseCues.FORBIDS_UNTIL, JapaneseCues.FORBIDS_UNTIL);

  /** "make sure …", "denk dran …", "no te olvides de …": a reminder ({@link #REMINDER}). */
  private static final Map<Cues, Pattern> REMINDER = inEachLanguage(
      EnglishCues.REMINDER, GermanCues.REMINDER, FrenchCues.REMINDER,
      SpanishCues.REMINDER, PortugueseCues.REMINDER, JapaneseCues.REMINDER);

  /**
   * "Postmortem schreib ich bis Freitag", "vale, redacto el correo", "ok, opening a case": a
   * plan said in the present tense, which the commitment words do not catch.
   */
  private static final Map<Cues, Pattern> PLAN_IN_PRESENT = inEachLanguage(
      EnglishCues.PLAN_IN_PRESENT, GermanCues.PLAN_IN_PRESENT, FrenchCues.PLAN_IN_PRESENT,
      SpanishCues.PLAN_IN_PRESENT, PortugueseCues.PLAN_IN_PRESENT, JapaneseCues.PLAN_IN_PRESENT);

  /**
   * "not deciding that in a support thread", "good q, nobody's looked at that yet": a reply
   * that leaves a question open, beyond the non-answer and deferral cues.
   */
  private static final Map<Cues, Pattern> LEAVES_OPEN = inEachLanguage(
      EnglishCues.LEAVES_OPEN, GermanCues.LEAVES_OPEN, FrenchCues.LEAVES_OPEN,
      SpanishCues.LEAVES_OPEN, PortugueseCues.LEAVES_OPEN, JapaneseCues.LEAVES_OPEN);

  /** "they also asked if they can switch to monthly billing": a question without its mark. */
  private static final Map<Cues, Pattern> INDIRECT_QUESTION = inEachLanguage(
      EnglishCues.INDIRECT_QUESTION, GermanCues.INDIRECT_QUESTION, FrenchCues.INDIRECT_QUESTION,
      SpanishCues.INDIRECT_QUESTION, PortugueseCues.INDIRECT_QUESTION, JapaneseCues.INDIRECT_QUESTION);

  /**
   * "not deciding that today", "isso fica pra depois", "lo dejamos para más adelante", "das
   * verschieben wir", "後で決めましょう": the question put off for later, however it is worded. A
   * deferral ({@link #isDeferral}) beside the {@link #deferral()} cues, each language's in its own
   * field.
   */
  private static final Map<Cues, Pattern> PUT_OFF = inEachLanguage(
      EnglishCues.PUT_OFF, GermanCues.PUT_OFF, FrenchCues.PUT_OFF,
      SpanishCues.PUT_OFF, PortugueseCues.PUT_OFF, JapaneseCues.PUT_OFF);

  /** A story told in the past: "Their courier rode with the truck, no idea whether he looked". */
  private static final Map<Cues, Pattern> NARRATED = inEachLanguage(
      EnglishCues.NARRATED, GermanCues.NARRATED, FrenchCues.NARRATED,
      SpanishCues.NARRATED, PortugueseCues.NARRATED, JapaneseCues.NARRATED);

  /**
   * What one did or tried and what came of it, or a reading reported: "Called coolmaster, earliest
   * they can come is tomorrow 8am", "J'ai changé les piles, toujours rien".
   */
  private static final Map<Cues, Pattern> TRIED = inEachLanguage(
      EnglishCues.TRIED, GermanCues.TRIED, FrenchCues.TRIED,
      SpanishCues.TRIED, PortugueseCues.TRIED, JapaneseCues.TRIED);

  /** Words that take back what the speaker just said: "scratch that", "vergesst das", "今のなし". */
  private static final Map<Cues, Pattern> WITHDRAWN = inEachLanguage(
      EnglishCues.WITHDRAWN, GermanCues.WITHDRAWN, FrenchCues.WITHDRAWN,
      SpanishCues.WITHDRAWN, PortugueseCues.WITHDRAWN, JapaneseCues.WITHDRAWN);

  /** Something said before, taken back by name: "ok scratch the double bill". */
  private static final Map<Cues, Pattern> WITHDRAWN_BY_NAME = inEachLanguage(
      EnglishCues.WITHDRAWN_BY_NAME, GermanCues.WITHDRAWN_BY_NAME, FrenchCues.WITHDRAWN_BY_NAME,
      SpanishCues.WITHDRAWN_BY_NAME, PortugueseCues.WITHDRAWN_BY_NAME,
      JapaneseCues.WITHDRAWN_BY_NAME);

  /** A fact set right, told in the past: "it tripped wednesday night, not tuesday". */
  private static final Map<Cues, Pattern> CORRECTION = inEachLanguage(
      EnglishCues.CORRECTION, GermanCues.CORRECTION, FrenchCues.CORRECTION,
      SpanishCues.CORRECTION, PortugueseCues.CORRECTION, JapaneseCues.CORRECTION);

  /**
   * "last week someone force-pushed over a release tag", "hace dos años …", "先週…": a time
   * already past, so the sentence tells a story rather than settles what comes next; each
   * language's in its own field.
   */
  private static final Map<Cues, Pattern> ANECDOTE = inEachLanguage(
      EnglishCues.ANECDOTE, GermanCues.ANECDOTE, FrenchCues.ANECDOTE,
      SpanishCues.ANECDOTE, PortugueseCues.ANECDOTE, JapaneseCues.ANECDOTE);

  /**
   * "Fyi finance already approved the budget line", "o orçamento foi aprovado mês passado": an
   * approval reported as news, not given in the thread; each language's in its own field.
   */
  private static final Map<Cues, Pattern> APPROVAL_REPORTED = inEachLanguage(
      EnglishCues.APPROVAL_REPORTED, GermanCues.APPROVAL_REPORTED, FrenchCues.APPROVAL_REPORTED,
      SpanishCues.APPROVAL_REPORTED, PortugueseCues.APPROVAL_REPORTED, JapaneseCues.APPROVAL_REPORTED);

  /**
   * "yes, that's the rule from day one", "c'est la règle", "それがルールです": what was said named
   * a rule for what comes next; each language's in its own field.
   */
  private static final Map<Cues, Pattern> RULE_AFFIRMED = inEachLanguage(
      EnglishCues.RULE_AFFIRMED, GermanCues.RULE_AFFIRMED, FrenchCues.RULE_AFFIRMED,
      SpanishCues.RULE_AFFIRMED, PortugueseCues.RULE_AFFIRMED, JapaneseCues.RULE_AFFIRMED);

  /**
   * "dates: internal soft launch Jan 5, public Jan 12", "Frist für die Teams: 10.12.": a schedule
   * or a scope put as a labelled line, a proposal; each language's in its own field.
   */
  private static final Map<Cues, Pattern> SCHEDULE_LABEL = inEachLanguage(
      EnglishCues.SCHEDULE_LABEL, GermanCues.SCHEDULE_LABEL, FrenchCues.SCHEDULE_LABEL,
      SpanishCues.SCHEDULE_LABEL, PortugueseCues.SCHEDULE_LABEL, JapaneseCues.SCHEDULE_LABEL);

  /**
   * "windows only on request", "sauf code généré", "salvo quien lleve menos de 3 meses": a rule
   * given with its exception; each language's in its own field.
   */
  private static final Map<Cues, Pattern> EXCEPTION = inEachLanguage(
      EnglishCues.EXCEPTION, GermanCues.EXCEPTION, FrenchCues.EXCEPTION,
      SpanishCues.EXCEPTION, PortugueseCues.EXCEPTION, JapaneseCues.EXCEPTION);

  /**
   * "rotation we figure out later, not blocking", "on règle ça plus tard", "a gente vê depois": a
   * point left to be worked out later, a deferral ({@link #isDeferral}) beside the {@link
   * #deferral()} and {@link #PUT_OFF} cues; each language's in its own field.
   */
  private static final Map<Cues, Pattern> LEFT_FOR_LATER = inEachLanguage(
      EnglishCues.LEFT_FOR_LATER, GermanCues.LEFT_FOR_LATER, FrenchCues.LEFT_FOR_LATER,
      SpanishCues.LEFT_FOR_LATER, PortugueseCues.LEFT_FOR_LATER, JapaneseCues.LEFT_FOR_LATER);

  /**
   * "we could have moved to the vendor's API, but anyway", "on devrait avoir une alerte quand un
   * import ramène 0 ligne": what could have been done, or a wish said after the fact; a wish for
   * some day or a preference said in passing ("long term we need a completeness check", "rather
   * fix the threshold than keep silencing") ({@link #isHindsight}); each language's in its own
   * field.
   */
  private static final Map<Cues, Pattern> HINDSIGHT = inEachLanguage(
      EnglishCues.HINDSIGHT, GermanCues.HINDSIGHT, FrenchCues.HINDSIGHT,
      SpanishCues.HINDSIGHT, PortugueseCues.HINDSIGHT, JapaneseCues.HINDSIGHT);

  /**
   * "that's a separate task", "we'll need someone to handle travel for the speakers", "それは別
   * タスクだね": a task named or sent to a ticket of its own, an action item at most, never a
   * decision ({@link #namesATask}); each language's in its own field.
   */
  private static final Map<Cues, Pattern> TASK_NAMED = inEachLanguage(
      EnglishCues.TASK_NAMED, GermanCues.TASK_NAMED, FrenchCues.TASK_NAMED,
      SpanishCues.TASK_NAMED, PortugueseCues.TASK_NAMED, JapaneseCues.TASK_NAMED);

  /**
   * "aprovo reembolso proporcional dos 10 meses restantes", "I approve the exception", "ich
   * genehmige die Ausnahme": an approval given in the first person by whoever may give it, a
   * decision stated ({@link #approvalGiven}); each language's in its own field.
   */
  private static final Map<Cues, Pattern> APPROVAL_GIVEN = inEachLanguage(
      EnglishCues.APPROVAL_GIVEN, GermanCues.APPROVAL_GIVEN, FrenchCues.APPROVAL_GIVEN,
      SpanishCues.APPROVAL_GIVEN, PortugueseCues.APPROVAL_GIVEN, JapaneseCues.APPROVAL_GIVEN);

  /**
   * "jenkins credentials stay as they are", "the warehouse is out of scope", "bleibt außen vor":
   * scope kept out, put for the group to agree to ({@link #putsAsPlan}); each language's in its
   * own field.
   */
  private static final Map<Cues, Pattern> SCOPE_KEPT = inEachLanguage(
      EnglishCues.SCOPE_KEPT, GermanCues.SCOPE_KEPT, FrenchCues.SCOPE_KEPT,
      SpanishCues.SCOPE_KEPT, PortugueseCues.SCOPE_KEPT, JapaneseCues.SCOPE_KEPT);

  /**
   * "android needs the new crash reporter in before any external testers", "muss drin sein,
   * bevor …": a condition put before a step, for the group to agree to ({@link #putsAsPlan});
   * each language's in its own field.
   */
  private static final Map<Cues, Pattern> GATE = inEachLanguage(
      EnglishCues.GATE, GermanCues.GATE, FrenchCues.GATE,
      SpanishCues.GATE, PortugueseCues.GATE, JapaneseCues.GATE);

  /**
   * "agreed, that's my worry too", "stimmt, das ist auch meine Sorge", "d'accord, c'est aussi ma
   * crainte", "de acuerdo, esa es mi preocupación también", "concordo, essa é minha preocupação
   * também", "同感です": an agreement that shares a view ({@link #agreesWithAView}); each
   * language's in its own field.
   */
  private static final Map<Cues, Pattern> AGREES_WITH_A_VIEW = inEachLanguage(
      EnglishCues.AGREES_WITH_A_VIEW, GermanCues.AGREES_WITH_A_VIEW, FrenchCues.AGREES_WITH_A_VIEW,
      SpanishCues.AGREES_WITH_A_VIEW, PortugueseCues.AGREES_WITH_A_VIEW,
      JapaneseCues.AGREES_WITH_A_VIEW);

  /**
   * "not without checking with <@wei>", "nicht ohne Rücksprache mit Lena", "pas sans voir avec
   * Hélène", "no sin consultarlo con Marta", "não sem falar com a Ana", "田中さんに確認しないと":
   * a yes made to wait on someone still to ask ({@link #waitsOnSomeone}); each language's in its
   * own field.
   */
  private static final Map<Cues, Pattern> WAITS_ON_SOMEONE = inEachLanguage(
      EnglishCues.WAITS_ON_SOMEONE, GermanCues.WAITS_ON_SOMEONE, FrenchCues.WAITS_ON_SOMEONE,
      SpanishCues.WAITS_ON_SOMEONE, PortugueseCues.WAITS_ON_SOMEONE, JapaneseCues.WAITS_ON_SOMEONE);

  /**
   * "is that in 4.0 or not", "kommt das in 4.0 oder nicht", "c'est dans la 4.0 ou pas", "entra en
   * la 4.0 o no", "entra na 4.0 ou não", "4.0に入るかどうか": a question typed without its question
   * mark still ends on the choice between yes and no.
   */
  private static final Pattern OR_NOT = Pattern.compile("(?iu)\\b(?:or\\s+not|oder\\s+nicht"
      + "|ou\\s+(?:pas|non|não)|o\\s+no)[\\s.!…]*$|(?:かどうか|するかしないか)[\\s。…]*$");

  /**
   * "いろはさんで大丈夫です。ただし納品は30日の午前中指定で…", "fine, but make sure it's delivered on the
   * 30th", "ok, aber bitte nur vormittags", "d'accord, à condition que …", "vale, eso sí, …", "ok,
   * desde que …": a sentence that opens with a proviso puts a condition on what was just said; it
   * is no decision of its own ({@link #addsProviso}). "but the freeze starts Monday" is not one.
   */
  private static final Pattern PROVISO = Pattern.compile("(?iu)^\\W*(?:but\\s+(?:make\\s+sure"
      + "|please|only|just\\s+make\\s+sure)|only\\s+if|provided(?:\\s+that)?|as\\s+long\\s+as"
      + "|on\\s+condition|aber\\s+(?:bitte|nur)|allerdings\\s+(?:bitte|nur)|vorausgesetzt"
      + "|unter\\s+der\\s+bedingung|mais\\s+(?:seulement|uniquement|à\\s+condition|attention)"
      + "|à\\s+condition|pourvu\\s+que|pero\\s+(?:eso\\s+sí|solo|sólo|ojo)|eso\\s+sí"
      + "|siempre\\s+y\\s+cuando|con\\s+la\\s+condición|mas\\s+(?:só|somente|desde\\s+que)"
      + "|desde\\s+que|contanto\\s+que|só\\s+que)(?!\\p{L})|^\\W*(?:ただし|但し)");

  /**
   * Each language's {@link Choices}, in a holder of its own: Choices' cues are built with
   * {@link #en}, so a map filled while Cues itself initializes would hold nulls whenever Choices
   * is the class loaded first.
   */
  private static final class ChoicesByLanguage {
    static final Map<Cues, Choices> MAP = Map.of(
        ENGLISH, Choices.ENGLISH, GERMAN, Choices.GERMAN, FRENCH, Choices.FRENCH,
        SPANISH, Choices.SPANISH, PORTUGUESE, Choices.PORTUGUESE, JAPANESE, Choices.JAPANESE);
  }

  /**
   * Whether the sentence agrees by sharing a view (a worry, a thought): it takes up nothing to
   * do, so it settles nothing, and what its message says after it is the speaker's own view.
   */
  boolean agreesWithAView(String text) {
    return RegexPrefilter.find(AGREES_WITH_A_VIEW.get(this), text);
  }

  /**
   * Whether the text makes an answer wait on someone still to ask ("can we just raise it for
   * them?" — "not without checking with <@wei>"): a condition naming who must still say yes grants
   * and refuses nothing; whoever is named answers.
   */
  boolean waitsOnSomeone(String text) {
    return RegexPrefilter.find(WAITS_ON_SOMEONE.get(this), text);
  }

  /** Whether the sentence opens with a proviso on what was just said ({@link #PROVISO}). */
  static boolean addsProviso(String text) {
    return RegexPrefilter.find(PROVISO, text);
  }

  /** Whether the text postpones or muses rather than settles ({@link #deferral()}). */
  boolean isDeferral(String text) {
    return RegexPrefilter.find(deferral, text) || RegexPrefilter.find(PUT_OFF.get(this), text)
        || RegexPrefilter.find(LEFT_FOR_LATER.get(this), text);
  }

  /**
   * Whether the text puts deciding off in so many words ({@link #PUT_OFF}): "not deciding that
   * today", "we'll decide once we've seen the numbers", "not yet, decide at 09:30 when we know
   * more", "das entscheiden wir nach der Probe", "後で決めましょう". Not "not today", which answers
   * "do we support that?".
   */
  boolean putsOffDeciding(String text) {
    return RegexPrefilter.find(PUT_OFF.get(this), text);
  }

  /**
   * Whether the text puts something off: a deferral ({@link #isDeferral}) or a wording that leaves
   * a question open ({@link #leavesOpen()}: "park that", "putting it on thursday's sync").
   */
  boolean putsOff(String text) {
    return isDeferral(text) || RegexPrefilter.find(leavesOpen(), text);
  }

  /**
   * Whether the text muses about what could have been done or wishes for something after the
   * fact ({@link #HINDSIGHT}): never a decision, though someone may still take the wish on as a
   * task.
   */
  boolean isHindsight(String text) {
    return RegexPrefilter.find(HINDSIGHT.get(this), text);
  }

  /**
   * Whether the text keeps something out of scope ({@link #SCOPE_KEPT}) or puts a condition
   * before a step ({@link #GATE}): a plan that decides once someone else agrees.
   */
  boolean putsAsPlan(String text) {
    return keepsScopeOut(text) || RegexPrefilter.find(GATE.get(this), text);
  }

  /** Whether the text keeps something out of scope or as it is ({@link #SCOPE_KEPT}). */
  boolean keepsScopeOut(String text) {
    return RegexPrefilter.find(SCOPE_KEPT.get(this), text);
  }

  /** An approval given in the first person ({@link #APPROVAL_GIVEN}). */
  Pattern approvalGiven() {
    return APPROVAL_GIVEN.get(this);
  }

  /** Whether the text names a task or sends it to one of its own ({@link #TASK_NAMED}). */
  boolean namesATask(String text) {
    return RegexPrefilter.find(TASK_NAMED.get(this), text);
  }

  /** A thing and what was done to it, said first ({@link #THING_DONE}): work done reported. */
  Pattern thingDone() {
    return THING_DONE.get(this);
  }

  /** A report that a task is finished. */
  Pattern done() {
    return DONE.get(this);
  }

  static Cues of(String language) {
    return BY_LANGUAGE.getOrDefault(language, ENGLISH);
  }

  /** A task given to someone named ({@link #ASSIGNED}). */
  Pattern assigned() {
    return ASSIGNED.get(this);
  }

  /**
   * A reminder to whoever is doing something ("make sure …", "denk dran …"): a task only once
   * someone takes it.
   */
  Pattern reminder() {
    return REMINDER.get(this);
  }

  /** A plan said in the present tense ({@link #PLAN_IN_PRESENT}). */
  Pattern planInPresent() {
    return PLAN_IN_PRESENT.get(this);
  }

  /** A reply that leaves a question open ({@link #LEAVES_OPEN}). */
  Pattern leavesOpen() {
    return LEAVES_OPEN.get(this);
  }

  /** A question asked without its mark, or reported ({@link #INDIRECT_QUESTION}). */
  Pattern indirectQuestion() {
    return INDIRECT_QUESTION.get(this);
  }

  /** An answer given as a guess ({@link #GUESS}). */
  Pattern guess() {
    return GUESS.get(this);
  }

  /** A question about how the plan goes on ({@link #PLAN_QUESTION}). */
  Pattern planQuestion() {
    return PLAN_QUESTION.get(this);
  }

  /**
   * Whether the text states an arrangement that holds until something happens ({@link
   * #INTERIM}), not said as one's own task ("I'll keep it paused until …").
   */
  boolean isInterim(String text) {
    return RegexPrefilter.find(INTERIM.get(this), text) && !RegexPrefilter.find(commitment, text);
  }

  /**
   * Whether the text keeps something as it is, or has a step wait, until something happens, with
   * any subject ({@link EnglishCues#HOLDS_UNTIL}), or forbids something for everyone until then
   * ("nobody restarts it until EHS has looked at it", "niemand startet die Linie, bis …",
   * "personne ne … tant que …", "no se usa hasta que …", "ninguém … até …", "…まで使わない"):
   * the plan when whoever leads the thread or runs the situation says it.
   * Not one's own task, nor a deferral.
   */
  boolean holdsUntil(String text) {
    return RegexPrefilter.find(HOLDS_UNTIL.get(this), text) && !RegexPrefilter.find(commitment, text)
        && !isDeferral(text);
  }

  /**
   * Whether the text, one that {@link #holdsUntil} holds, forbids something for everyone until
   * something happens ("nobody touches it any further until the condition report is done", "no
   * policy doc changes until the package is sent", "niemand startet die Linie, bis …", "personne ne
   * … tant que …", "nadie … hasta que …", "ninguém … até …", "…まで触らない"): a rule whoever says
   * it, where a thing kept as it is may only describe how a system behaves.
   */
  boolean forbidsUntil(String text) {
    return RegexPrefilter.find(FORBIDS_UNTIL.get(this), text) && !RegexPrefilter.find(HEARSAY, text);
  }

  /**
   * A rule told as someone else's, guessed at, or told as what happened: "they said: no updates
   * until tomorrow", "no tracking until it leaves the warehouse, per DHL", "Section 4: no third
   * party access until …", "Keine Lieferung bis nächste Woche, sagen sie", "pas de livraison
   * jusqu'à mardi, d'après eux", "then no one gets paid until the audit is re-run, I guess", "no
   * alerts until the disk was 100% full". Said by whoever leads the thread it may still be the
   * plan ({@link #holdsUntil}); from anyone it is no rule.
   */
  private static final Pattern HEARSAY = Pattern.compile("(?iu)"
      // Who said it, not the condition ("until rob says it's stable").
      + "\\b(?:they|he|she|you|we|i|someone)\\s+(?:said|say|says|told|tell|tells|wrote)\\b"
      + "|\\b(?:said|says|wrote)\\s*:"
      + "|\\b(?:per|according\\s+to|apparently|i\\s+guess|probably|maybe|would|section|clause"
      + "|finding|proposal|sagen\\s+sie|sagt|sagte|laut|angeblich|vielleicht|d'après|selon"
      + "|apparemment|peut-être|dicen|dice|dijo|según|al\\s+parecer|quizás|disseram|dizem|disse"
      + "|segundo|parece|talvez)\\b"
      + "|\\b(?:until|till)\\s+[^.!?]{0,40}\\b(?:was|were|had)\\b|,\\s*then\\s+it\\s+was\\b"
      + "|そうです|とのこと|らしい|みたい");

  /**
   * Whether the text sets a fact right, told in the past ({@link #CORRECTION}): "the fridge
   * alarm tripped wednesday night, not tuesday", "der Alarm ging Mittwochnacht los, nicht
   * Dienstag", "l'alarme s'est déclenchée mercredi soir, pas mardi", "la alarma saltó el
   * miércoles, no el martes", "o alarme disparou na quarta, não na terça", "鳴ったのは水曜の夜で、
   * 火曜ではありません". Not "we go with Tri-County, not Precision": a choice in the present.
   */
  boolean correctsAFact(String text) {
    return RegexPrefilter.find(CORRECTION.get(this), text);
  }

  /**
   * Whether the text opens by taking back what its speaker just said ({@link #WITHDRAWN}):
   * "actually scratch that, finance sends those now", "vergesst das", "laisse tomber", "olvidad
   * eso", "esquece", "さっきのは取り消します".
   */
  boolean withdraws(String text) {
    return RegexPrefilter.find(WITHDRAWN.get(this), text);
  }

  /**
   * A retraction by name ({@link #WITHDRAWN_BY_NAME}): what it names ("the double bill" in "ok
   * scratch the double bill", "den Doppelabend" in "vergesst den Doppelabend"), and whether it
   * says nothing after the name.
   */
  record NamedRetraction(String name, boolean nameAlone) {}

  /**
   * What the text opens by taking back by name; empty when it takes nothing back by name.
   * Japanese names the thing first and is not read.
   */
  Optional<NamedRetraction> withdrawsByName(String text) {
    Matcher m = WITHDRAWN_BY_NAME.get(this).matcher(text);
    return m.find()
        ? Optional.of(new NamedRetraction(m.group(1).strip(),
            text.substring(m.end()).replaceAll("[\\p{P}\\s]", "").isEmpty()))
        : Optional.empty();
  }

  /**
   * Whether the text reports what one did or tried and what came of it, or a reading ({@link
   * #TRIED}): "Called coolmaster refrigeration, earliest they can come is tomorrow 8am", "hab die
   * Batterien gewechselt, immer noch nichts", "j'ai changé les piles, toujours rien", "c'est fait,
   * tu peux réessayer", "llamé al técnico …", "troquei as pilhas …", "電池を交換しましたが…",
   * "Datalogger says first reading above 8 was 03:05", or a story told in the past ({@link
   * #NARRATED}: "Their courier rode with the truck, no idea whether he even looked at the
   * logger"). Not "we changed the policy".
   */
  boolean reportsWorkTried(String text) {
    return RegexPrefilter.find(TRIED.get(this), text) || RegexPrefilter.find(FIGURES_GIVEN, text)
        || RegexPrefilter.find(NARRATED.get(this), text);
  }

  /**
   * Figures given as they stand, in any language: a sentence that opens with a figure and a word
   * or two, then gives another figure ("1,318 orders, ~$9.4k under-collected", "41 on shift, 6 of
   * them the big vans", "18k visitors per arm, p=0.01 on take rate", "41 im Dienst, 6 davon …").
   * Not a figure with its condition ("45 min if we cut it out, 2 guys") nor a date picked ("17th,
   * the 10th clashes").
   */
  private static final Pattern FIGURES_GIVEN = p("^\\W*[~≈]?[$£€]?\\d[\\d,.]*[k%]?(?:\\s+|(?=[\\p{IsHan}\\p{IsKatakana}]))"
      + "(?![^,;、]*(?<!\\p{L})(?:if|once|wenn|falls|si|se)(?!\\p{L}))\\p{L}[^,;。、\\d]{0,30}[,;、][^\\d]{0,20}\\d");

  /** A time already past: the sentence tells a story ({@link #ANECDOTE}). */
  Pattern anecdote() {
    return ANECDOTE.get(this);
  }

  /** An approval reported as news ({@link #APPROVAL_REPORTED}). */
  Pattern approvalReported() {
    return APPROVAL_REPORTED.get(this);
  }

  /** What was said named a rule ({@link #RULE_AFFIRMED}). */
  Pattern ruleAffirmed() {
    return RULE_AFFIRMED.get(this);
  }

  /** A schedule or a scope put as a labelled line ({@link #SCHEDULE_LABEL}). */
  Pattern scheduleLabel() {
    return SCHEDULE_LABEL.get(this);
  }

  /** A rule given with its exception ({@link #EXCEPTION}). */
  Pattern exception() {
    return EXCEPTION.get(this);
  }

  /** A plan put as the conclusion ({@link #CONCLUDED}). */
  Pattern concluded() {
    return CONCLUDED.get(this);
  }

  /** A question about how things will work from now on ({@link #RULE_QUESTION}). */
  Pattern ruleQuestion() {
    return RULE_QUESTION.get(this);
  }

  /** The one answering saying it is not theirs to decide ({@link #DISOWNS}). */
  Pattern disowns() {
    return DISOWNS.get(this);
  }

  /** The one answering saying they may be wrong ({@link #UNSURE}). */
  Pattern unsure() {
    return UNSURE.get(this);
  }

  /**
   * Who a {@link #redirect()} sends the question to ("finance", "<@U7>", "Dana"), or null when
   * it names nobody: each language's redirect words capture the name in one of their groups.
   */
  static String askedOf(Matcher redirect) {
    for (int g = 1; g <= redirect.groupCount(); g++) {
      if (redirect.group(g) != null && !redirect.group(g).isBlank()) {
        return redirect.group(g).strip();
      }
    }
    return null;
  }

  /** How a choice is put and settled in this language. */
  Choices choices() {
    return ChoicesByLanguage.MAP.get(this);
  }

  boolean isEnglish() {
    return this == ENGLISH;
  }

  /**
   * Whether a sentence is a question: "?" at the end in any script, or, in Japanese, the
   * question particle か closing the sentence, softened or not (「…案どうですかね。」).
   */
  boolean isQuestion(String sentence) {
    String t = sentence.strip();
    if (t.endsWith("?") || t.endsWith("？") || RegexPrefilter.find(OR_NOT, t)
        || RegexPrefilter.find(ASKED_WITHOUT_MARK, t)) {
      return true;
    }
    return this == JAPANESE && (t.endsWith("か") || t.endsWith("か。")
        || RegexPrefilter.find(HOW_ABOUT_SOFTENED, t));
  }

  /** 「どうですかね」「いかがでしょうかね」「どうかな」: asking what the others think, softened. */
  private static final Pattern HOW_ABOUT_SOFTENED =
      Pattern.compile("(?:どう|いかが)(?:です|でしょう)?か[ねな][。]?$");

  /**
   * "Ok so what do i tell them today", "und was sagen wir den Kunden", "alors qu'est-ce qu'on leur
   * dit", "y qué les decimos", "e o que a gente fala pra eles": a question word, then the verb
   * before its subject or the group asking what it does, asks however chat leaves off the "?";
   * so does "should I cancel the bingo tomorrow", "sollen wir den Termin verschieben". Not "what
   * we do is …", a statement.
   */
  private static final Pattern ASKED_WITHOUT_MARK = Pattern.compile("(?iu)^\\W*(?:(?:ok(?:ay)?|so|and|but"
      + "|also|und|aber|alors|donc|et|mais|bon|y|pero|pues|e|mas|então)\\W+){0,2}"
      + "(?:what\\s+(?:do|should|shall|can)\\s+(?:i|we)\\s+(?:tell|say|do|answer|reply|write|send)\\b"
      + "|(?:should|shall)\\s+(?:i|we)\\s+\\p{L}|(?:sollen|soll)\\s+(?:wir|ich)\\s+\\p{L}"
      + "|(?:was|wie|wer|wo|wann)\\s+(?:sagen|machen|sollen|soll|können|kann|müssen|muss)\\s+(?:wir|ich)\\b"
      // "wer hat das eigentlich freigegeben 🙈", "who approved a copy change …": who did it,
      // asked, the deed last in German; not "wer hat noch Urlaubstage … muss die nehmen", "wer
      // zu spät kommt, zahlt", "who signed off: maria", said of or to whoever did.
      + "|wer\\s+(?:hat|hatte)\\s+(?![^,;:]*\\b(?:bitte|mal|gerne?|muss|soll)\\b)[^,;:]*\\b\\p{L}*ge"
      + "\\p{L}+(?:t|en)[\\s\\p{So}!]*$"
      + "|who\\s+(?:approved|ok'?d|signed\\s+off\\s+on)\\b(?![^,;:]*\\b(?:pls|please|plz|doesn'?t"
      + "|don'?t|matter|gets?)\\b)[^,;:]*$"
      + "|(?:qu'est-ce\\s+qu'on|qu'est-ce\\s+que\\s+je|comment\\s+on|qu'on)\\s+(?:leur\\s+|lui\\s+)?(?:dit|fait|répond)\\b"
      + "|(?:qué|cómo)\\s+(?:les\\s+|le\\s+|lo\\s+)?(?:decimos|hacemos|respondemos|digo|hago)\\b"
      + "|(?:o\\s+que|como)\\s+(?:a\\s+gente\\s+)?(?:fala|faz|responde|falamos|fazemos|digo|faço)\\b)"
      + "[^.!]*$");

  /**
   * Whether the sentence opens with a memory ("i remember we had a feedback form in the 4.0 beta",
   * "je me souviens qu'une autrice avait refusé", "ich erinnere mich, dass …", "recuerdo que …",
   * "eu lembro que …", "前に…を覚えてる"), in any of the cue languages: a memory shared answers no
   * question and takes nothing on, though its verb is in the first person and the present.
   */
  static boolean recalls(String text) {
    return RegexPrefilter.find(RECALLS, text);
  }

  private static final Pattern RECALLS = Pattern.compile("(?iu)^\\W*(?:i\\s+remember|i\\s+recall"
      + "|je\\s+me\\s+(?:souviens|rappelle)|ich\\s+erinnere\\s+mich|ich\\s+weiß\\s+noch(?!\\s+nicht)"
      + "|recuerdo|me\\s+acuerdo)\\b"
      // "eu lembro ele amanhã" reminds someone: a memory is of something, or that something was.
      + "|^\\W*(?:eu\\s+)?(?:me\\s+)?(?:lembro|recordo)\\s+(?:que|de|d[oa]s?|quando|disso)\\b"
      + "|覚えて(?:る|います)|記憶では");

  /**
   * Whether the sentence floats an idea and ends on a laugh ("could we release FV4 as is and call
   * it a rustic batch lol", "what if we just unplug it haha", "on pourrait tout repeindre en rose
   * mdr", "¿y si lo vendemos como vintage? jaja", "a gente podia vender como vintage kkkk"): said
   * as a joke, it proposes nothing. A plan said with a laugh after it ("from now on the terminal
   * stays on the cable, I'm taping it down lol") still stands.
   */
  static boolean jokes(String text) {
    // The idea first: its words are looked for before its pattern is tried, while the laugh's
    // pattern has none to look for and is tried at every position of the text.
    return RegexPrefilter.find(IDEA_FLOATED, text) && endsOnALaugh(text);
  }

  /** Whether the text ends on a laugh ("lol", "haha", "jajaja", "kkkk", "mdr", "笑"). */
  static boolean endsOnALaugh(String text) {
    return RegexPrefilter.find(LAUGH_AT_END, text);
  }

  private static final Pattern IDEA_FLOATED = Pattern.compile("(?iu)^\\W*(?:(?:ok|so|or|also|oder|alors|ou|o|e)\\W+)?"
      + "(?:could\\s+we|can\\s+we|what\\s+if|why\\s+don'?t\\s+we|how\\s+about|we\\s+could|maybe\\s+we|or\\s+we"
      + "|könnten\\s+wir|wir\\s+könnten|was\\s+wäre\\s+wenn|wie\\s+wäre\\s+es"
      + "|on\\s+pourrait|et\\s+si\\s+on|pourquoi\\s+pas"
      + "|podríamos|¿?\\s*y\\s+si|¿?\\s*por\\s+qué\\s+no"
      + "|(?:a\\s+gente\\s+)?podia|e\\s+se\\s+a\\s+gente|por\\s+que\\s+não)(?!\\p{L})");

  private static final Pattern LAUGH_AT_END = Pattern.compile("(?iu)(?:(?<!\\p{L})(?:lol|lmao|rofl|jk"
      + "|ha(?:ha)+|he(?:he)+|mdr|ja(?:ja)+|k{3,}|rsrs)|😂|🤣|:joy:|:laughing:|:rolling_on_the_floor_laughing:"
      + "|笑|[wｗ]{2,})[\\W_]*$");

  /** Small talk in this language (English has its own word list, {@link SmallTalk}). */
  boolean isSmallTalk(String sentence, java.util.List<String> words) {
    return smallTalk == null ? SmallTalk.isSmallTalk(sentence, words)
        : words.isEmpty() || RegexPrefilter.find(smallTalk, sentence);
  }
}

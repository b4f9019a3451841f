package dev.roundup.summarize;

import java.util.regex.Pattern;

/**
 * Which questions put a choice to the group: an options question ("Jira or Linear?") or a
 * question about what we may or should do ("can we still deploy the marketing site?"), as
 * opposed to a question asking what, who or why, or asking someone to do something. Only a choice
 * can be settled by an answer, an agreement or a closing line.
 */
final class ChoiceQuestions {

  /** A question asking what to do, not proposing something: agreement cannot settle it. */
  static final Pattern OPEN_QUESTION = Pattern.compile(
      "(?iu)^\\W*(?:who|what|when|where|why|how|which|wer|was|wann|wo|warum|wie|welche"
          + "|qui|que|quoi|quand|où|pourquoi|comment|quel|quién|qué|cuándo|dónde|por\\s+qué"
          + "|cómo|cuál|quem|quando|onde|porque|como|qual)\\b|\\bor\\b|\\boder\\b|\\bou\\b"
          + "|\\bo\\b|誰|何|いつ|どこ|なぜ|どう|どれ");
  /** "Can you …?", "So the producer deployed first?": asks for a deed or a fact, not a plan. */
  static final Pattern REQUEST_QUESTION = Pattern.compile(
      // "great, can you have mobile by the 9th?": thanks or praise first, then the request.
      "(?iu)^\\W*(?:(?:ok(?:ay)?|great|cool|perfect|nice|thanks|alright)[\\s,!.]+)?"
          + "(?:(?:can|could|would|will)\\s+(?:you|someone|anyone)|so\\b|anyone|any\\b"
          + "|(?:kannst|könntest)\\s+du|(?:tu\\s+peux|peux-tu)|(?:puedes|podrías)|(?:pode|podes))\\b");

  /** "and if the author is in another tz?", "¿y si…?", "et si…": a case put, not a plan. */
  private static final Pattern HYPOTHETICAL = Pattern.compile(
      "(?iu)^\\W*(?:(?:and|but|und|et|y|e)\\s+)?(?:if|wenn|falls|si|se)\\b|\\bwhat\\s+if\\b"
          + "|\\bwas\\s+wäre\\s+wenn\\b|\\bet\\s+si\\b|\\by\\s+si\\b|\\be\\s+se\\b|場合");

  /** Mentions that open a question: whom it is put to. */
  private static final Pattern LEADING_MENTIONS =
      Pattern.compile("^(?:\\s*<@[UW][A-Z0-9]+(?:\\|[^>]*)?>[\\s,:]*)+");

  private ChoiceQuestions() {}

  static boolean isOptionsQuestion(PreparedConversation c, Sentence q) {
    Choices choices = c.cues().choices();
    return q.isQuestion() && RegexPrefilter.find(choices.options(), q.text())
        && !RegexPrefilter.find(choices.factual(), q.text()) && !c.cues().isDeferral(q.text())
        && !asksTheAskerWhichIsMeant(c, q);
  }

  /**
   * "le registre ne se met plus à jour, c'est normal ?" — "t'es sur quel poste ? accueil ou salle
   * de soins ?"; "which one is right?" — "which dashboard, the looker one or the old metabase
   * one?": options put back, in the thread, to whoever opened it with a question that is no
   * choice, and answered by them, ask which thing or place is meant; the answer is a fact for the
   * help given, not a choice of the group. Not "should we move the offsite?" — "Lisbon or
   * Porto?", nor "I propose we move to Outline. Thoughts?" — "everything or clean up first?": the
   * thread opened on a choice already.
   */
  private static boolean asksTheAskerWhichIsMeant(PreparedConversation c, Sentence q) {
    int root = c.scopeStart(q.messageIndex());
    String opener = c.messages().get(root).user();
    if (root == q.messageIndex() || opener == null || opener.equals(q.user())) {
      return false;
    }
    int answer = c.firstOtherVoice(q.messageIndex(), 2);
    if (answer < 0 || !opener.equals(c.messages().get(answer).user())
        || c.model().act(root) == ConversationModel.Act.PROPOSAL) {
      return false;
    }
    boolean asked = false;
    for (Sentence s : c.sentencesOf(root)) {
      if (s.isQuestion()) {
        if (isChoiceQuestion(c, s) || isPlanQuestion(c, s)
            || RegexPrefilter.find(c.cues().choices().objectionCall(), s.text())) {
          return false;
        }
        asked = true;
      }
    }
    return asked;
  }

  /** An options question or a question about what we may or should do. */
  static boolean isChoiceQuestion(PreparedConversation c, Sentence q) {
    return isOptionsQuestion(c, q) || isActionQuestion(c, q);
  }

  /**
   * "when do we resume the rollout?", "do we keep develop?", "what about the docs cleanup?", "and
   * time off in lieu after a night page?": a question about how the plan goes on, put to the
   * group rather than asked of someone or put off. A sentence's text is already plain (a mention
   * reads "@ana"): "<@ana> when do we…?" is refused because most plan patterns are anchored at the
   * start (not "… too?"), and the '<' test below only refuses a literal "<" ("&lt;" in Slack's
   * text).
   */
  static boolean isPlanQuestion(PreparedConversation c, Sentence q) {
    if (!q.isQuestion()) {
      return false;
    }
    String asked = q.text();
    // "What about the translations, are they in by Tuesday?" asks what is; "and if the author is
    // in another tz?" puts a case, not a plan.
    // "how many buses were fueled from tank B last night?", "wie viele Bestellungen kamen
    // gestern rein?", "¿cuántos pedidos entraron ayer?", "昨日は何件ありましたか？": a question
    // that names a time already past ({@link Cues#anecdote()}) asks what happened, and its answer
    // is a figure reported, not how the plan goes on.
    if (RegexPrefilter.find(c.cues().anecdote(), q.text())) {
      return false;
    }
    int comma = asked.indexOf(',');
    Choices choices = c.cues().choices();
    if (comma > 0 && RegexPrefilter.find(choices.factual(), asked.substring(comma + 1))
        || RegexPrefilter.find(HYPOTHETICAL, asked)) {
      return false;
    }
    return (RegexPrefilter.find(c.cues().planQuestion(), asked)
        || RegexPrefilter.find(c.cues().ruleQuestion(), asked)) && asked.indexOf('<') < 0
        && !RegexPrefilter.find(c.cues().request(), asked)
        && !RegexPrefilter.find(REQUEST_QUESTION, asked) && !c.cues().isDeferral(asked);
  }

  /**
   * "shout if you disagree", 「異論あればどうぞ」: a sentence that only calls for objections to the
   * plan said before it, with no words of the plan itself ("standup moves to 9:30 from monday,
   * shout if you disagree" has the plan; its wording is what gets agreed).
   */
  static boolean onlyCallsForObjections(PreparedConversation c, Sentence s) {
    Pattern call = c.cues().choices().objectionCall();
    if (!RegexPrefilter.find(call, s.text())) {
      return false;
    }
    // What is left once the call, mentions and words said to the group are taken out: "<!here>
    // shout if you disagree", "folks, shout if you disagree", 「チームの皆さん、異論あればどうぞ」 leave
    // nothing of a plan.
    String rest = ADDRESS.matcher(call.matcher(s.text()).replaceAll(" ")).replaceAll(" ");
    TextAnalysis analysis = TextAnalysis.of(c.language());
    return analysis.terms(rest).size() < PLAN_TERMS;
  }

  /** Fewer content words than this beside a call for objections say no plan. */
  private static final int PLAN_TERMS = 2;

  /** Mentions, and the words that only address the group or soften the call. */
  private static final Pattern ADDRESS = Pattern.compile("(?iu)<[^>]*>|(?<!\\p{L})(?:please|pls|plz"
      + "|folks|team|all|everyone|everybody|guys|y'?all|anyway|as\\s+always|bitte|leute|alle|zusammen"
      + "|merci|tous|tout\\s+le\\s+monde|équipe|por\\s+favor|gente|equipo|equipe|todos|pessoal)(?!\\p{L})"
      + "|チーム|皆さん|みなさん|皆様|みんな");

  /**
   * "Can we still deploy the marketing site?", "<@nadia> ok to enable report_tz for Brightwell?":
   * a yes/no question about what we may or should do, put to everyone or, with a leading
   * mention, to the one who may say so. A mention anywhere else ("can we ask <@ana>…?") makes
   * it a request.
   */
  static boolean isActionQuestion(PreparedConversation c, Sentence q) {
    if (!q.isQuestion()) {
      return false;
    }
    String asked = LEADING_MENTIONS.matcher(q.text()).replaceFirst("");
    return RegexPrefilter.find(c.cues().choices().actionQuestion(), asked)
        && !RegexPrefilter.find(OPEN_QUESTION, asked) && asked.indexOf('<') < 0
        && !RegexPrefilter.find(c.cues().request(), asked)
        && !RegexPrefilter.find(REQUEST_QUESTION, asked);
  }
}

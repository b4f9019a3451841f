package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks given to someone named: a request to a mentioned person ("<@U2> can you …", "can you …
 * <@U2>?"), to a participant addressed by name ("Bo, can you check…", "bo can you check…", "i'll
 * draft it, bo can you check it?"), or an assignment ("Ana will update the runbook", "Lars
 * übernimmt die Migration"), or a bare imperative after a mention or a name that the one called
 * answers next by agreeing or taking it on ("<@sam> write up the timeline pls" — "yep": {@link
 * #bareImperative}). The person named owns it, unless they answer first with a plain no.
 */
final class RequestsToSomeone {

  private static final String M = SlackText.USER.pattern();
  private static final Pattern REQUEST_THEN_MENTION = Pattern.compile(
      "(?i)^\\W*(?:(?:can|could|would)\\s+you\\s+(?:please\\s+)?|please\\s+).+" + M);
  /**
   * A name (group 1) opening the sentence or a clause, and what parts it from the words after it
   * (group 2, looked ahead, so that a comma after a first word can still open the next clause:
   * "ok, sam can you …").
   */
  private static final Pattern ADDRESSED = Pattern.compile(
      "(?:^[^\\p{L}]*|[,;]\\s*)(\\p{L}[\\p{L}'’-]*)(?=(\\s*,\\s*|\\s+))");
  /**
   * Without a comma after the name, only words put to "you" make a request: "may need to find
   * another venue" is no request to May, "sam can you check it?" is one to Sam.
   */
  private static final Pattern REQUEST_TO_YOU = Pattern.compile("(?iu)(?:(?:can|could|would|will)"
      + "\\s+you|please|pls|(?:kannst|könntest)\\s+du|tu\\s+peux|peux-tu|pourrais-tu|puedes|podrías"
      + "|pode|podes|consegue)(?!\\p{L})");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A mention followed by the language's request words, compiled once per language. */
  private static final Map<Cues, Pattern> MENTION_REQUESTS = new ConcurrentHashMap<>();
  /** "takes", "owns", "handles", "is on" after the name: the verb of the task itself. */
  private static final Pattern OWNING = Pattern.compile("\\s+(?:takes|owns|handles|is\\s+on)\\s");

  /**
   * Verbs of a task said in the third person when it is handed out: "ken writes the script",
   * "jenny calls each candidate personally". Not verbs of habit, role or judgement ("ken runs
   * late", "dana leads the platform team", "jenny calls in sick", "dana thinks").
   */
  static final String TASK_VERBS = "writes|drafts|calls(?!\\s+(?:in|it|out)\\b)|rings|emails|texts"
      + "|sends|books|checks|reviews|updates|fixes|orders|preps|prepares|collects|contacts|tells"
      + "|briefs|chases|sorts|files|posts|pulls|phones|schedules|confirms|organises|organizes"
      + "|picks\\s+up|sets\\s+up|follows\\s+up|reaches\\s+out";

  /** A verb of {@link #TASK_VERBS} opening what follows a name (group 1). */
  private static final Pattern DOES_TASK = Pattern.compile("\\s+(" + TASK_VERBS + ")\\s");

  /** A third-person verb in the imperative: "writes" → "write", "fixes" → "fix". */
  private static String imperative(String verb) {
    String[] words = verb.split("\\s+", 2);
    String w = words[0].matches(".*(?:x|ch|sh|ss)es") ? words[0].substring(0, words[0].length() - 2)
        : words[0].substring(0, words[0].length() - 1);
    return words.length > 1 ? w + " " + words[1] : w;
  }


  /**
   * "<@carolina> pode aprovar?", "can you approve?", "kannst du das freigeben?": asking the one
   * who may decide for the decision. Their answer is the decision; nothing is left for them to
   * do.
   */
  private static final Pattern APPROVAL_ONLY = Pattern.compile("(?iu)^[^\\p{L}]*(?:(?:pode|podes"
      + "|puedes|podrías|kannst\\s+du|könntest\\s+du|tu\\s+peux|peux-tu|can\\s+you|could\\s+you)\\s+)?"
      + "(?:(?:please|bitte|por\\s+favor|s'il\\s+te\\s+plaît)\\s+)?(?:(?:das|es|ça|le|lo|la|o)\\s+)?"
      + "(?:approve|sign\\s+off(?:\\s+on)?|give\\s+(?:the\\s+|your\\s+)?(?:ok|okay|go-ahead|green\\s+light)"
      + "|aprovar|aprobar(?:lo|la)?|approuver|valider|freigeben|genehmigen|abnicken|承認)"
      + "(?:\\s+(?:it|this|that|isso|isto|esto|eso|ça|das|es))?[^\\p{L}]*$|^[^\\p{L}]*承認(?:を)?お願いします");

  private RequestsToSomeone() {}

  /** A request to a mentioned or named person, unless all it asks for is their approval. */
  static Optional<ActionCandidate> request(PreparedConversation c, Sentence s) {
    return requestToMention(c, s)
        .filter(r -> !RegexPrefilter.find(APPROVAL_ONLY, r.item.text()))
        .filter(r -> !turnedDown(c, r.item.owner(), s.messageIndex()));
  }

  /**
   * "tariq can you adapt the rubric?" — "no, not this week, I'm out": the one asked answers
   * first with a no, and the request is no task of theirs.
   */
  private static boolean turnedDown(PreparedConversation c, String owner, int asked) {
    int r = c.firstBy(asked, owner, 2);
    if (r < 0) {
      return false;
    }
    // "Feb 10 is tight but ok" reads as a refusal too: only a plain no turns it down ("no
    // problem, on it" is no no). "no remote access on that relay, i'll drive out" turns it down
    // and takes on something else.
    String reply = c.plainText(r);
    return c.model().act(r) == ConversationModel.Act.REFUSAL
        && RegexPrefilter.find(ReplyWords.of(c.cues()).no(), reply)
        && !RegexPrefilter.find(c.cues().agreement(), reply);
  }

  private static Optional<ActionCandidate> requestToMention(PreparedConversation c, Sentence s) {
    if (s.text().indexOf('<') < 0) {
      return requestByName(c, s).or(() -> bareImperative(c, s));
    }
    Matcher m = MENTION_REQUESTS.computeIfAbsent(c.cues(),
        cues -> Pattern.compile(M + cues.mentionRequest().pattern())).matcher(s.text());
    if (m.find()) {
      return Optional.of(ActionCandidate.of(m.group(1),
          TaskWording.phrase(c, s.text().substring(m.start())), s, Kind.REQUEST));
    }
    Optional<ActionCandidate> bare = bareImperative(c, s);
    if (bare.isPresent()) {
      return bare;
    }
    Matcher late = REQUEST_THEN_MENTION.matcher(s.text());
    if (c.cues().isEnglish() && late.find()) {
      String text = SPACES.matcher(s.text().replace("<@" + late.group(1) + ">", " "))
          .replaceAll(" ");
      return Optional.of(ActionCandidate.of(late.group(1), TaskWording.phrase(c, text), s,
          Kind.REQUEST));
    }
    return Optional.empty();
  }

  /**
   * "<@sam> write up the timeline for thursday's debrief pls" — "yep", "<@lotte> withdraw the
   * delay message" — ":+1:", "<@ole> Kran danach freigeben" — "mach ich", "ravi set that up on the
   * entry system" — "will do by friday": a bare imperative after a mention or a participant's name
   * opening the sentence is a request when the one called answers it next, agreeing or taking it
   * on. Near misses: a statement about them ("<@sam> is out today", "<@ole> hat das
   * schon gemacht"), a question, or one they do not answer so.
   */
  private static Optional<ActionCandidate> bareImperative(PreparedConversation c, Sentence s) {
    if (s.isQuestion() || s.terms().size() < 2 || RegexPrefilter.find(APPROVAL_ASKED, s.text())) {
      return Optional.empty();
    }
    Matcher m = BARE_AFTER_MENTION.matcher(s.text());
    String owner;
    if (m.lookingAt()) {
      owner = m.group(1);
    } else {
      m = AcceptedRequests.LEADING_NAME.matcher(s.text());
      owner = m.lookingAt()
          ? AcceptedRequests.askedByLeadingName(c, m, s.text().substring(m.end())) : null;
    }
    // "lucía no seas mala jajaja": said with a laugh, it asks nothing (asked only of a sentence
    // that opens with a name or a mention: the laugh's pattern is tried at every position of the
    // text). "kwame owns it", "<@sam> knows the old setup best", "Tobias schreibt den Dienstplan",
    // "Omar, from tonight every piece gets a second check": what they do, or a rule told to them,
    // not an imperative, after a name or a mention alike.
    if (owner == null || Cues.endsOnALaugh(s.text())
        || toldAboutThem(c.cues(), s.text().substring(m.end()))) {
      return Optional.empty();
    }
    if (owner.equals(s.user()) || RegexPrefilter.find(c.cues().done(), s.text())) {
      return Optional.empty();
    }
    int r = c.firstBy(s.messageIndex(), owner, 2);
    ConversationModel.Act act = r < 0 ? null : c.model().act(r);
    if (act != ConversationModel.Act.AGREEMENT && act != ConversationModel.Act.COMMITMENT) {
      return Optional.empty();
    }
    return Optional.of(ActionCandidate.of(owner,
        TaskWording.phrase(c, s.text().substring(m.end())), s, Kind.REQUEST));
  }

  /** Asking for an approval or an ok, which leaves the one asked nothing to do but answer. */
  private static final Pattern APPROVAL_ASKED = Pattern.compile(
      "(?iu)\\b(?:approval|approve|sign-?off|your\\s+ok|freigabe|validation|aprobación|aprovação)\\b|承認");

  /**
   * After a participant's name, a word of time or place opens a rule told to them ("Omar, from
   * tonight every embargoed piece gets a second check"), not an imperative.
   */
  private static final Pattern TOLD_TO_THEM = Pattern.compile("(?iu)[^\\p{L}]*(?:from|until"
      + "|starting|today|tomorrow|tonight|for|on|in|at|after|before|then|so|ab|bis|heute|morgen"
      + "|dès|à\\s+partir|desde|a\\s+partir|hoy|mañana|hoje|amanhã)(?!\\p{L})");
  /** "kwame owns it": an English verb in the third person, not "pls", "focus", "discuss". */
  private static final Pattern ENGLISH_THIRD_PERSON = Pattern.compile(
      "(?iu)[^\\p{L}]*(?!(?:pls|plz|focus|always|thus|plus)(?!\\p{L}))\\p{L}*[^\\Ws]s(?!\\p{L})");
  /** "Tobias schreibt …", not "Tobias, schreib …" nor "Tobias jetzt bitte …": German's third person. */
  private static final Pattern GERMAN_THIRD_PERSON = Pattern.compile(
      "(?iu)[^\\p{L}]*(?!(?:jetzt|nicht|erst|direkt|sofort|heut)(?!\\p{L}))\\p{L}+t(?!\\p{L})");

  /**
   * Whether what follows a name or a mention is a statement about them ({@link #NOT_IMPERATIVE}),
   * says what they do in the third person, or is a rule told to them.
   */
  private static boolean toldAboutThem(Cues cues, String rest) {
    return NOT_IMPERATIVE.matcher(rest).lookingAt() || toldARule(rest)
        || cues.isEnglish() && ENGLISH_THIRD_PERSON.matcher(rest).lookingAt()
        || cues == Cues.GERMAN && GERMAN_THIRD_PERSON.matcher(rest).lookingAt();
  }

  /**
   * Whether what follows a participant's name opens with a word of time or place: a rule told to
   * them ({@link #TOLD_TO_THEM}).
   */
  static boolean toldARule(String rest) {
    return TOLD_TO_THEM.matcher(rest).lookingAt();
  }

  /** A mention opening the sentence (group 1: the user id), before what is said to them. */
  private static final Pattern BARE_AFTER_MENTION =
      Pattern.compile("^\\W*<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>[\\s,:]*");
  /**
   * What opens a statement about the one mentioned, not a request to them: a verb of being,
   * having or saying, a modal, a conjunction, in the cue languages.
   */
  private static final Pattern NOT_IMPERATIVE = Pattern.compile("(?iu)\\W*(?:is|was|were|has|had|"
      + "you|you're|your|i|i'm|we|need|needs|here|there|this|that|fyi|thanks|thx|sorry|"
      + "du|dein|ich|wir|danke|tu|ton|je|nous|merci|tú|tu|yo|nosotros|gracias|você|eu|nós|obrigad[oa]|"
      + "and|or|said|says|thinks|did|does|can|could|would|should|might|may|will|'s|and|also|too"
      + "|ist|war|hat|hatte|und|oder|sagt|kann|wird|est|était|a|et|ou|dit|peut|va|es|está|era|ha"
      + "|y|o|dice|puede|va|é|tem|foi|e|ou|diz|pode|vai|tb|também|already|just|schon|déjà|ya|já"
      // "kyle it's not about blame, but …": a word said to them about something else.
      + "|it|it's|its|they|they're|he|she|he's|she's|we're|nobody|everyone|no\\s+one"
      // "<@U6> deployed the hotfix this morning": what they did, told.
      + "|\\p{L}{2,}(?<!ne|fe|spe)ed)(?!\\p{L})|[はがもの]");

  /**
   * "Ana will update the runbook", "Lars übernimmt die Migration": a task given to a participant
   * by name or mention, owned by them.
   */
  static Optional<ActionCandidate> assigned(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    if (s.isQuestion() || !RegexPrefilter.of(cues.assigned()).mayMatch(s.text())) {
      return Optional.empty();
    }
    Matcher m = cues.assigned().matcher(s.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String who = m.group(1);
    List<String> mentioned = SlackText.userIds(who);
    String owner = !mentioned.isEmpty() ? mentioned.get(0) : c.userNamed(who);
    if (owner == null) {
      return Optional.empty();
    }
    // "Ana will update the runbook": the task after "will"; "nkem owns graphics then": owning or
    // taking is the task itself, kept with what is owned.
    String after = s.text().substring(m.end(1));
    Matcher does = DOES_TASK.matcher(after);
    // "ken writes the script": the verb in the imperative. "…, i'll review it" is the speaker's.
    String task = !cues.isEnglish() ? s.text().substring(m.start(1))
        : OwnTaskBesideRequest.withoutOwnClauseAfter(OWNING.matcher(after).lookingAt()
            ? after.strip()
            : does.lookingAt() ? imperative(does.group(1)) + " " + after.substring(does.end())
            : s.text().substring(m.end()));
    return Optional.of(ActionCandidate.of(owner, TaskWording.phrase(c, task), s, Kind.REQUEST));
  }

  /**
   * "Bo, can you check…", "bo can you check…", "ok, bo can you check…": a request to a participant
   * addressed by name rather than mention, at the start of the sentence or of a clause.
   */
  private static Optional<ActionCandidate> requestByName(PreparedConversation c, Sentence s) {
    String text = s.text();
    Matcher named = ADDRESSED.matcher(text);
    int from = 0;
    while (from < text.length() && named.find(from)) {
      from = named.end(1);
      String owner = AcceptedRequests.participantNamed(c, named.group(1));
      if (owner == null || owner.equals(s.user())) {
        continue;
      }
      String rest = text.substring(named.end(1) + named.group(2).length());
      Matcher request = c.cues().mentionRequest().matcher(rest);
      if (request.lookingAt() && request.end() > 0
          && (named.group(2).indexOf(',') >= 0 || REQUEST_TO_YOU.matcher(rest).lookingAt())) {
        return Optional.of(ActionCandidate.of(owner, TaskWording.phrase(c, rest), s, Kind.REQUEST));
      }
    }
    return Optional.empty();
  }
}

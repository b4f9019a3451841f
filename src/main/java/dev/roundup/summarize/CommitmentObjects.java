package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a commitment that names no object of its own ("I'll do it", "me, happy to", "I'll ping
 * them") took on: the who-question it answers, the statement just before it, or the request it
 * accepts. Without one of those it is no item. A bare taking that accepts no request ("mach
 * ich", "deixa comigo") is read last, by {@link BareTakings}.
 */
final class CommitmentObjects {

  /** A who-question, also after a lead-in ("late to this — who's cutting the branch?"). */
  static final Pattern WHO = Pattern.compile(
      "(?iu)(?:^|[—–:]\\s*)\\W*(?:(?:ok(?:ay)?|and|so|alright|cool|btw|und|also|et|alors|bon|y|vale"
      + "|bueno|e|então|beleza)[\\s,]+)*(?:who|wer|qui|quién|quem)\\b|誰が");
  /** Words an English who-question may open with: "ok, so who …", "btw who …". */
  static final String ENGLISH_LEAD_IN = "(?:(?:ok(?:ay)?|and|so|alright|cool|btw)[\\s,]+)*";
  /** "who sets up the PagerDuty schedule": a who-question even without its question mark. */
  private static final Pattern OPENS_WITH_WHO = Pattern.compile(
      "(?iu)^\\W*" + ENGLISH_LEAD_IN + "(?:who|wer|qui|quién|quem)(?:'s|’s)?\\s+\\p{L}");
  /** "who made the gist?", "who broke the build?", "who did the last rotation?": asked of the past. */
  private static final Pattern WHO_DID = Pattern.compile("(?i)\\bwho\\s+"
      // "who was going to book the minibus", "who volunteered for the booth": who meant to, whose
      // task it still is.
      + "(?!(?:wanted|volunteered|offered|agreed|signed|promised|planned|intended|was\\s+going"
      + "|was\\s+supposed|was\\s+meant|had\\s+to)\\b)(?:\\p{L}+ed|made|did|wrote"
      + "|broke|sent|took|put|ran|left|set|forgot|told|gave|said|was|had)\\b");
  /** "Do it", "take that", "handle it": a task named only by a pronoun, English. */
  private static final Pattern DO_IT = Pattern.compile(
      "(?i)^\\W*(?:do|take|handle|sort|cover)\\s+(?:it|that|this|them)\\b\\W*");
  static final Pattern PRONOUN_OBJECT = Pattern.compile(
      "(?i)^\\W*(?:\\w+\\s+){0,2}(?:that|this|it|them|him|her|those|these)\\b");
  private static final Pattern FINAL_STOP = Pattern.compile("[.!]+$");
  /** "I'll write the copy", "I will send it": a speaker's own commitment. */
  private static final Pattern OWN_COMMITMENT = Pattern.compile(
      "(?i)^\\W*I(?:'ll|’ll|\\s+will|\\s+can|\\s+am\\s+going\\s+to)\\s+\\p{L}");
  /** "it", "that", "das", "ça", "eso", "isso", "それ": an object said elsewhere. */
  private static final Pattern IT = Pattern.compile("(?iu)(?<!\\p{L})(?:it|that|this|them"
      + "|those|these|das|dies|es|ça|cela|lo|la|eso|esto|isso|isto|o)(?!\\p{L})|それ|これ");
  private static final Pattern TAKES_IT = Pattern.compile("(?i)\\bI(?:'ll|’ll|\\s+will|\\s+can)"
      + "\\s+(?:own|take|do|handle|grab)\\s+(?:it|that|this|them)\\b");
  /** "flaky tests — I'll take it": the thing named before a dash or colon, then the taking. */
  private static final Pattern NAMED_FIRST = Pattern.compile(
      "(?i)^\\W*([^—–:]{3,60}?)\\s*[—–:]\\s*(?:ok,?\\s+)?I(?:'ll|’ll|\\s+will|\\s+can)\\b");
  /**
   * "ask in #billing", "check with legal", "frage in #finance nach", "je demande à la compta",
   * "pregunto en #billing", "pergunto no #financeiro", "経理に聞いてみます": taking a question
   * somewhere to be answered.
   */
  private static final Pattern ASKING_ON = Pattern.compile("(?iu)^\\W*(?:ask|check\\s+with|raise\\s+it"
      + "|frag|nachfrag|demande|pose\\s+la\\s+question|pregunt|consult|pergunt)\\p{L}*\\b"
      + "|(?:に|で)(?:聞いて|確認して|質問して)");
  /** "yes i'll try", "I'll see", "do my best": no verb of the work itself. */
  private static final Pattern ONLY_TRYING = Pattern.compile("(?i)^\\W*(?:try|see|do\\s+my\\s+best"
      + "|look|check|think)\\b");
  /** Messages back in which a question may be what "I'll ask in #billing" takes on. */
  private static final int ASKED_WITHIN = 3;
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s—–:,;?？.!-]+$");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s—–:,;-]+");

  private CommitmentObjects() {}

  /**
   * The candidate, if it names its object or gets one from what it answers; empty when it has
   * lost its object.
   */
  static Optional<ActionCandidate> resolved(PreparedConversation c, Sentence s,
      List<ActionCandidate> found, ActionCandidate candidate) {
    // "I'll look into it, no promises": words enough, but "it" is said elsewhere.
    boolean object = TaskWording.hasObject(c, candidate.item.text());
    Optional<ActionCandidate> resolved =
        object && !RegexPrefilter.find(PRONOUN_OBJECT, candidate.item.text())
            ? Optional.of(candidate)
            : answeringWho(c, candidate).or(() -> objectSaidBefore(c, s, candidate))
                .or(() -> acceptingRequest(c, found, candidate))
                .or(() -> requestAboutWhatWasSaid(c, s, candidate))
                .or(() -> askingOnAQuestion(c, candidate))
                .or(() -> yesToWhatTheyWereAsked(c, candidate))
                .or(() -> object ? Optional.of(candidate) : Optional.empty());
    // A bare "mach ich" is read last; the steps above that found an object leave none.
    return resolved.flatMap(r -> BareTakings.isOne(r) && acceptingRequest(c, found, r).isEmpty()
        ? BareTakings.read(c, found, r) : Optional.of(r));
  }

  /**
   * "any chance they give some of it back?" … "can you ask them?" — "yes i'll email her today":
   * a yes to a request put to the speaker just before, said with a verb of its own, is that
   * request taken on, though neither names its object.
   */
  private static Optional<ActionCandidate> yesToWhatTheyWereAsked(PreparedConversation c,
      ActionCandidate candidate) {
    if (candidate.kind != Kind.COMMITMENT || candidate.item.owner() == null
        || Terms.content(candidate.item.text()).isEmpty()
        || RegexPrefilter.find(ONLY_TRYING, candidate.item.text())
        || !RegexPrefilter.find(ReplyWords.of(c.cues()).yes(), c.plainText(candidate.messageIndex))) {
      return Optional.empty();
    }
    return BareTakings.saidJustBefore(c, candidate)
        .anyMatch(q -> q.isQuestion() && RegexPrefilter.find(c.cues().request(), q.text()))
        ? Optional.of(candidate) : Optional.empty();
  }

  /**
   * "Who applies for the program?" — "I'll apply today": a commitment without its object that
   * answers a who-question takes its object from the question. So does one after a non-answer
   * to it, even from whoever asked: "¿quién llama al ayuntamiento?" — "ni idea de a quién hay
   * que llamar" — "ya llamo yo mañana"; "who calls the council?" — "no idea" — "I'll call them
   * tomorrow then". Not across a reply that answers ("who calls them?" — "Lucía does" — "I'll
   * call tomorrow" names no task of the question's).
   */
  private static Optional<ActionCandidate> answeringWho(PreparedConversation c,
      ActionCandidate candidate) {
    if (candidate.kind != Kind.COMMITMENT) {
      return Optional.empty();
    }
    List<Integer> before = c.preceding(candidate.messageIndex, 2);
    for (int n = 0; n < before.size(); n++) {
      int i = before.get(n);
      // The message just before may be someone else's non-answer to the question before it.
      boolean afterNonAnswer = n == 1 && !java.util.Objects.equals(
          c.messages().get(before.get(0)).user(), candidate.item.owner())
          && RegexPrefilter.find(c.cues().nonAnswer(), c.plainText(before.get(0)));
      if (n == 1 && !afterNonAnswer) {
        break;
      }
      Sentence last = askedLast(c, c.sentencesOf(i));
      if (last != null && (last.isQuestion() && RegexPrefilter.find(WHO, last.text())
          || RegexPrefilter.find(OPENS_WITH_WHO, last.text()))
          && (afterNonAnswer
              || !java.util.Objects.equals(c.messages().get(i).user(), candidate.item.owner()))) {
        ActionItem item = candidate.item;
        // "who's updating the runbook?" — "I'll do it", "me, by friday", "i'll do it tomorrow":
        // the task in the question's words, when the answer names no more than when.
        String said = DO_IT.matcher(item.text()).replaceFirst("");
        boolean onlyWhen = said.isBlank() || item.due() != null
            && said.replaceAll("\\W+", " ").trim()
                .equalsIgnoreCase(item.due().replaceAll("\\W+", " ").trim());
        candidate.item = new ActionItem(item.owner(), onlyWhen
            ? RepliesTakingItOn.taskAskedBy(c, i)
                .orElse(RepliesTakingItOn.taskOfAnyVerb(last.text()))
            : item.text() + " — " + last.text(), item.due(), item.sources());
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Whether a who-question asks who did something already: "who made the gist?". */
  static boolean asksWhoDid(String question) {
    return RegexPrefilter.find(WHO_DID, question);
  }

  /**
   * The message's last sentence, or its last question when only statements follow it: "who signs
   * off the callout? it's out of hours rate" asks who, and says why. Not a question who did
   * something already ("who made the gist? not blaming"): the one who did it owns nothing to do.
   * Nor past a question typed without its mark ("who signs off? do we need CMO approval").
   */
  private static Sentence askedLast(PreparedConversation c, List<Sentence> said) {
    for (int k = said.size() - 1; k >= 0; k--) {
      Sentence s = said.get(k);
      if (!s.isQuestion() && RegexPrefilter.find(c.cues().yesNoQuestion(), s.text())) {
        break;
      }
      if (s.isQuestion()) {
        return k == said.size() - 1 || !asksWhoDid(s.text()) ? s
            : said.get(said.size() - 1);
      }
    }
    return said.isEmpty() ? null : said.get(said.size() - 1);
  }

  /**
   * "would they get a prorated refund?" — "no idea, maybe billing knows" — "ok I'll ask in
   * #billing": taking a question somewhere, without saying what, is asking that question there.
   * The question stays open ({@link OpenQuestionDetector}); asking it is the speaker's task.
   */
  private static Optional<ActionCandidate> askingOnAQuestion(PreparedConversation c,
      ActionCandidate candidate) {
    if (candidate.kind != Kind.COMMITMENT
        || !RegexPrefilter.find(ASKING_ON, candidate.item.text())) {
      return Optional.empty();
    }
    for (int i : c.preceding(candidate.messageIndex, ASKED_WITHIN)) {
      List<Sentence> said = c.sentencesOf(i);
      Optional<Sentence> question = said.stream().filter(Sentence::isQuestion)
          .reduce((first, last) -> last);
      if (question.isPresent()) {
        ActionItem item = candidate.item;
        candidate.item = new ActionItem(item.owner(), item.text() + " — "
            + question.get().text(), item.due(), item.sources());
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * "Can someone tell the SDK team?" — "I'll ping them", "leave it with me": a commitment that
   * names no object of its own right after a request its speaker may take is the acceptance of
   * that request, and joins it ({@link SameCommitment#mergeOrAdd}).
   */
  private static Optional<ActionCandidate> acceptingRequest(PreparedConversation c,
      List<ActionCandidate> found, ActionCandidate candidate) {
    if (candidate.kind != Kind.COMMITMENT) {
      return Optional.empty();
    }
    for (int k = found.size() - 1; k >= Math.max(0, found.size() - SameCommitment.RECENT_ITEMS);
        k--) {
      ActionCandidate earlier = found.get(k);
      if (earlier.kind == Kind.REQUEST
          && SameCommitment.follows(c, earlier.messageIndex, candidate.messageIndex)
          && (earlier.item.owner() == null || earlier.item.owner().equals(candidate.item.owner()))
          && !java.util.Objects.equals(candidate.item.owner(),
              c.messages().get(earlier.messageIndex).user())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * "Root cause fix is moving the lock to the database. I'm gonna do that tomorrow.", or "Let's add
   * a CI check that diffs indexes." — "good idea" — "I'll look into it": a commitment whose object
   * is "it" or "that" takes what was last said before it in the exchange, small talk and
   * questions aside; "flaky tests — I'll take it" and "I'll own it" (the taking verb leaves only
   * "it") likewise, the first from the words before its dash.
   */
  private static Optional<ActionCandidate> objectSaidBefore(PreparedConversation c, Sentence s,
      ActionCandidate candidate) {
    // "I'll own it", "I'll take it": the taking verb leaves no words of the task, only "it".
    boolean takesIt = candidate.item.text().isBlank() && RegexPrefilter.find(TAKES_IT, s.text());
    if (candidate.kind != Kind.COMMITMENT || !c.cues().isEnglish() || s.index() == 0
        || !RegexPrefilter.find(PRONOUN_OBJECT, candidate.item.text()) && !takesIt) {
      return Optional.empty();
    }
    String task = takesIt ? TRAILING_SEPARATORS.matcher(s.text()).replaceAll("")
        : candidate.item.text();
    // "flaky tests — I'll take it": the words before the dash are what "it" is.
    java.util.regex.Matcher named = NAMED_FIRST.matcher(s.text());
    String what;
    if (named.find() && !Terms.content(named.group(1)).isEmpty()) {
      what = named.group(1);
    } else {
      Sentence before = statementBefore(c, s);
      if (before == null) {
        return Optional.empty();
      }
      what = FINAL_STOP.matcher(before.text()).replaceAll("");
      candidate.sentences.add(before.index());
    }
    ActionItem item = candidate.item;
    candidate.item = new ActionItem(item.owner(), Sentences.capitalize(what) + " — "
        + (takesIt ? Sentences.capitalize(task) : task), item.due(), item.sources());
    return Optional.of(candidate);
  }

  /**
   * "registration page — <@yuki> can you build it this week?", "postmortem thursday? <@lena> can
   * you write it up", "docs PR #901 is up, <@mei> review pls?": a request without its object, or
   * with "it", names the thing just before it, in its own message, even as a question, or in
   * the message it answers: the one asking says what "it" is.
   */
  private static Optional<ActionCandidate> requestAboutWhatWasSaid(PreparedConversation c,
      Sentence s, ActionCandidate candidate) {
    if (candidate.kind != Kind.REQUEST) {
      return Optional.empty();
    }
    int mention = s.text().indexOf("<@");
    String before = mention > 0 ? LEADING_SEPARATORS.matcher(
        TRAILING_SEPARATORS.matcher(s.text().substring(0, mention)).replaceAll("")).replaceAll("")
        : "";
    // "docs PR #901 is up, <@mei> review pls?": the clause before the mention is the object.
    // Further back only "it" or "that" points: "Sara, please don't :)" takes nothing on.
    if (Terms.content(before).isEmpty() && !RegexPrefilter.find(IT, candidate.item.text())) {
      return Optional.empty();
    }
    if (Terms.content(before).isEmpty()) {
      List<Sentence> own = c.sentencesOf(s.messageIndex());
      int at = own.indexOf(s);
      before = at > 0 ? TRAILING_SEPARATORS.matcher(own.get(at - 1).text()).replaceAll("") : "";
    }
    if (Terms.content(before).size() < 2 && c.sentencesOf(s.messageIndex()).get(0) == s) {
      // "we should rename the channels too?" — "sure, <@aisha> want to do that?": the message
      // before it says what "that" is.
      before = c.preceding(s.messageIndex(), 1).stream().map(c::sentencesOf)
          .filter(said -> !said.isEmpty()).map(said -> said.get(said.size() - 1).text())
          .map(t -> TRAILING_SEPARATORS.matcher(t).replaceAll("")).findFirst().orElse(before);
    }
    if (Terms.content(before).isEmpty()) {
      return Optional.empty();
    }
    ActionItem item = candidate.item;
    candidate.item = new ActionItem(item.owner(),
        Sentences.capitalize(before.strip()) + " — " + item.text(), item.due(), item.sources());
    return Optional.of(candidate);
  }

  /**
   * The last statement with some content before the sentence: earlier in its own message, else in
   * the two messages before it in its thread.
   */
  private static Sentence statementBefore(PreparedConversation c, Sentence s) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    // By position, not by equality: a clause read on its own keeps its sentence's index.
    int at = (int) own.stream().takeWhile(t -> t.index() != s.index()).count();
    List<Sentence> candidates = new ArrayList<>(own.subList(0, at));
    Collections.reverse(candidates);
    for (int i : c.preceding(s.messageIndex(), 2)) {
      List<Sentence> said = new ArrayList<>(c.sentencesOf(i));
      Collections.reverse(said);
      candidates.addAll(said);
    }
    for (Sentence t : candidates) {
      if (!t.smallTalk() && t.user() != null) {
        if (!t.user().equals(s.user()) && RegexPrefilter.find(OWN_COMMITMENT, t.text())
            && DueDates.find(t.text()).isPresent()) {
          // "I'll write the copy by Wednesday" — "I will build it behind a flag": another's task,
          // whole with its own date, said alongside is no referent of "it"; what they both work
          // on was said before. ("I'll ship a hotfix" — "I can QA it tomorrow": it is.)
          continue;
        }
        return t.isQuestion() || t.terms().size() < 2 ? null : t;
      }
    }
    return null;
  }
}

package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decisions taken by agreement: a proposal ("we'll move the standup to 10am"), an option picked
 * from an options question ("Lisbon or Porto?" — "Porto, flights are cheaper") or a yes/no
 * question that proposes ("then freeze Tuesday noon?") that the next person agrees to, and a
 * statement two others agree to with nothing else said ("Friday release, no exceptions." — "+1"
 * — "agreed").
 */
final class AgreedProposals {

  private static final Pattern QUESTION_MARKS = Pattern.compile("[?？]+$");
  /** "a) …", "(b) …": an option put by its letter. */
  private static final Pattern LETTER_OPTION = Pattern.compile("(?:^|\\s)\\(?([a-eA-E])\\)\\s");
  /** "b now, …", "B.", "c please": a reply picking an option by its letter. */
  private static final Pattern LETTER_PICKED = Pattern.compile("(?i)^\\W*([a-e])\\s+(?:now|then|first"
      + "|please|pls|for\\s+now|for\\s+sure)\\b|^\\W*([a-e])\\W*$");

  /**
   * "swap them then: enterprise in wave 2 …?" — "yes thats better": the revised proposal
   * preferred to what it replaces, in the cue languages.
   */
  private static final Pattern BETTER = Pattern.compile("(?iu)(?:\\b(?:that'?s|thats|that\\s+is"
      + "|this\\s+is|much|even|way|so\\s+ist\\s+es|das\\s+ist|viel|noch|c'est|bien|encore|así"
      + "|mucho|aún|assim|bem|ainda|fica)\\s+)*\\b(?:better|besser|mieux|mejor|melhor)(?!\\w)"
      + "|(?:その方が|そっちの方が)?(?:いい|良い)(?:です|ね)");

  /**
   * "the ipa we can keg if it comes to that", "au pire on le met en fût", "必要なら樽にします": a
   * fallback, said after the plan it backs up. Agreed to, it is not the decision on its own.
   */
  private static final Pattern FALLBACK = Pattern.compile("(?iu)\\b(?:if\\s+it\\s+comes\\s+to\\s+that"
      // "… if we have to" closing the sentence; not "if we need to scale, …", a condition.
      + "|if\\s+(?:we\\s+)?(?:need|have)\\s+to\\W*$|if\\s+need(?:ed|\\s+be)|if\\s+necessary|worst\\s+case"
      + "|as\\s+a\\s+(?:fallback|backup|plan\\s+b)|falls\\s+nötig|notfalls|si\\s+besoin"
      + "|si\\s+nécessaire|au\\s+pire|si\\s+hace\\s+falta|en\\s+el\\s+peor\\s+de\\s+los\\s+casos"
      + "|se\\s+precisar|no\\s+pior\\s+dos\\s+casos)\\b|必要なら|最悪(?:の場合|でも)");

  private AgreedProposals() {}

  /**
   * "Then freeze Tuesday noon, release Thursday as planned?" answered "works for me": a yes/no
   * question that the next person agrees to proposed something, and it was taken.
   */
  static Optional<Detection<Point>> questionAgreedTo(PreparedConversation c, Sentence s,
      Set<Integer> used) {
    if (RegexPrefilter.find(ChoiceQuestions.OPEN_QUESTION, s.text()) || s.terms().size() < 2
        || s.text().indexOf('<') >= 0 || RegexPrefilter.find(c.cues().request(), s.text())
        || RegexPrefilter.find(ChoiceQuestions.REQUEST_QUESTION, s.text())
        || RequestsToSomeone.request(c, s).isPresent()) {
      return Optional.empty(); // a question to someone asks them to do it: a request
    }
    return agreementAfter(c, s, true)
        .filter(a -> Agreement.isBare(c.cues(), c.messages().get(a).text(), c.plainText(a))
            || !ChoiceQuestions.isChoiceQuestion(c, s) && echoes(c, a, s))
        .filter(a -> used.add(s.index()))
        .map(a -> agreed(c, s, a, used));
  }

  /**
   * "Première fenêtre le 7 février alors ?" — "Oui, 7 février": an agreement that names again
   * what the question put (a date, a number, its own words) or prefers it ("yes thats better")
   * and adds nothing of its own takes it as plainly as "yes". "Oui, je m'en occupe" or "yes, but not before the 20th" add their
   * own words: a task taken on or a condition, not the proposal agreed.
   */
  static boolean echoes(PreparedConversation c, int reply, Sentence question) {
    Set<String> asked = new HashSet<>();
    c.sentencesOf(question.messageIndex()).forEach(t -> asked.addAll(t.terms()));
    String rest = c.cues().agreement().matcher(c.plainText(reply)).replaceAll(" ");
    Matcher better = BETTER.matcher(rest);
    boolean preferred = better.find();
    rest = better.replaceAll(" ");
    TextAnalysis analysis = TextAnalysis.of(c.language());
    List<String> said = analysis.terms(rest);
    return (preferred || !said.isEmpty()) && asked.containsAll(said)
        && !RegexPrefilter.find(c.cues().commitment(), c.plainText(reply))
        && !RegexPrefilter.find(c.cues().dissent(), c.plainText(reply));
  }

  /**
   * "Friday release, no exceptions." — "+1" — "agreed": a statement two other people agree to
   * right after, with nothing else said, is taken, unless another sentence of its message already
   * was. The index of the second agreement.
   */
  static Optional<Integer> agreedByTwo(PreparedConversation c, Sentence s,
      Map<Integer, Boolean> bare, Set<Integer> used) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    if (s.terms().size() < 2 || s.user() == null) {
      return Optional.empty();
    }
    // "ok let's audit whatever is live on March 3rd. rebrand or not, the checkout structure
    // wont change much" — "fine by me" — "+1": the agreement took the proposal; the sentence
    // after it is its reason, not a second decision.
    if (own.stream().anyMatch(t -> t != s && used.contains(t.index()))) {
      return Optional.empty();
    }
    // The replies first: they rarely are two bare agreements, and each message is asked once
    // however many statements it follows, so the statement's own patterns seldom run.
    List<Integer> next = c.following(s.messageIndex(), 2);
    Set<String> agreed = new HashSet<>();
    for (int i : next) {
      Message m = c.messages().get(i);
      if (m.user() == null || m.user().equals(s.user())
          || !bare.computeIfAbsent(i, k -> Agreement.isBare(c.cues(), m.text(), c.plainText(i)))) {
        return Optional.empty();
      }
      agreed.add(m.user());
    }
    if (agreed.size() != 2 || RegexPrefilter.find(c.cues().commitment(), s.text())
        || c.cues().isDeferral(s.text()) || RegexPrefilter.find(c.cues().assigned(), s.text())) {
      return Optional.empty(); // a task taken or given is an action item, however welcome
    }
    return saidLast(c, own, s) ? Optional.of(next.get(1)) : Optional.empty();
  }

  /**
   * Whether {@code s} closes its message but for calls for objections after it, and is no such
   * call itself: "standup moves to 9:30. shout if you disagree" — "+1" — "+1" agrees to the plan,
   * never to the call, in its message or on its own.
   */
  private static boolean saidLast(PreparedConversation c, List<Sentence> own, Sentence s) {
    int last = own.size() - 1;
    while (own.get(last) != s && ChoiceQuestions.onlyCallsForObjections(c, own.get(last))) {
      last--;
    }
    return own.get(last) == s && !ChoiceQuestions.onlyCallsForObjections(c, s);
  }

  /**
   * "jo, put those on your list as well", "mets ça sur ta liste", "ponlo en tu lista": said to
   * someone ("you", "your" in every cue language), a task handed out, not what the group does.
   */
  private static final Pattern SAID_TO_YOU = Pattern.compile("(?iu)\\b(?:" + Cues.YOU
      + "|dein\\p{L}*|ton|ta|tes|votre|vos|tus|seu|sua|teu|tua)(?!\\p{L})|あなた");

  /**
   * "anything older than 2 years we don't migrate, it stays in confluence as read-only archive" —
   * "fine"; "was älter als 2 Jahre ist, migrieren wir nicht" — "passt": a statement of what is
   * done, from whoever leads the thread, that the next other voice agrees to with a bare word is
   * taken; one agreement is enough where {@link #agreedByTwo} wants two from anyone else. The
   * statement is its message, said to the group: a report of where things stand, a task taken or
   * given (to someone named, mentioned or addressed as "you"), an opinion, a story, a deferral or
   * a conclusion drawn ({@link ConcludingPlans}) is none. The index of the agreement.
   */
  static Optional<Integer> agreedWithLead(PreparedConversation c, Sentence s,
      List<Detection<Point>> found, Set<Integer> used) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    if (s.user() == null || own.get(own.size() - 1) != s || s.terms().size() < 3
        || own.stream().anyMatch(t -> t.isQuestion() || used.contains(t.index()))
        || c.model().act(s.messageIndex()) != ConversationModel.Act.STATEMENT
        || c.model().mentionsSomeoneElse(s.messageIndex())
        || RequestsToSomeone.request(c, s).isPresent() || ConcludingPlans.drawsConclusion(s.text())
        || PlanAnswers.prefers(s.text()) || RegexPrefilter.find(c.cues().guess(), s.text())
        || c.scopeStart(s.messageIndex()) == s.messageIndex()
        || !PlanAnswers.leads(c, s.user(), s.messageIndex(), found)) {
      return Optional.empty();
    }
    int reply = c.firstOtherVoice(s.messageIndex(), 1);
    Cues cues = c.cues();
    if (reply < 0 || !Agreement.isBare(cues, c.messages().get(reply).text(), c.plainText(reply))
        || cues.isDeferral(s.text())
        || RegexPrefilter.find(cues.assigned(), s.text()) || RegexPrefilter.find(cues.done(), s.text())
        || own.stream().anyMatch(t -> DecisionDetector.tellsAStory(cues, t.text())
            || RegexPrefilter.find(cues.commitment(), t.text()) || RegexPrefilter.find(SAID_TO_YOU, t.text()))) {
      return Optional.empty();
    }
    // "runbooks stay in confluence for now. only design docs and onboarding move" — "👍": the
    // message is one statement agreed; its sentences serve no other decision.
    own.forEach(t -> used.add(t.index()));
    return Optional.of(reply);
  }

  /**
   * "Lisbon or Porto?" — "Porto, flights are cheaper": the options question this sentence answers
   * by naming one of the options, if it opens a reply to one asked just before by someone else.
   */
  /**
   * "a) hotfix the app or b) let the gateway pass the header through" — "b now, and a properly
   * in 5.13": options put by letter, one picked by its letter opening the reply. Not "(c) gets
   * us killed by the enterprise accounts": a comment on an option, not a pick.
   */
  private static boolean lettered(Sentence options, Sentence pick) {
    Matcher picked = LETTER_PICKED.matcher(pick.text());
    if (!picked.find()) {
      return false;
    }
    String letter = picked.group(1) != null ? picked.group(1) : picked.group(2);
    Matcher listed = LETTER_OPTION.matcher(options.text());
    Set<String> letters = new HashSet<>();
    while (listed.find()) {
      letters.add(listed.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return letters.size() >= 2 && letters.contains(letter.toLowerCase(java.util.Locale.ROOT));
  }

  static Optional<Sentence> optionPicked(PreparedConversation c, Sentence s) {
    List<Sentence> own = c.sentencesOf(s.messageIndex());
    // "doors at 9 or 10?" — "10 means people wait in the cold longer tho": naming an option to
    // object to it picks nothing.
    if (own.isEmpty() || own.get(0) != s
        || s.terms().isEmpty() && SameSubject.numbers(s).isEmpty()
        || RegexPrefilter.find(c.cues().dissent(), s.text())) {
      return Optional.empty();
    }
    for (int i : c.preceding(s.messageIndex(), 2)) {
      Message asking = c.messages().get(i);
      if (asking.user() != null && asking.user().equals(s.user())) {
        continue;
      }
      for (Sentence q : c.sentencesOf(i)) {
        // "Who's phoning the patients, me or Jo?" — "Jo please": the options are people, and
        // picking one hands out a task ({@link RepliesTakingItOn}), no choice for the group.
        if (RegexPrefilter.find(ReplyWords.of(c.cues()).whoTakes(), q.text())) {
          continue;
        }
        if (ChoiceQuestions.isOptionsQuestion(c, q) && SameSubject.shares(q, s)
            || lettered(q, s)) {
          return Optional.of(q);
        }
      }
    }
    return Optional.empty();
  }

  /** A report of work done or tried, or a reading, that says no decision in words. */
  private static boolean reportsOnly(Cues cues, String text) {
    return (cues.reportsWorkTried(text) || RegexPrefilter.find(cues.done(), text))
        && !RegexPrefilter.find(cues.decision(), text);
  }

  /**
   * A statement agreed to as its message says it ({@link #agreedByTwo}, {@link #agreedWithLead}),
   * in its own words: "justo. sábado e domingo à noite ficam duas. resto da semana uma" — "👍" —
   * "fechado" is "Sábado e domingo à noite ficam duas. resto da semana uma", not its last sentence
   * alone. Both rules take a statement only when no other sentence of its message served a
   * decision. A word of agreement, small talk, an exclamation ("まじか…"), a question or a report
   * of work done ("we have 300 lager done") in it is left out.
   */
  static Detection<Point> agreedMessage(PreparedConversation c, Sentence s, int agreeing,
      Set<Integer> used) {
    Detection<Point> last = agreed(c, s, agreeing, used);
    if (RegexPrefilter.find(FALLBACK, s.text())) {
      return last; // a fallback is already shown with the plan it backs up
    }
    List<Sentence> said = c.sentencesOf(s.messageIndex()).stream()
        .filter(t -> t == s || t.index() < s.index() && !t.smallTalk() && !t.isQuestion()
            && t.terms().size() >= 2 && !Agreement.isBare(c.cues(), t.text(), t.text())
            && !reportsOnly(c.cues(), t.text()))
        .toList();
    if (said.size() < 2) {
      return last;
    }
    String text = said.stream().map(Sentence::text).collect(Collectors.joining(" "));
    return new Detection<>(new Point(DecisionDetector.readable(c.cues(), text),
        last.value().sources()), last.sentenceIndices(), last.saidBy());
  }

  /** The picked option, agreed to: the question and the answer that picked, as one decision. */
  static Detection<Point> agreedOption(PreparedConversation c, Sentence question,
      Sentence answer, int agreeing, Set<Integer> used) {
    Detection<Point> d = agreed(c, answer, agreeing, used);
    used.add(question.index());
    Set<Integer> sentences = new HashSet<>(d.sentenceIndices());
    sentences.add(question.index());
    List<String> sources = new ArrayList<>(List.of(question.ts()));
    d.value().sources().stream().filter(ts -> !sources.contains(ts)).forEach(sources::add);
    String text = answer.terms().size() > DecisionDetector.TERSE ? d.value().text()
        : DecisionDetector.readable(c.cues(), question.text()) + " " + d.value().text();
    return new Detection<>(new Point(text, sources), sentences, answer.index());
  }

  static Detection<Point> agreed(PreparedConversation c, Sentence s, int agreeing,
      Set<Integer> used) {
    Set<Integer> sentences = new HashSet<>(Set.of(s.index()));
    // The agreeing message is part of this decision: it is not a second one.
    c.sentencesOf(agreeing).forEach(t -> {
      sentences.add(t.index());
      used.add(t.index());
    });
    Message message = c.messages().get(agreeing);
    String text = s.isQuestion() ? withoutQuestionMarks(s.text()) : s.text();
    // "lager stays in bottles, we have 300 done. the ipa we can keg if it comes to that" — "ok":
    // the plan the fallback backs up is what was agreed; said together, as written. The plan may
    // have been read already (its "300 done" reports work), so what was read does not count here.
    Optional<Sentence> plan = RegexPrefilter.find(FALLBACK, s.text()) && !s.isQuestion()
        ? c.statementBefore(s, Set.of()) : Optional.empty();
    if (plan.isPresent()) {
      sentences.add(plan.get().index());
      used.add(plan.get().index());
      text = plan.get().text() + " " + Sentences.capitalize(text);
    }
    return new Detection<>(new Point(DecisionDetector.readable(c.cues(), text),
        List.of(s.ts(), message.ts())), sentences);
  }

  /**
   * "we should also get the notices off ops@. <@lena> can you change the contact email?" — "sure,
   * will do today": a "sure" that takes on what the message asked of the one replying answers
   * the request; it agrees to nothing the message proposed.
   */
  private static boolean takesOnRequest(PreparedConversation c, int proposing, int reply,
      String plain) {
    String replier = c.messages().get(reply).user();
    String proposed = c.messages().get(proposing).text();
    return replier != null
        && (proposed.contains("<@" + replier + ">") || proposed.contains("<@" + replier + "|"))
        && (RegexPrefilter.find(c.cues().commitment(), plain) || c.cues().takingIt().matcher(plain)
            .find() && !Agreement.isBare(c.cues(), c.messages().get(reply).text(), plain));
  }

  /**
   * "retry job gives up after 6h so some are already dead. we should re-run them manually" — "ok
   * manual it is": when the agreement already took another sentence of the same message, this
   * one is part of that decision, not a second one; and so is a sentence that spells out the
   * choice the sentence right before it settled ("じゃあマスキング案で。氏名・メール…をマスクする",
   * "ok, option B. we mask names, emails and phones"). Folds it in; false when there is none.
   */
  static boolean foldedIntoEarlier(PreparedConversation c, Sentence s, int agreeing,
      List<Detection<Point>> found) {
    for (int k = found.size() - 1; k >= Math.max(0, found.size() - DecisionDetector.RECENT);
        k--) {
      Detection<Point> d = found.get(k);
      boolean sameMessage = false;
      boolean sameAgreement = false;
      int last = -1;
      for (int i : d.sentenceIndices()) {
        int m = c.sentences().get(i).messageIndex();
        sameMessage |= m == s.messageIndex();
        sameAgreement |= m == agreeing;
        last = Math.max(last, m);
      }
      // "じゃあマスキング案で。氏名・メール・電話番号・住所をマスクする" — "👍": the first sentence
      // settled the choice, agreed before; the one right after it spells the choice out.
      boolean spelledOut = last == s.messageIndex() && s.index() > 0
          && d.sentenceIndices().contains(s.index() - 1)
          && c.sentences().get(s.index() - 1).messageIndex() == s.messageIndex();
      if (sameMessage && (sameAgreement || spelledOut)) {
        Set<Integer> sentences = new HashSet<>(d.sentenceIndices());
        sentences.add(s.index());
        found.set(k, new Detection<>(d.value(), sentences, d.saidBy()));
        return true;
      }
    }
    return false;
  }

  /**
   * "yes please. last week someone force-pushed over a release tag": an agreement word whose
   * message goes on as a story of what happened ({@link Cues#anecdote()}) is a reaction to the
   * proposal, not the word that settles it.
   */
  static boolean goesOnAsStory(PreparedConversation c, int reply) {
    return c.sentencesOf(reply).stream()
        .anyMatch(t -> !t.isQuestion() && DecisionDetector.tellsAStory(c.cues(), t.text()));
  }

  static String withoutQuestionMarks(String text) {
    return QUESTION_MARKS.matcher(text).replaceAll("");
  }

  /**
   * Index of the first message after the proposal in which someone else agrees to it; with
   * {@code firstReplyOnly}, only the first reply from someone else counts.
   */
  static Optional<Integer> agreementAfter(PreparedConversation c, Sentence s,
      boolean firstReplyOnly) {
    for (int i : c.following(s.messageIndex(), DecisionDetector.AGREEMENT_WINDOW)) {
      Message later = c.messages().get(i);
      if (later.user() == null || later.user().equals(s.user())) {
        continue;
      }
      String plain = c.plainText(i);
      if (Agreement.isAgreement(c.cues(), later.text(), plain)
          && !takesOnRequest(c, s.messageIndex(), i, plain) && !goesOnAsStory(c, i)) {
        return Optional.of(i);
      }
      if (firstReplyOnly) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}

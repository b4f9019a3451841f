package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds questions nobody answered, also those asked without their mark or reported ("they also
 * asked if they can switch to monthly billing": {@link Cues#indirectQuestion()}). A question counts as answered when, among the next
 * {@value #ANSWER_WINDOW} messages of its thread (or of the channel, for a top-level question),
 * someone other than the asker
 * <ul>
 *   <li>mentions the asker (before anyone dodged the question), or</li>
 *   <li>agrees to it, or answers a yes/no question with yes/no/not yet ("yes pls, can you take
 *   it?" too), or</li>
 *   <li>says something that shares two content words with the question (one, if the question
 *   has only one), or</li>
 *   <li>is the first other person to speak after it, with a statement rather than a question
 *   (someone who first asked back counts as first when they answer), unless the next person to
 *   speak puts it off or sends it on ("free-for-all was more fun imo" — "let's keep it open and
 *   see what people pitch");</li>
 * </ul>
 * or when the asker later says they found it themselves ("never mind", "found it"), or when the
 * person a reply sent it to answers ("no idea, ask <@paulo>" — paulo: "we can enable it with a
 * flag"; "<@okonkwo> came last year, maybe ask her" — okonkwo: "yes count me in"), or when,
 * after a non-answer, someone who set out to find out comes back with it, however much later
 * ("no idea" — "I'll call them tomorrow" — … "called resdiary, it's an add-on"). "No idea
 * either, ask <@lena>?" sends a question on and asks nothing of its own. A reply that
 * does not answer — "good question", "no idea", "haven't thought about it", "nobody picked that up yet", "TBD, let's decide
 * later", "let's ask finance", "depends on the quote", "waiting on what support hears" — answers
 * nothing, nor does a guess that defers ("no creo. Lo vemos en el postmortem"), nor a guess its
 * author doubts ("I think Omar does, not 100% sure though") or still has to check ("i might
 * be able to borrow my brother's, will check") until someone else confirms it. An
 * answer that hedges ("roughly a week, maybe less") answers. The question stays open, and the
 * listed question says who was asked ("— asked: finance", the person mentioned when the asker
 * re-asks them) or else how it was left ("— <@U4>: TBD, let's decide later"). The questions of one
 * message that stay open are listed as one.
 */
final class OpenQuestionDetector {

  static final int ANSWER_WINDOW = 8;
  private static final int PENDING_CHARS = 120;
  /** "Remember the place we went in 2023?": recalling together, not asking the team. */
  private static final java.util.regex.Pattern REMINISCENCE = java.util.regex.Pattern.compile(
      "(?i)^\\W*(?:do\\s+you\\s+|d'you\\s+|you\\s+)?remember\\b");
  /**
   * "a noiva já sabe?" — "ainda não, eu ligo pra ela hoje à noite": "not yet" answers a yes/no
   * question, in each cue language, though the non-answer cues hold it for "who owns it?" —
   * "todavía no".
   */
  private static final Pattern NOT_YET = Pattern.compile("(?iu)^\\W*(?:not\\s+yet|noch\\s+nicht"
      + "|pas\\s+encore|todavía\\s+no|aún\\s+no|ainda\\s+não|まだ(?:です)?)(?!\\p{L})");
  /**
   * "a noiva já sabe?", "is it deployed yet?", "weiß sie es schon?": a question whether something
   * has happened yet, which "not yet" answers however it opens.
   */
  private static final Pattern YET_ASKED = Pattern.compile("(?iu)\\b(?:yet|already|schon|bereits"
      + "|déjà|ya|já)\\b|もう");
  /**
   * Whether the sentence opens with a time already past ({@link Cues#anecdote()}): "l'an dernier
   * on avait fait …", "last year we did …", "letztes Jahr haben wir …"; not "I tried it last
   * year", which says what someone found.
   */
  private static boolean opensInThePast(Cues cues, String text) {
    Matcher past = cues.anecdote().matcher(text);
    return past.find() && text.substring(0, past.start()).chars().noneMatch(Character::isLetter)
        && !RegexPrefilter.find(cues.proposal(), text);
  }

  /** After yes or no, more words: "yes pls, can you take it?" answers before it asks on. */
  private static final Pattern GOES_ON =
      Pattern.compile("^(?:\\s+\\p{L}{1,6})?\\s*[,.;:!—–-]\\s*\\S");

  private OpenQuestionDetector() {}

  /**
   * How a question fared: answered, or open with the reply that left it open (if any) and who it
   * was sent to (if anyone was named), and a later re-asking of it that was folded in.
   */
  private record Outcome(boolean answered, Sentence leftOpenBy, String asked,
      List<Sentence> reasked) {
    static final Outcome ANSWERED = new Outcome(true, null, null, List.of());
  }

  /** How strongly a reply answers: not at all, only by being the first to speak, or plainly. */
  private enum Answers { NO, FIRST_TO_SPEAK, YES }

  /** One message's open questions, listed as one. */
  private static final class Open {
    final List<String> texts = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    final Set<Integer> sentences = new HashSet<>();
    Sentence leftOpenBy;
    String asked;

    void add(Sentence s) {
      if (!sources.contains(s.ts())) {
        sources.add(s.ts());
      }
      sentences.add(s.index());
    }
  }

  /** Open questions, skipping sentences already taken (e.g. requests listed as action items). */
  static List<Detection<Point>> detect(PreparedConversation conversation, Set<Integer> taken) {
    Map<Integer, Open> byMessage = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    Set<Integer> reasked = new HashSet<>();
    Map<Integer, Optional<Sentence>> dodges = new HashMap<>();
    for (Sentence s : conversation.sentences()) {
      if (!s.isQuestion() && !RegexPrefilter.find(conversation.cues().indirectQuestion(), s.text())
          || s.smallTalk() || s.terms().isEmpty() || taken.contains(s.index())
          || reasked.contains(s.index()) || RegexPrefilter.find(REMINISCENCE, s.text())
          || TentativeSuggestions.isOne(s) || PassingRemarks.callAnswered(conversation, s)
          || sendsOnAsking(conversation, s) || PassingRemarks.forSomeday(conversation, s)) {
        continue;
      }
      Outcome outcome = outcome(conversation, s, dodges);
      if (outcome.answered() || !seen.add(s.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Open open = byMessage.computeIfAbsent(s.messageIndex(), k -> new Open());
      open.texts.add(s.text());
      open.add(s);
      if (outcome.leftOpenBy() != null && open.leftOpenBy == null) {
        open.leftOpenBy = outcome.leftOpenBy();
        open.add(outcome.leftOpenBy());
      }
      for (Sentence again : outcome.reasked()) {
        reasked.add(again.index());
        open.add(again);
      }
      open.asked = open.asked == null ? outcome.asked() : open.asked;
    }
    Labels labels = Labels.of(conversation.language());
    List<Detection<Point>> found = new ArrayList<>();
    for (Open open : byMessage.values()) {
      String text = Sentences.capitalize(String.join(" ", open.texts));
      if (open.asked != null) {
        text = text + " — " + labels.asked() + ": " + open.asked;
      } else if (open.leftOpenBy != null) {
        text = text + " — " + pendingNote(open.leftOpenBy);
      }
      found.add(new Detection<>(new Point(text, open.sources), open.sentences));
    }
    Set<Integer> cited = new HashSet<>(taken);
    found.forEach(d -> cited.addAll(d.sentenceIndices()));
    found.addAll(ChoicesLeftForLater.find(conversation, cited));
    return WithdrawnStatements.without(conversation, found);
  }

  /**
   * "No idea either, ask <@lena>?", "ni idea, ¿pregúntale a logística?", "keine Ahnung, frag
   * Carsten?": a non-answer that sends the question on, with a question mark, answers the
   * question before it; it asks nothing of its own. Not "no idea, who would know?" (a new
   * question, sending it nowhere).
   */
  private static boolean sendsOnAsking(PreparedConversation c, Sentence s) {
    java.util.regex.Matcher none = RegexPrefilter.firstMatch(c.cues().nonAnswer(), s.text());
    return none != null && (RegexPrefilter.find(c.cues().redirect(), s.text())
        || passesOn(c, s.text().substring(none.end())));
  }

  /**
   * "no clue, ben?", "keine Ahnung, <@jonas>?", "aucune idée, Paul ?", "ni idea, ¿Ana?", "não sei,
   * Bia?", "分からないです、佐藤さん？": after the non-answer, only the name or the mention of the one
   * it is passed to. The question before it stays the one asked; this asks nothing new.
   */
  private static boolean passesOn(PreparedConversation c, String rest) {
    String left = rest.replaceAll("^[\\s,，、:;.!?¿？]+|[\\s,，、:;.!?¿？]+$", "")
        .replaceAll("(?:さん|くん|様)$", "");
    if (left.matches("<@[UW][A-Z0-9]+(?:\\|[^>]*)?>")) {
      return true;
    }
    return !left.isEmpty() && !left.contains(" ") && c.userNamed(left) != null;
  }

  static boolean isAnswered(PreparedConversation c, Sentence question) {
    return outcome(c, question, new HashMap<>()).answered();
  }

  private static Outcome outcome(PreparedConversation c, Sentence question,
      Map<Integer, Optional<Sentence>> dodges) {
    String asker = question.user();
    boolean yesNo = c.cues().yesNoQuestion()
        .matcher(SlackText.USER.matcher(question.text()).replaceAll(" ")).find()
        || RegexPrefilter.find(YET_ASKED, question.text());
    boolean asksWho = RegexPrefilter.find(CommitmentObjects.WHO, question.text());
    boolean firstOther = true;
    Sentence leftOpenBy = null;
    int leftOpenAt = -1;
    // Someone who asked back ("what's the reason?") answers when they come back to it.
    String askedBack = null;
    // An answer resting only on being said first: the next speaker may still put it off.
    int firstToSpeak = -1;
    // A guess its author doubts: open unless someone else confirms it.
    Sentence doubted = null;
    for (int i : c.following(question.messageIndex(), ANSWER_WINDOW)) {
      Message reply = c.messages().get(i);
      List<Sentence> said = c.sentencesOf(i);
      String plain = String.join(" ", said.stream().map(Sentence::text).toList());
      // "no idea, ask <@paulo>" — paulo: "we can enable it with a flag": the one it was sent
      // to answers.
      if (leftOpenBy != null && i > leftOpenAt && reply.user() != null
          && reply.user().equals(sentTo(c, leftOpenBy))
          && (RepliesLeavingItOpen.answersWhenAsked(c, said) || takesItOn(c, i))) {
        return Outcome.ANSWERED;
      }
      if (firstToSpeak >= 0) {
        if (Objects.equals(reply.user(), c.messages().get(firstToSpeak).user())) {
          continue;
        }
        // "let's keep it open and see what people pitch" after "free-for-all was more fun imo".
        Optional<Sentence> after = dodges.computeIfAbsent(i, k -> RepliesLeavingItOpen.dodge(c, said));
        int answered = c.model().respondsTo(i);
        if (after.isPresent() && (answered == firstToSpeak
            || answered == question.messageIndex())) {
          return open(c, question, after.get(), i);
        }
        return Outcome.ANSWERED;
      }
      if (asker != null && asker.equals(reply.user())) {
        if (RegexPrefilter.find(c.cues().selfResolved(), plain)) {
          return Outcome.ANSWERED;
        }
        // "ok, still open then, we'll decide at the next sync": the asker parks it (unless a
        // reply already said how it was left; a later deferral may be about something else).
        Optional<Sentence> parked = dodges.computeIfAbsent(i, k -> RepliesLeavingItOpen.dodge(c, said));
        if (parked.isPresent() && leftOpenBy == null) {
          leftOpenBy = parked.get();
          leftOpenAt = i;
        }
        continue;
      }
      boolean first = firstOther || reply.user() != null && reply.user().equals(askedBack);
      // "who does the Okta group mapping?" — "that's on IT, I'll ask them": named whose job it is;
      // "who's checking the backups?" — "I'll check them tonight": setting out to do what a
      // who-question asks takes it on (to any other question it is no answer yet).
      if (first && (RepliesLeavingItOpen.namesWhoseJob(question, said)
          || asksWho && RepliesLeavingItOpen.setsOutToFindOut(c, said))) {
        return Outcome.ANSWERED;
      }
      // "No idea" dodges; then "Not today." answers "do we support that?": a yes or no comes
      // before the deferrals and redirects a reply may go on with.
      boolean strictDodge = !said.isEmpty()
          && RegexPrefilter.find(c.cues().nonAnswer(), said.get(0).text())
          && !(yesNo && RegexPrefilter.find(NOT_YET, said.get(0).text()));
      if (first && !strictDodge && yesNo && isYesOrNo(c, said) && !RepliesLeavingItOpen.guessedDodge(c, said)
          // "probably, but that's a v3 discussion": a yes that puts it off in the same breath.
          && !RepliesLeavingItOpen.putsOff(c, said)) {
        // "probably, though we said that last time" — "putting it on thursday's sync".
        return RepliesLeavingItOpen.guesses(c, said.get(0).text()) == null
            ? Outcome.ANSWERED : answeredUnlessPutOff(c, question, i);
      }
      Optional<Sentence> dodge = dodges.computeIfAbsent(i, k -> RepliesLeavingItOpen.dodge(c, said));
      if (dodge.isPresent()) {
        // The reply to this question says how it was left; later dodges answer other things.
        if (leftOpenBy == null) {
          leftOpenBy = dodge.get();
          leftOpenAt = i;
        }
        firstOther = false;
        continue;
      }
      if (first && doubted == null && leftOpenBy == null && RepliesLeavingItOpen.doubts(c, said)) {
        doubted = said.get(0);
        firstOther = false;
        continue;
      }
      // After a doubted guess, whoever speaks next with an answer confirms it ("It's me.").
      Answers answers = answers(c, question, said, reply.text(), plain,
          first || doubted != null && leftOpenBy == null, leftOpenBy == null);
      if (answers == Answers.YES || answers == Answers.FIRST_TO_SPEAK && doubted != null) {
        return Outcome.ANSWERED;
      }
      if (answers == Answers.FIRST_TO_SPEAK && RepliesLeavingItOpen.guesses(c, said.get(0).text()) != null) {
        // "free-for-all was more fun last time imo": an opinion, which the next speaker may
        // still leave open.
        firstToSpeak = i;
        continue;
      }
      if (answers == Answers.FIRST_TO_SPEAK) {
        return answeredUnlessPutOff(c, question, i);
      }
      if (firstOther && !said.isEmpty() && said.stream().allMatch(Sentence::isQuestion)) {
        askedBack = reply.user();
      }
      // "thanks for asking" is not taking the floor: the next real reply still comes first.
      firstOther = firstOther && said.stream().allMatch(Sentence::smallTalk);
    }
    if (firstToSpeak >= 0) {
      return Outcome.ANSWERED;
    }
    if (leftOpenBy != null) {
      return reportedBack(c, question, leftOpenBy, leftOpenAt)
          ? Outcome.ANSWERED : open(c, question, leftOpenBy, leftOpenAt);
    }
    return new Outcome(false, doubted, null, List.of());
  }

  /**
   * "Is anything in there not yet scanned?" — "Unknown at this point. Ishaan, could you check?" —
   * "Will do", and later, anywhere in the conversation, "Register check done: 61 of the 74 wet
   * boxes are scanned": a question left open by a non-answer is answered when someone who set out
   * to find out comes back with what they found. Who set out: the one the non-answer sent it to
   * ("ask <@lena>"), and whoever took the finding out on in the question's replies ("I'll call
   * them tomorrow" — "called resdiary, it's an add-on"; "vou confirmar com a seguradora" — "a
   * seguradora diz que cobre a partir dos 16"; "ich frag beim Lieferanten nach" — "Lieferant
   * sagt, …"; "確認します" — "確認しました。…"). What they bring back is a statement, not a
   * question, a promise or another non-answer, that shares a content word with the question. A
   * promise nobody comes back on ("I'll check with Legal and come back to you") leaves it open.
   */
  private static boolean reportedBack(PreparedConversation c, Sentence question,
      Sentence leftOpenBy, int leftOpenAt) {
    Set<String> finders = new HashSet<>();
    String sent = sentTo(c, leftOpenBy);
    if (sent != null) {
      finders.add(sent);
    }
    int from = c.messages().size();
    for (int i : c.following(question.messageIndex(), ANSWER_WINDOW)) {
      if (c.model().act(i) == ConversationModel.Act.COMMITMENT
          && c.messages().get(i).user() != null) {
        finders.add(c.messages().get(i).user());
        from = Math.min(from, i);
      }
    }
    if (sent != null) {
      from = Math.min(from, leftOpenAt);
    }
    Set<String> asked = new HashSet<>(question.terms());
    for (int i = from + 1; i < c.messages().size(); i++) {
      String user = c.messages().get(i).user();
      ConversationModel.Act act = c.model().act(i);
      if (user == null || !finders.contains(user) || act == ConversationModel.Act.QUESTION
          || act == ConversationModel.Act.COMMITMENT || act == ConversationModel.Act.DEFERRAL) {
        continue;
      }
      List<Sentence> said = c.sentencesOf(i);
      if (said.isEmpty() || said.stream().anyMatch(Sentence::isQuestion)
          || RepliesLeavingItOpen.dodge(c, said).isPresent()) {
        continue;
      }
      if (said.stream().flatMap(t -> t.terms().stream()).anyMatch(asked::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A question left open by the reply at message {@code at}: who it was sent to, and the asker
   * putting it again to someone they mention ("<@sandra> any ETA for the cookie fix?"), which is
   * the same question, not a new one.
   */
  private static Outcome open(PreparedConversation c, Sentence question, Sentence leftOpenBy,
      int at) {
    String asked = RepliesLeavingItOpen.askedIn(c, leftOpenBy);
    List<Sentence> reasked = new ArrayList<>();
    int i = c.firstBy(at, question.user(), ANSWER_WINDOW);
    if (i >= 0) {
      for (Sentence s : c.sentencesOf(i)) {
        List<String> mentioned = SlackText.userIds(s.text()).stream()
            .filter(u -> !u.equals(question.user())).toList();
        // "<@sandra> any ETA for the cookie domain fix?" after "when does the fix ship?".
        if (s.isQuestion() && !mentioned.isEmpty()
            && s.terms().stream().anyMatch(question.terms()::contains)) {
          reasked.add(s);
          asked = asked != null ? asked : SlackText.mention(mentioned.get(0));
        }
      }
    }
    return new Outcome(false, leftOpenBy, asked, reasked);
  }

  /** Answered by the reply at {@code at}, unless the thread puts the question off right after. */
  private static Outcome answeredUnlessPutOff(PreparedConversation c, Sentence question, int at) {
    return RepliesLeavingItOpen.putOffAfter(c, question, at)
        .map(putOff -> open(c, question, putOff, putOff.messageIndex()))
        .orElse(Outcome.ANSWERED);
  }

  /**
   * The participant a reply sent the question to by mention or name, or null. "<@okonkwo> came
   * last year, maybe ask her", "<@ana> sabe, pregúntale": the one it points to by a pronoun is
   * the one the reply mentions.
   */
  private static String sentTo(PreparedConversation c, Sentence leftOpenBy) {
    String asked = RepliesLeavingItOpen.askedIn(c, leftOpenBy);
    List<String> ids = asked == null ? List.of() : SlackText.userIds(asked);
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    if (!RegexPrefilter.find(c.cues().redirect(), leftOpenBy.text())) {
      return null;
    }
    List<String> mentioned = SlackText.userIds(leftOpenBy.text()).stream()
        .filter(u -> !u.equals(leftOpenBy.user())).toList();
    return asked == null && mentioned.size() == 1 ? mentioned.get(0) : null;
  }

  /** "yes count me in", "ok, I'll do it": the one a question was sent to takes it on. */
  private static boolean takesItOn(PreparedConversation c, int message) {
    ConversationModel.Act act = c.model().act(message);
    return act == ConversationModel.Act.AGREEMENT || act == ConversationModel.Act.COMMITMENT;
  }

  private static boolean isYesOrNo(PreparedConversation c, List<Sentence> said) {
    if (said.isEmpty()) {
      return false;
    }
    Matcher yesOrNo = c.cues().yesNoAnswer().matcher(said.get(0).text());
    return yesOrNo.find() && (!said.get(0).isQuestion()
        || RegexPrefilter.find(GOES_ON, said.get(0).text().substring(yesOrNo.end())));
  }

  /** "<@U4>: let's ask finance", cut to a line: who left it open, and how. */
  private static String pendingNote(Sentence reply) {
    String said = Sentences.truncate(reply.text(), PENDING_CHARS);
    return reply.user() == null ? said : SlackText.mention(reply.user()) + ": " + said;
  }

  private static Answers answers(PreparedConversation c, Sentence question, List<Sentence> said,
      String raw, String plain, boolean firstOther, boolean undodged) {
    Cues cues = c.cues();
    // A mention of the asker answers them, unless the question was dodged already: then it is
    // more likely a new request to them ("<@ava> can you send Hooli a note?").
    if (undodged && question.user() != null
        && SlackText.userIds(plain).contains(question.user())) {
      return Answers.YES;
    }
    List<Sentence> statements = said.stream().filter(t -> !t.isQuestion()).toList();
    if (statements.isEmpty()) {
      return Answers.NO;
    }
    // "Sure" and "yes" answer the question only when they come first; later they answer
    // whatever was said in between.
    if (firstOther && Agreement.isAgreement(cues, raw, plain)) {
      return Answers.YES;
    }
    String asked = SlackText.USER.matcher(question.text()).replaceAll(" ");
    if (firstOther && RegexPrefilter.find(cues.yesNoQuestion(), asked)
        && RegexPrefilter.find(cues.yesNoAnswer(), statements.get(0).text())) {
      return Answers.YES;
    }
    Set<String> terms = new HashSet<>(question.terms());
    boolean substantive = statements.stream().anyMatch(t -> !t.smallTalk());
    // One shared word can be chance ("post" in a question and in an unrelated plan); two are not.
    long shared = statements.stream().flatMap(t -> t.terms().stream()).distinct()
        .filter(terms::contains).count();
    // "l'an dernier on avait fait les sous-titres nous-mêmes, c'était une catastrophe", "last
    // year we did the subtitles ourselves": a story opening with when it happened, told after
    // the question was dodged, recalls like "I remember …"; it shares the question's words
    // without answering it.
    boolean recalled = !undodged && (Cues.recalls(statements.get(0).text())
        || opensInThePast(cues, statements.get(0).text()));
    if (substantive && !recalled && shared >= Math.min(2, terms.size())) {
      return Answers.YES;
    }
    // The next person to speak usually answers, unless they open with a greeting: that starts
    // something new.
    Matcher greeting = cues.greeting().matcher(statements.get(0).text());
    return firstOther && substantive && !greeting.find() ? Answers.FIRST_TO_SPEAK : Answers.NO;
  }
}

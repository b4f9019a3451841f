package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds questions nobody answered. A question counts as answered when, among the next
 * {@value #ANSWER_WINDOW} messages of its thread (or of the channel, for a top-level question),
 * someone other than the asker
 * <ul>
 *   <li>mentions the asker, or</li>
 *   <li>agrees to it, or answers a yes/no question with yes/no/not yet, or</li>
 *   <li>says something that shares two content words with the question (one, if the question
 *   has only one), or</li>
 *   <li>is the first other person to speak after it, with a statement rather than a question;</li>
 * </ul>
 * or when the asker later says they found it themselves ("never mind", "found it"). A reply that
 * does not answer — "good question", "no idea", "nobody picked that up yet", "TBD, let's decide
 * later", "let's ask finance" — answers nothing: the question stays open, and the listed question
 * says how it was left ("— let's ask finance"), so the reader sees who was asked or when it is to
 * be settled. A reply that answers and hedges ("I think Dora does, not sure though") answers.
 */
final class OpenQuestionDetector {

  static final int ANSWER_WINDOW = 8;
  private static final int PENDING_CHARS = 120;
  /** A yes that only guesses, in each language: it answers unless what follows dodges. */
  private static final Pattern HEDGE = Pattern.compile("(?iu)^\\W*(?:(?:probably|likely|possibly"
      + "|wahrscheinlich|vermutlich|probablement|probablemente|seguramente|provavelmente)"
      + "(?:\\s+(?:yes|yeah|ja|oui|sí|sim))?(?!\\p{L})|たぶん|多分|おそらく)[\\s,.;:!—–-]*");
  /** "Remember the place we went in 2023?": recalling together, not asking the team. */
  private static final java.util.regex.Pattern REMINISCENCE = java.util.regex.Pattern.compile(
      "(?i)^\\W*(?:do\\s+you\\s+|d'you\\s+|you\\s+)?remember\\b");

  private OpenQuestionDetector() {}

  /** How a question fared: answered, or open with the reply that left it open (if any). */
  private record Outcome(boolean answered, Sentence leftOpenBy) {}

  /** Open questions, skipping sentences already taken (e.g. requests listed as action items). */
  static List<Detection<Point>> detect(PreparedConversation conversation, Set<Integer> taken) {
    List<Detection<Point>> open = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    java.util.Map<Integer, Optional<Sentence>> dodges = new java.util.HashMap<>();
    for (Sentence s : conversation.sentences()) {
      if (!s.isQuestion() || s.smallTalk() || s.terms().isEmpty() || taken.contains(s.index())
          || REMINISCENCE.matcher(s.text()).find()) {
        continue;
      }
      Outcome outcome = outcome(conversation, s, dodges);
      if (!outcome.answered() && seen.add(s.text().toLowerCase(Locale.ROOT))) {
        String text = Sentences.capitalize(s.text());
        List<String> sources = new ArrayList<>(List.of(s.ts()));
        Set<Integer> sentences = new HashSet<>(Set.of(s.index()));
        Sentence pending = outcome.leftOpenBy();
        if (pending != null) {
          text = text + " — " + pendingNote(pending);
          sources.add(pending.ts());
          sentences.add(pending.index());
        }
        open.add(new Detection<>(new Point(text, sources), sentences));
      }
    }
    return open;
  }

  static boolean isAnswered(PreparedConversation c, Sentence question) {
    return outcome(c, question).answered();
  }

  private static Outcome outcome(PreparedConversation c, Sentence question) {
    return outcome(c, question, new java.util.HashMap<>());
  }

  private static Outcome outcome(PreparedConversation c, Sentence question,
      java.util.Map<Integer, Optional<Sentence>> dodges) {
    String asker = question.user();
    boolean yesNo = c.cues().yesNoQuestion()
        .matcher(SlackText.USER.matcher(question.text()).replaceAll(" ")).find();
    boolean firstOther = true;
    Sentence leftOpenBy = null;
    for (int i : c.following(question.messageIndex(), ANSWER_WINDOW)) {
      Message reply = c.messages().get(i);
      List<Sentence> said = c.sentencesOf(i);
      String plain = String.join(" ", said.stream().map(Sentence::text).toList());
      boolean sameAuthor = asker != null && asker.equals(reply.user());
      if (sameAuthor) {
        if (c.cues().selfResolved().matcher(plain).find()) {
          return new Outcome(true, null);
        }
        // "ok, still open then, we'll decide at the next sync": the asker parks it (unless a
        // reply already said how it was left; a later deferral may be about something else).
        Optional<Sentence> parked = dodges.computeIfAbsent(i, k -> dodge(c, said));
        if (parked.isPresent() && leftOpenBy == null) {
          leftOpenBy = parked.get();
        }
        continue;
      }
      // "No idea" dodges; then "Not today." answers "do we support that?": a yes or no comes
      // before the deferrals and redirects a reply may go on with.
      boolean strictDodge = !said.isEmpty() && c.cues().nonAnswer().matcher(said.get(0).text())
          .find();
      if (firstOther && !strictDodge && yesNo && isYesOrNo(c, said) && !hedgedDodge(c, said)) {
        return new Outcome(true, null);
      }
      Optional<Sentence> dodge = dodges.computeIfAbsent(i, k -> dodge(c, said));
      if (dodge.isPresent()) {
        // The reply to this question says how it was left; later dodges answer other things.
        leftOpenBy = leftOpenBy == null ? dodge.get() : leftOpenBy;
        firstOther = false;
        continue;
      }
      if (answers(c, question, said, reply.text(), plain, firstOther)) {
        return new Outcome(true, null);
      }
      // "thanks for asking" is not taking the floor: the next real reply still comes first.
      firstOther = firstOther && said.stream().allMatch(Sentence::smallTalk);
    }
    return new Outcome(false, leftOpenBy);
  }

  /**
   * The sentence of a reply that dodges a question (non-answer, deferral, redirect), if any. A
   * reply is judged by how it opens: "Staging uses the sandbox. We'll check whether…" answers
   * first and muses after; "Good question, let's ask finance" dodges.
   */
  private static Optional<Sentence> dodge(PreparedConversation c, List<Sentence> said) {
    Cues cues = c.cues();
    if (said.isEmpty()) {
      return Optional.empty();
    }
    Sentence first = said.get(0);
    // "I think Dora does, not sure though", "Not big, maybe two days": an answer that hedges is
    // still an answer. Hedging counts against it only when it is all the reply opens with ("not
    // sure yet, …", "maybe, let's bring it up at the retro"): the non-answer cues.
    String answered = cues.choices().withoutHedges(first.text());
    if (!(cues.nonAnswer().matcher(first.text()).find()
        || cues.isDeferral(answered)
        || cues.redirect().matcher(first.text()).find() && !first.isQuestion())) {
      return Optional.empty();
    }
    // The sentence that says where it went ("let's ask finance") says more than "good
    // question": prefer one of the same reply that redirects or defers.
    for (Pattern telling : List.of(cues.redirect(), cues.deferral())) {
      for (Sentence t : said) {
        if (telling.matcher(t.text()).find()) {
          return Optional.of(t);
        }
      }
    }
    return Optional.of(first);
  }

  /**
   * "Probably, let's bring it to the postmortem", "probably, Mateo would know": a hedge that
   * goes on to defer or redirect has not answered; "probably not, it's fixed" has.
   */
  private static boolean hedgedDodge(PreparedConversation c, List<Sentence> said) {
    if (said.isEmpty() || !HEDGE.matcher(said.get(0).text()).find()) {
      return false;
    }
    String rest = HEDGE.matcher(said.get(0).text()).replaceFirst("");
    return c.cues().isDeferral(rest) || c.cues().redirect().matcher(rest).find()
        || said.stream().skip(1).anyMatch(t -> c.cues().isDeferral(t.text())
            || c.cues().redirect().matcher(t.text()).find());
  }

  private static boolean isYesOrNo(PreparedConversation c, List<Sentence> said) {
    return !said.isEmpty() && !said.get(0).isQuestion()
        && c.cues().yesNoAnswer().matcher(said.get(0).text()).find();
  }

  /** "<@U4>: let's ask finance", cut to a line: who left it open, and how. */
  private static String pendingNote(Sentence reply) {
    String said = Sentences.truncate(reply.text(), PENDING_CHARS);
    return reply.user() == null ? said : SlackText.mention(reply.user()) + ": " + said;
  }

  private static boolean answers(PreparedConversation c, Sentence question, List<Sentence> said,
      String raw, String plain, boolean firstOther) {
    Cues cues = c.cues();
    if (question.user() != null && SlackText.userIds(plain).contains(question.user())) {
      return true;
    }
    List<Sentence> statements = said.stream().filter(t -> !t.isQuestion()).toList();
    if (statements.isEmpty()) {
      return false;
    }
    // "Sure" and "yes" answer the question only when they come first; later they answer
    // whatever was said in between.
    if (firstOther && Agreement.isAgreement(cues, raw, plain)) {
      return true;
    }
    String asked = SlackText.USER.matcher(question.text()).replaceAll(" ");
    if (firstOther && cues.yesNoQuestion().matcher(asked).find()
        && cues.yesNoAnswer().matcher(statements.get(0).text()).find()) {
      return true;
    }
    Set<String> terms = new HashSet<>(question.terms());
    boolean substantive = statements.stream().anyMatch(t -> !t.smallTalk());
    // One shared word can be chance ("post" in a question and in an unrelated plan); two are not.
    long shared = statements.stream().flatMap(t -> t.terms().stream()).distinct()
        .filter(terms::contains).count();
    if (substantive && shared >= Math.min(2, terms.size())) {
      return true;
    }
    // The next person to speak usually answers, unless they open with a greeting: that starts
    // something new.
    Matcher greeting = cues.greeting().matcher(statements.get(0).text());
    return firstOther && substantive && !greeting.find();
  }
}

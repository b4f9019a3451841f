package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replies that leave a question open rather than answer it: "no idea", "let's ask finance",
 * "TBD", "no creo. Lo vemos en el postmortem", "I think Omar does, not 100% sure though"; and who
 * such a reply sent the question to. {@link OpenQuestionDetector} decides, reply by reply, whether
 * a question was answered; this class reads one reply. Language-neutral: the words come from
 * {@link Cues}.
 */
final class RepliesLeavingItOpen {

  /** No words: what is left of a sentence around a guess that stands for the whole answer. */
  private static final Pattern NOTHING = Pattern.compile("[\\W_]*");
  /**
   * An answer given with its condition or as an estimate, in any of the cue languages: "let's see
   * where the lag is in 30 min, if it isn't gone by then we post on the status page", "depends,
   * last time it took about a week", "kommt drauf an, letztes Mal …", "depende, la última vez …".
   * It opens like a non-answer and answers. "Depends on the quote" and "if it's still there we'll
   * decide then" do not.
   */
  private static final Pattern ANSWERS_ANYWAY = Pattern.compile("(?iu)\\bif\\b[^.;]*?,?\\s+"
      + "(?:then\\s+)?(?:we|I)(?:'ll|\\s+will)?\\s+(?!(?:decide|see|talk|discuss|revisit|figure"
      + "|check|look)\\b)\\p{L}{3,}|\\bwenn\\b[^.;]*,\\s*(?:dann\\s+)?(?!entscheiden|sehen|schauen)"
      + "\\p{L}+\\s+(?:wir|ich)\\b|\\bsi\\b[^.;]*,\\s*(?:alors\\s+)?(?:on|je|nous)\\s+"
      + "(?!verra|décide|regarde)\\p{L}{3,}|(?:^|[,.;]\\s*)(?:it\\s+)?(?:depends|kommt\\s+(?:drauf"
      + "|darauf)\\s+an|ça\\s+dépend|depende)\\b[^.;]*?\\b(?:last\\s+time|usually|typically"
      + "|about|around|roughly|letztes\\s+mal|normalerweise|etwa|ungefähr|la\\s+dernière\\s+fois"
      + "|en\\s+général|environ|la\\s+última\\s+vez|normalmente|unos|unas|a\\s+última\\s+vez"
      + "|uns|umas|cerca\\s+de)\\b"
      // "On verra au besoin, pour l'instant non": a hedge that still says no (or yes) for now.
      + "|\\b(?:for\\s+now|pour\\s+l'instant|pour\\s+le\\s+moment|por\\s+ahora|de\\s+momento"
      + "|por\\s+enquanto|vorerst|fürs\\s+erste)[\\s,:]+(?:no|non|not|nein|nicht|não"
      + "|yes|oui|sí|sim|ja)\\b|\\b(?:no|non|nein|não|not)[\\s,]+(?:for\\s+now|pour\\s+l'instant"
      + "|pour\\s+le\\s+moment|por\\s+ahora|de\\s+momento|por\\s+enquanto|vorerst)\\b"
      + "|今のところ(?:は)?(?:不要|なし|しません|やりません|予定はありません)");
  /** Words an opening may have and still say nothing before a put-off ("would be nice."). */
  private static final int FEW_WORDS = 3;
  /** Content words an answer from the person asked has at least ("marketing can do it"). */
  private static final int ANSWER_TERMS = 2;
  /** Messages after a first reply in which the thread may still put the question off. */
  private static final int PUT_OFF_WINDOW = 3;

  private RepliesLeavingItOpen() {}

  /**
   * Who the reply sent the question to, as a mention when a participant is named ("ask Dana"),
   * else as said ("finance", "la compta"); null when it names nobody.
   */
  static String askedIn(PreparedConversation c, Sentence reply) {
    for (Sentence t : c.sentencesOf(reply.messageIndex())) {
      Matcher redirect = c.cues().redirect().matcher(t.text());
      if (!redirect.find()) {
        continue;
      }
      String who = Cues.askedOf(redirect);
      if (who == null) {
        continue;
      }
      List<String> mentioned = SlackText.userIds(who);
      if (!mentioned.isEmpty()) {
        return SlackText.mention(mentioned.get(0));
      }
      String participant = c.userNamed(who);
      return participant != null ? SlackText.mention(participant) : who;
    }
    return null;
  }

  /**
   * The sentence of a reply that dodges a question (non-answer, deferral, redirect), if any. A
   * reply is judged by how it opens: "Staging uses the sandbox. We'll check whether…" answers
   * first and muses after; "Good question, let's ask finance" dodges; a guess that goes on to
   * defer or redirect ("no creo. Lo vemos en el postmortem") dodges too.
   */
  static Optional<Sentence> dodge(PreparedConversation c, List<Sentence> said) {
    Cues cues = c.cues();
    if (said.isEmpty()) {
      return Optional.empty();
    }
    Sentence first = said.get(0);
    // "I think Dora does, not sure though", "Not big, maybe two days": an answer that hedges is
    // still an answer. Hedging counts against it only when it is all the reply opens with ("not
    // sure yet, …", "maybe, let's bring it up at the retro"): the non-answer cues.
    String answered = cues.choices().withoutHedges(first.text());
    if (ANSWERS_ANYWAY.matcher(first.text()).find()) {
      return Optional.empty();
    }
    if (!(cues.nonAnswer().matcher(first.text()).find()
        || cues.isDeferral(answered)
        || cues.redirect().matcher(first.text()).find() && !first.isQuestion()
        || guessedDodge(c, said) || putsOff(c, said))) {
      return Optional.empty();
    }
    // The sentence that says where it went ("let's ask finance") says more than "good
    // question": prefer one of the same reply that redirects or defers.
    for (Pattern telling : List.of(cues.redirect(), cues.deferral(), cues.leavesOpen())) {
      for (Sentence t : said) {
        if (telling.matcher(t.text()).find()) {
          return Optional.of(t);
        }
      }
    }
    return Optional.of(first);
  }

  /**
   * "probably, but that's a v3 discussion", "good q, nobody's looked at that yet", "would be
   * nice. let's see after the retro": a reply that opens by putting the question off, or opens
   * with a few words only and puts it off next. "Staging uses the sandbox. Not deciding the rest
   * today" answered first.
   */
  static boolean putsOff(PreparedConversation c, List<Sentence> said) {
    Cues cues = c.cues();
    if (cues.leavesOpen().matcher(said.get(0).text()).find()) {
      return true;
    }
    if (said.size() < 2 || Terms.words(said.get(0).text()).size() > FEW_WORDS) {
      return false;
    }
    // Only the plain put-offs: "just the renderer. 2.14 has the fix finance is waiting on" answers.
    return cues.leavesOpen().matcher(said.get(1).text()).find();
  }

  /**
   * "do we prewarm the CDN?" — "eh prob not needed" — "park that, we revisit once the load test
   * is in": a reply that answered only by coming first (or with a guessed yes) is overruled when,
   * within the next {@value #PUT_OFF_WINDOW} messages, someone puts the question off in so many
   * words, replying to it or to that answer, or naming what it asked about ("let me check with
   * legal whether brownouts breach the SLA before we decide anything"), and opening with it.
   * The put-off, if any.
   */
  static Optional<Sentence> putOffAfter(PreparedConversation c, Sentence question,
      int answeredAt) {
    for (int i : c.following(answeredAt, PUT_OFF_WINDOW)) {
      int responds = c.model().respondsTo(i);
      boolean onIt = responds == answeredAt || responds == question.messageIndex();
      // Judged by how the message opens: "ok. we'll go over the checklist at the retro, not
      // deciding anything on that now" took the answer first.
      List<Sentence> said = c.sentencesOf(i);
      Sentence t = said.isEmpty() ? null : said.get(0);
      if (t != null && !t.isQuestion() && c.cues().leavesOpen().matcher(t.text()).find()
          && (onIt || t.terms().stream().anyMatch(question.terms()::contains))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * "Probably, let's bring it to the postmortem", "probably, Mateo would know", "Fueron doce
   * minutos, no creo. Lo vemos en el postmortem": a guess that goes on to defer or redirect has
   * not answered; "probably not, it's fixed" has.
   */
  static boolean guessedDodge(PreparedConversation c, List<Sentence> said) {
    if (said.isEmpty()) {
      return false;
    }
    Cues cues = c.cues();
    String rest = guesses(c, said.get(0).text());
    if (rest == null) {
      return false;
    }
    rest = cues.choices().withoutHedges(rest);
    return cues.isDeferral(rest) || cues.redirect().matcher(rest).find()
        || said.stream().skip(1).anyMatch(t -> cues.isDeferral(t.text())
            || cues.redirect().matcher(t.text()).find());
  }

  /**
   * What a sentence says after its guess, when the guess is the answer: said first ("probably,
   * Mateo would know") or last ("Fueron doce minutos, no creo."); null when the sentence does not
   * guess, or guesses only about a part of what it says ("by then it's probably over").
   */
  static String guesses(PreparedConversation c, String sentence) {
    Matcher guess = c.cues().guess().matcher(sentence);
    while (guess.find()) {
      String before = sentence.substring(0, guess.start());
      String after = sentence.substring(guess.end());
      if (NOTHING.matcher(before).matches() || NOTHING.matcher(after).matches()) {
        return after;
      }
    }
    return null;
  }

  /**
   * What the person a question was sent to says, when it answers: a statement with some content
   * that neither dodges nor doubts ("we can enable it on trials with a feature flag"), not "no
   * idea either" or a question back.
   */
  static boolean answersWhenAsked(PreparedConversation c, List<Sentence> said) {
    return !said.isEmpty() && !said.get(0).isQuestion() && !said.get(0).smallTalk()
        && said.stream().mapToInt(t -> t.terms().size()).sum() >= ANSWER_TERMS
        && dodge(c, said).isEmpty() && !doubts(c, said);
  }

  /** "I think Omar does, not 100% sure though": a guess whose author says they may be wrong. */
  static boolean doubts(PreparedConversation c, List<Sentence> said) {
    if (said.isEmpty() || said.get(0).isQuestion()
        || !c.cues().guess().matcher(said.get(0).text()).find()) {
      return false;
    }
    return said.stream().anyMatch(t -> c.cues().unsure().matcher(t.text()).find());
  }
}

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
  private static final Pattern ANSWERS_ANYWAY = Pattern.compile("(?iu)"
      // "overnight security?" — "yes, ask the security co for a night guard": a plain yes
      // answers, whoever it then sends the asker to; not "no, ask HR, no clue".
      + "^\\W*(?:yes|yep|yeah|yup)\\s*[,.!;:]\\s*(?:ask|tell|get|have|check\\s+with)\\s"
      + "(?![^.!?]*\\b(?:no\\s+(?:clue|idea)|not\\s+sure|dunno|idk)\\b)"
      + "|\\bif\\b[^.;]*?,?\\s+"
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
  /**
   * An answer given on a condition, in any of the cue languages: "if the translations arrive in
   * time, yes", "si la revisión llega a tiempo, sí", "wenn …", "se …", "…なら". Followed by a
   * put-off in the same reply ("lo confirmamos el lunes"), it has not answered.
   */
  private static final Pattern CONDITIONAL = Pattern.compile(
      "(?iu)^\\W*(?:(?:ok|okay|vale|bueno|alors|also|então)[\\s,]+)?(?:if|si|wenn|falls|se)\\b"
      + "|^[^。]{1,40}(?:なら|たら)[、,]");
  /**
   * An answer for the most part only, in any of the cue languages: "mostly. a few use holt_winters
   * and I'm not sure that's supported there", "größtenteils", "en su mayoría", "大体". Followed by
   * doubt about the rest, the rest is still open.
   */
  private static final Pattern PARTLY = Pattern.compile(
      "(?iu)^\\W*(?:(?:yes|yeah|ja|oui|sí|sim)[\\s,]+)?(?:mostly|partly|largely|in\\s+most\\s+cases"
      + "|größtenteils|meistens|teilweise|zum\\s+großen\\s+teil|en\\s+grande\\s+partie|en\\s+partie"
      + "|pour\\s+la\\s+plupart|la\\s+plupart|en\\s+su\\s+mayoría|mayormente|en\\s+parte"
      + "|em\\s+grande\\s+parte|na\\s+maioria|em\\s+parte|大体|だいたい|ほとんど|一部)\\b");
  /**
   * "who does the Okta group mapping?" — "that's on IT, I'll ask them": a reply naming whose job
   * it is, in any of the cue languages ("das liegt bei der IT", "ça, c'est pour l'IT", "eso le
   * toca a IT", "isso é com a TI", "それは情シスの担当"). It answers a who-question, even when the
   * one answering goes on to pass it to them.
   */
  private static final Pattern WHOSE_JOB = Pattern.compile("(?iu)^\\W*(?:(?:that|it|this)'?s|that\\s+is"
      + "|this\\s+is)\\s+on\\s+(?!hold\\b|(?:the|my|our)\\s+(?:agenda|list|roadmap|backlog|radar)\\b"
      + "|track\\b|me\\b|us\\b)\\S"
      + "|^\\W*das\\s+(?:liegt\\s+bei|ist\\s+sache\\s+(?:von|der|des)|macht\\s+(?:die|der|das)\\s)"
      + "|^\\W*(?:ça,?\\s+)?c'est\\s+(?:pour|à|chez)\\s+(?:l'|la\\s+|le\\s+|les\\s+)?(?:équipe\\s+)?"
      + "(?:<@|(?-i:\\p{Lu}))"
      + "|^\\W*(?:eso|esto)\\s+(?:es\\s+cosa\\s+de|le\\s+toca\\s+a|lo\\s+lleva)\\s"
      + "|^\\W*(?:isso|isto)\\s+(?:é\\s+com|fica\\s+com|é\\s+coisa\\s+d[oa])\\s"
      + "|^\\W*それは[^。]{1,12}の(?:担当|仕事)");
  /**
   * "¿quién habla con dirección?" — "marta lo habla con dirección"; "quem vê com o financeiro?"
   * — "a renata vê com o financeiro": asked who does the talking, the one named first answers.
   * Not "nadie lo habla con dirección todavía", nor "ya lo habla con dirección".
   */
  private static final Pattern NAMED_TO_TALK = Pattern.compile("(?iu)^\\W*(?:(?:el|la|o|a)\\s+)?"
      + "(?!(?:eso|esto|isso|isto|que|nadie|ninguno|ninguna|nenhum|nenhuma|ninguém|nobody|ya|já|no"
      + "|não|también|também|todavía|ainda|aún|se|me|te|nos|eu|yo|quizá|quizás|quizas|igual|siempre|talvez"
      + "|tal|probablemente|seguramente|provavelmente|acho|creo)\\s)(?:" + Cues.MENTION + "|\\p{L}+)"
      + "\\s+(?:lo\\s+(?:habla|ve|mira|consulta)\\s+con|vê\\s+(?:isso\\s+)?com)\\s");
  /** A who-question about who talks to or sees someone: "¿quién habla con …?", "quem vê com …?". */
  private static final Pattern WHO_TALKS = Pattern.compile("(?iu)(?<!\\p{L})(?:habla|hablará|ve|mira"
      + "|consulta|vê|fala|falará|conversa)(?!\\p{L})");
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
   * A reply that sets out to find the answer, or waits for it, in English: "will look tomorrow",
   * "I'll check with the vendor", "let me confirm", "we'll look into it", "still waiting on the
   * organiser", "emailed them this morning, waiting". Nothing is answered yet; the one who set out
   * answers when they come back with it ({@link OpenQuestionDetector}). Read only as a reply to a
   * question: the same words take a task on ("I'll check the backups tonight") wherever else they
   * are said.
   */
  private static final Pattern FINDING_OUT = Pattern.compile("(?iu)^\\W*(?:(?:ok(?:ay)?|sure|yes"
      + "|yeah|good\\s+(?:q|question)|no\\s+idea)\\W+)?(?:i['’]?ll|i\\s+will|we['’]ll|we\\s+will|will"
      + "|let\\s+me|i['’]?m\\s+going\\s+to|gonna)\\s+(?:check|find\\s+out|dig|confirm|verify"
      + "|look(?!\\s+(?:good|great|better|fine|nice|ok(?:ay)?|right|wrong|odd|weird|like|promising)\\b))"
      // Not "I'll check it in", "check that off": done with, not found out.
      + "(?!\\s+(?:it|that|this)\\s+(?:off|in)\\b)"
      + "|^\\W*(?:(?:no|nope|not\\s+yet)\\W+)?still\\s+waiting\\b"
      + "|[,.;—–]\\s*waiting(?:\\s+to\\s+hear(?:\\s+back)?)?\\W*$");

  /** Whether the reply opens by setting out to find the answer, or waiting for it ({@link #FINDING_OUT}). */
  static boolean setsOutToFindOut(PreparedConversation c, List<Sentence> said) {
    return !said.isEmpty() && c.cues().isEnglish()
        && RegexPrefilter.find(FINDING_OUT, said.get(0).text());
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
    if (RegexPrefilter.find(ANSWERS_ANYWAY, first.text())) {
      return Optional.empty();
    }
    Optional<Sentence> halfAnswered = conditionalThenPutOff(c, said).or(() -> partlyThenUnsure(c,
        said));
    if (halfAnswered.isPresent()) {
      return halfAnswered;
    }
    // "think so? no clue tbh": a guess asked back, then not knowing, answers nothing.
    boolean guessedBackUnsure = first.isQuestion() && said.size() > 1
        && RegexPrefilter.find(cues.guess(), first.text())
        && said.stream().skip(1).allMatch(t -> RegexPrefilter.find(cues.nonAnswer(), t.text()));
    if (!(RegexPrefilter.find(cues.nonAnswer(), first.text()) || guessedBackUnsure
        || setsOutToFindOut(c, said)
        || PreparedConversation.takesTimeToThink(first.text())
        || cues.isDeferral(answered)
        || RegexPrefilter.find(cues.redirect(), first.text()) && !first.isQuestion()
        || guessedDodge(c, said) || putsOff(c, said))) {
      return Optional.empty();
    }
    // The sentence that says where it went ("let's ask finance") says more than "good
    // question": prefer one of the same reply that redirects or defers.
    for (Pattern telling : List.of(cues.redirect(), cues.deferral(), cues.leavesOpen())) {
      for (Sentence t : said) {
        if (RegexPrefilter.find(telling, t.text())) {
          return Optional.of(t);
        }
      }
    }
    return Optional.of(first);
  }

  /**
   * "who does the mapping?" — "that's on IT, I'll ask them": the reply says whose job it is; or,
   * asked who talks to someone, names who will ({@link #NAMED_TO_TALK}).
   */
  static boolean namesWhoseJob(Sentence question, List<Sentence> said) {
    return !said.isEmpty() && RegexPrefilter.find(CommitmentObjects.WHO, question.text())
        && (RegexPrefilter.find(WHOSE_JOB, said.get(0).text())
            || RegexPrefilter.find(NAMED_TO_TALK, said.get(0).text())
                && RegexPrefilter.find(WHO_TALKS, question.text()));
  }

  /**
   * "si la revisión de traducciones llega a tiempo, sí. lo confirmamos el lunes": a yes on a
   * condition, then a put-off in the same reply. The put-off, if any.
   */
  static Optional<Sentence> conditionalThenPutOff(PreparedConversation c, List<Sentence> said) {
    if (said.size() < 2 || !RegexPrefilter.find(CONDITIONAL, said.get(0).text())) {
      return Optional.empty();
    }
    return said.stream().skip(1).filter(t -> !t.isQuestion() && c.cues().putsOff(t.text())).findFirst();
  }

  /**
   * "mostly. a few use holt_winters and I'm not sure that's supported there": an answer for the
   * most part, with doubt about the rest. The sentence that doubts, if any.
   */
  static Optional<Sentence> partlyThenUnsure(PreparedConversation c, List<Sentence> said) {
    if (said.isEmpty() || !RegexPrefilter.find(PARTLY, said.get(0).text())) {
      return Optional.empty();
    }
    return said.stream().filter(t -> RegexPrefilter.find(c.cues().unsure(), t.text())).findFirst();
  }

  /**
   * "probably, but that's a v3 discussion", "good q, nobody's looked at that yet", "would be
   * nice. let's see after the retro", "not yet, decide at 09:30 when we know more": a reply that
   * opens by putting the question off, or opens
   * with a few words only and puts it off next. "Staging uses the sandbox. Not deciding the rest
   * today" answered first.
   */
  static boolean putsOff(PreparedConversation c, List<Sentence> said) {
    Cues cues = c.cues();
    // "not yet, decide at 09:30 when we know more": a "not yet" that puts deciding off answers
    // nothing.
    if (RegexPrefilter.find(cues.leavesOpen(), said.get(0).text())
        || cues.putsOffDeciding(said.get(0).text())) {
      return true;
    }
    if (said.size() < 2 || Terms.words(said.get(0).text()).size() > FEW_WORDS) {
      return false;
    }
    // Only the plain put-offs: "just the renderer. 2.14 has the fix finance is waiting on" answers.
    return RegexPrefilter.find(cues.leavesOpen(), said.get(1).text());
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
      // "si la revisión llega a tiempo, sí. lo confirmamos el lunes": a yes on a condition that
      // goes on to put it off puts it off.
      Optional<Sentence> conditional = conditionalThenPutOff(c, said);
      if (conditional.isPresent() && onIt) {
        return conditional;
      }
      if (t != null && !t.isQuestion() && RegexPrefilter.find(c.cues().leavesOpen(), t.text())
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
    return cues.isDeferral(rest) || RegexPrefilter.find(cues.redirect(), rest)
        || said.stream().skip(1).anyMatch(t -> cues.isDeferral(t.text())
            || RegexPrefilter.find(cues.redirect(), t.text()));
  }

  /**
   * What a sentence says after its guess, when the guess is the answer: said first ("probably,
   * Mateo would know") or last ("Fueron doce minutos, no creo."); null when the sentence does not
   * guess, or guesses only about a part of what it says ("by then it's probably over").
   */
  static String guesses(PreparedConversation c, String sentence) {
    Matcher guess = RegexPrefilter.firstMatch(c.cues().guess(), sentence);
    if (guess == null) {
      return null;
    }
    do {
      String before = sentence.substring(0, guess.start());
      String after = sentence.substring(guess.end());
      if (NOTHING.matcher(before).matches() || NOTHING.matcher(after).matches()) {
        return after;
      }
    } while (guess.find());
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
        || !RegexPrefilter.find(c.cues().guess(), said.get(0).text())) {
      return false;
    }
    return said.stream().anyMatch(t -> RegexPrefilter.find(c.cues().unsure(), t.text()));
  }
}

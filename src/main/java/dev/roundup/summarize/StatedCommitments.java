package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commitments stated by the one who takes them on: "I'll …", "I can take …", "let me …", "on it",
 * "will ship it thursday" (chat leaves out the "I"; "ill do it", typed without the apostrophe, is
 * read as "i'll do it": {@link ChatShorthand}),
 * "ich kümmere mich …", "je m'en charge", "〜ておきます". The speaker owns them. First-person
 * remarks that are not tasks ("I'll be out", "I'll let you know if …") and an obligation given as
 * the reason for a question ("Who has the admin seat? I need to add a contractor") are not.
 */
final class StatedCommitments {

  /** A cue that names the taking itself ("I'll take", "I can handle"), read lower-cased. */
  private static final Pattern TAKING_VERB = Pattern.compile(".*\\b(?:take|handle|own|grab|do)$");
  private static final Pattern I_WILL = Pattern.compile("(?i)^I(?:'ll|’ll| will| can)?\\s+");
  /** An obligation, in each language: "I have to", "tengo que", "je dois", "ich muss". */
  private static final Pattern OBLIGATION = Pattern.compile("(?iu)\\bI(?:'ve)?\\s+(?:have|need|got)"
      + "\\s+to\\b|\\btengo\\s+que\\b|\\btenho\\s+(?:que|de)\\b|\\bpreciso\\b|\\bje\\s+dois\\b"
      + "|\\bil\\s+faut\\s+que\\s+je\\b|\\bich\\s+muss\\b|なければ|ないといけません");

  /**
   * "I can, send me the account id": after the taking, a request back to whoever asked what the
   * speaker needs for it. It is not what they take on; the question they answer says that.
   */
  private static final Pattern ASKS_BACK = Pattern.compile("(?i)^\\W*(?:just\\s+|pls\\s+|please\\s+)?"
      + "(?:send|give|dm|ping|forward|pass|share|slack|email|mail|get|show|tell)\\s+me\\b");

  /** "…, but", "…, pero", "…, mas", "…, mais", "…, aber", "…けど": a clause that turns. */
  private static final Pattern BUT = Pattern.compile("(?iu)[,;]\\s*(?:but|pero|mas|mais|aber)\\s+"
      + "|(?:けど|けれど|が)、");

  /** A clause boundary: a comma, a semicolon or a dash. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;—–]\\s*");

  /**
   * What follows a cue when it only sets a condition on what was asked: "yeah happy to, as long
   * as i'm not losing the week" takes on the request, and the condition is no task.
   */
  private static final Pattern CONDITION_ONLY = Pattern.compile("(?i)^\\W*(?:as\\s+long\\s+as"
      + "|so\\s+long\\s+as|provided\\s+(?:that|we|they|you|i|it|he|she)|assuming)\\b");

  /** A who-question typed without its mark: "how on earth. who uploaded it". */
  private static final Pattern WHO_FIRST = Pattern.compile("(?i)^\\W*who\\b");

  /** "me" alone as the cue: "me, sorry, …". */
  private static final Pattern ME = Pattern.compile("(?i)\\W*me\\W*");

  private StatedCommitments() {}

  static Optional<ActionCandidate> commitment(PreparedConversation c, Sentence s) {
    Cues cues = c.cues();
    if (s.isQuestion() || !RegexPrefilter.of(cues.commitment()).mayMatch(s.text())
        && !s.text().strip().equalsIgnoreCase("me") || reasonForAsking(c, s)) {
      return Optional.empty();
    }
    String said = s.text();
    if (RegexPrefilter.find(cues.notATask(), said)) {
      // "creo que no, pero déjame confirmarlo con la gestoría": a guess, then the check taken on.
      Matcher but = BUT.matcher(said);
      if (!but.find() || RegexPrefilter.find(cues.notATask(), said.substring(but.end()))) {
        return Optional.empty();
      }
      said = said.substring(but.end());
    }
    String text = TaskWording.ACCEPTANCE_OPENER.matcher(said).replaceFirst("");
    // The prefilter tries only the alternatives whose words the text has; the same first match.
    Matcher m = RegexPrefilter.firstMatch(cues.commitment(), text);
    if (m == null) {
      return Optional.empty();
    }
    if (!cues.isEnglish()) {
      return Optional.of(ActionCandidate.of(s.user(), TaskWording.phrase(c,
          fromItsClause(cues, text, m.start() + leadingMarks(m.group()))), s,
          Kind.COMMITMENT));
    }
    if (ownsUpTo(c, s, m.group(), text.substring(m.end()))) {
      return Optional.empty();
    }
    String rest = text.substring(m.end());
    if (Terms.content(rest).isEmpty() || ASKS_BACK.matcher(rest).find()
        || CONDITION_ONLY.matcher(rest).find()) {
      // "I'll do it" answers a request, which is the item; "me, happy to" answers "who'll
      // mentor?", which says what was taken on.
      // (ActionItemDetector keeps it only when it answers a who-question or accepts a request.)
      return Optional.of(ActionCandidate.of(s.user(), "", s, Kind.COMMITMENT));
    }
    String cue = m.group().strip();
    String verb = TAKING_VERB.matcher(cue.toLowerCase(Locale.ROOT)).matches()
        ? I_WILL.matcher(cue).replaceAll("") + " "
        : "";
    return Optional.of(ActionCandidate.of(s.user(), TaskWording.phrase(c, verb + rest), s,
        Kind.COMMITMENT));
  }

  /** How many marks open a cue's match before its first word (", frag ich" → 2). */
  private static int leadingMarks(String match) {
    int i = 0;
    while (i < match.length() && !Character.isLetter(match.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * A commitment said whole in its language, from the clause it opens when what comes before
   * only says the speaker does not know: "weiß ich nicht, frag ich nach" takes on "frag ich
   * nach"; "o relatório da auditoria, eu envio amanhã" and "das zelt muss ich bis freitag
   * buchen" stay whole.
   */
  private static String fromItsClause(Cues cues, String text, int cue) {
    Matcher clause = CLAUSE_END.matcher(text);
    int from = 0;
    while (clause.find() && clause.end() <= cue) {
      from = clause.end();
    }
    String rest = text.substring(from).strip();
    return from > 0 && RegexPrefilter.find(cues.nonAnswer(), text.substring(0, from))
        && !Terms.content(rest).isEmpty() ? rest : text;
  }

  /**
   * "who made the gist?" — "me, sorry, I pasted my whole .env": "me" owning up to what was done,
   * not taking anything on, unless something is taken on after it.
   */
  private static boolean ownsUpTo(PreparedConversation c, Sentence s, String cue, String rest) {
    // "me, sorry, I'll revert it now": owning up, and taking the mend on.
    return ME.matcher(cue).matches() && !RegexPrefilter.find(c.cues().commitment(), rest)
        && c.preceding(s.messageIndex(), 1).stream()
        .flatMap(i -> c.sentencesOf(i).stream())
        .anyMatch(q -> (q.isQuestion() || WHO_FIRST.matcher(q.text()).find())
            && CommitmentObjects.asksWhoDid(q.text()));
  }

  /**
   * "Who has the admin seat? I need to add a contractor": an obligation beside a question says
   * why it is asked; whoever answers takes it on.
   */
  private static boolean reasonForAsking(PreparedConversation c, Sentence s) {
    return RegexPrefilter.find(OBLIGATION, s.text())
        && c.sentencesOf(s.messageIndex()).stream().anyMatch(Sentence::isQuestion);
  }
}

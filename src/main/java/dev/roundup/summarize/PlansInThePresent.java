package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A commitment said in the present tense, the way people answer in chat: "Postmortem schreib
 * ich bis Freitag", "vale, redacto el correo y te lo paso", "consigo, falo com o account manager
 * deles", "ok, opening a case", "問い合わせの5件には私から復旧の連絡をします". The speaker owns
 * it. The words are each language's ({@link Cues#planInPresent()}); a question is never one.
 */
final class PlansInThePresent {

  private PlansInThePresent() {}

  static Optional<ActionCandidate> plan(PreparedConversation c, Sentence s) {
    if (s.isQuestion() || s.user() == null || !RegexPrefilter.find(c.cues().planInPresent(), s.text())
        || RegexPrefilter.find(c.cues().notATask(), s.text())) {
      return Optional.empty();
    }
    String text = TaskWording.ACCEPTANCE_OPENER.matcher(afterClause(c, s.text())).replaceFirst("");
    return Optional.of(ActionCandidate.of(s.user(), TaskWording.phrase(c, text), s,
        Kind.COMMITMENT));
  }

  /**
   * The plan itself when it follows a clause of its own: "good q, for temps i honestly don't
   * know, checking with the agency" plans "checking with the agency".
   */
  private static String afterClause(PreparedConversation c, String text) {
    Matcher m = c.cues().planInPresent().matcher(text);
    if (m.find() && m.start() > 0) {
      Matcher turn = CLAUSE_TURN.matcher(text);
      if (turn.find(m.start()) && turn.start() < m.start() + 12) {
        return text.substring(turn.end()).strip();
      }
    }
    return LEADING_MARKS.matcher(text).replaceFirst("");
  }

  /** Where the plan's own clause starts: after a comma, a semicolon and a "so" or "but". */
  private static final Pattern CLAUSE_TURN = Pattern.compile("(?i)[,;]\\s*(?:(?:so|but)\\s+)?");

  /** An emoji or mark opening the plan: "👍 briefing the drivers now". */
  private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}<@#]+");
}

package dev.roundup.summarize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "I'll write it, <@corey> can you review", "i'll write it, anita you review before friday",
 * "rachel pulls the list, i'll review anything near the cutoff": the speaker's own task said in a
 * clause before or after a request to someone else in the same sentence. The request is read as
 * ever; the clause is read again on its own as the speaker's commitment, so neither task is lost.
 * English, whose commitments open with "I'll".
 */
final class OwnTaskBesideRequest {

  /** The speaker's own words of taking on: "I'll", "I will". */
  private static final String I_WILL = "I(?:'ll|’ll|\\s+will)";

  /** Where a clause after another starts: after a comma or semicolon, and an "and" or "then". */
  private static final String AFTER_A_CLAUSE = "[,;]\\s+(?:and\\s+|then\\s+)?";

  /** The speaker's "I'll …" clause (group 1) up to the comma or semicolon that ends it. */
  private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)^\\W*(?:(?:ok(?:ay)?|yes|yep|yeah"
      + "|sure|right)\\W+)?(" + I_WILL + "\\s+[^,;.!?]{2,80}?)\\s*[,;]\\s+\\S");

  /**
   * The speaker's "I'll …" clause (group 1) after a comma or semicolon, to the next one or the
   * sentence's end. Not signing, approving or reviewing what was asked ("<@dev> can you draft
   * the lift plan, i'll sign it", "fix PR please, i'll review right away"): that is a step of the
   * request's own task.
   */
  private static final Pattern OWN_CLAUSE_AFTER = Pattern.compile("(?i)" + AFTER_A_CLAUSE
      + "(" + I_WILL + "\\s+(?!(?:sign|approve|ok|okay|review\\s+(?:it|that|them|right"
      + "|asap|after|when|once)|review\\W*$|take\\s+the\\s+(?:\\p{L}+\\s+)?hit)\\b)[^,;.!?]{2,120})");

  /** Any clause of the speaker's own after another: ", i'll review it", "; and I will …". */
  private static final Pattern ANY_OWN_CLAUSE_AFTER = Pattern.compile(
      "(?i)" + AFTER_A_CLAUSE + I_WILL + "\\b");

  private OwnTaskBesideRequest() {}

  /** The clause holding the speaker's own task, as a sentence of its own; empty when none. */
  static Optional<Sentence> clause(PreparedConversation c, Sentence s, ActionCandidate request) {
    if (!c.cues().isEnglish() || request.kind != ActionCandidate.Kind.REQUEST
        || request.item.owner() == null || request.item.owner().equals(s.user())) {
      return Optional.empty();
    }
    Matcher m = OWN_CLAUSE.matcher(s.text());
    Matcher after = OWN_CLAUSE_AFTER.matcher(s.text());
    String own = m.lookingAt() ? m.group(1) : after.find() ? after.group(1) : null;
    return Optional.ofNullable(own).map(o -> asSentence(s, o));
  }

  /** The clause {@code own} of sentence {@code s} as a sentence of its own, asking nothing. */
  private static Sentence asSentence(Sentence s, String own) {
    return new Sentence(s.index(), s.messageIndex(), s.message(), own, Terms.content(own), false,
        false);
  }

  /**
   * The speaker's "I'll …" clause opening a sentence that goes on to ask something ("i'll place
   * the order today, 6 weeks cover?", "i'll draft the letter, want it signed off by the
   * trustees?", "i'll raise the PO today, but what cost code?"), as a sentence of its own: the
   * question asks about the work, it does not take the taking back. English, as {@link #clause}.
   */
  static Optional<Sentence> beforeAQuestion(PreparedConversation c, Sentence s) {
    if (!c.cues().isEnglish() || !s.isQuestion()) {
      return Optional.empty();
    }
    Matcher m = OWN_CLAUSE.matcher(s.text());
    return m.lookingAt() ? Optional.of(asSentence(s, m.group(1))) : Optional.empty();
  }

  /**
   * A task handed out without the speaker's own clause after it: "pull the list, i'll review
   * the rest" hands out "pull the list".
   */
  static String withoutOwnClauseAfter(String task) {
    Matcher own = ANY_OWN_CLAUSE_AFTER.matcher(task);
    return own.find() ? task.substring(0, own.start()) : task;
  }
}

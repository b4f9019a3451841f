package dev.roundup.summarize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "I'll write it, <@corey> can you review", "i'll write it, anita you review before friday": the
 * speaker's own task said in the clause before a request to someone else in the same sentence.
 * The request is read as ever; the clause is read again on its own as the speaker's commitment,
 * so neither task is lost. English, whose commitments open with "I'll".
 */
final class OwnTaskBeforeRequest {

  /** The speaker's "I'll …" clause (group 1) up to the comma or semicolon that ends it. */
  private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)^\\W*(?:(?:ok(?:ay)?|yes|yep|yeah"
      + "|sure|right)\\W+)?(I(?:'ll|’ll|\\s+will)\\s+[^,;.!?]{2,80}?)\\s*[,;]\\s+\\S");

  private OwnTaskBeforeRequest() {}

  /** The clause holding the speaker's own task, as a sentence of its own; empty when none. */
  static Optional<Sentence> clause(PreparedConversation c, Sentence s, ActionCandidate request) {
    if (!c.cues().isEnglish() || request.kind != ActionCandidate.Kind.REQUEST
        || request.item.owner() == null || request.item.owner().equals(s.user())) {
      return Optional.empty();
    }
    Matcher m = OWN_CLAUSE.matcher(s.text());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String own = m.group(1);
    return Optional.of(new Sentence(s.index(), s.messageIndex(), s.message(), own,
        Terms.content(own), false, false));
  }
}

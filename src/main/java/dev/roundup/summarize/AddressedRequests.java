package dev.roundup.summarize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work asked of someone by name and "you", without a comma after the name, as a question: "Hugo
 * tu t'en charges dans le même ticket ?" — "ça marche"; "Lena du machst das im selben Ticket?",
 * "Ana you take it in the same ticket?", "Hugo tú te encargas en el mismo ticket?", "Ana você
 * cuida disso no mesmo ticket?". When the one named takes it on, even with a plain yes, the
 * sentence is that person's task, read by the action-item rules, and no decision of the thread
 * ({@link DecisionDetector}). Not a request: a statement about them ("Hugo you said it was
 * fixed"), a question nobody named answers so, or one the named person turns down.
 */
final class AddressedRequests {

  /** A name followed at once by "you": "Hugo tu t'en charges …?", "Ana you take it …?". */
  private static final Pattern NAME_THEN_YOU = Pattern.compile(
      "^\\W*(\\p{Lu}[\\p{L}'-]*)\\s+(?:tu|vous|you|du|tú|você|voce)\\s");

  private AddressedRequests() {}

  /** Whether the sentence asks someone by name and "you", who then takes it on. */
  static boolean askedAndTakenOn(PreparedConversation c, Sentence said) {
    Matcher named = NAME_THEN_YOU.matcher(said.text());
    return said.isQuestion() && named.lookingAt()
        && WorkHandedOut.takenOnBy(c, said, c.userCalled(named.group(1)), true);
  }
}

package dev.roundup.summarize;

import dev.roundup.llm.LlmException;
import org.slf4j.event.Level;

/**
 * The note a reader sees when the model was not used and the built-in summarizer or answerer gave
 * the result instead: why, in a few words. A budget says which budget ran out, so an admin reading
 * it knows what to raise.
 */
final class FallbackNotes {

  private FallbackNotes() {}

  /**
   * How loudly to log a fallback: a spent budget is the operator's limit doing its job (counted on
   * /metrics), not a fault, so it is INFO; a model that failed is WARN.
   */
  static Level logLevel(LlmException e) {
    return e.kind() == LlmException.Kind.OVER_BUDGET ? Level.INFO : Level.WARN;
  }

  static String summary(LlmException e) {
    return e.kind() == LlmException.Kind.OVER_BUDGET
        ? e.getMessage() + "; summarized with the built-in summarizer"
        : e.kind().shortReason() + " — extractive summary";
  }

  static String answer(LlmException e) {
    return e.kind() == LlmException.Kind.OVER_BUDGET
        ? e.getMessage() + "; answered with the built-in answerer"
        : e.kind().shortReason() + " — extractive answer";
  }
}

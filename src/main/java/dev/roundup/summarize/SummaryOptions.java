package dev.roundup.summarize;

import dev.roundup.llm.LlmAccount;

/**
 * How to summarize.
 *
 * @param focus         words the reader cares about ("launches, risks"); matching content is
 *                      boosted. Null or blank for none.
 * @param maxHighlights upper bound on key points
 * @param chargeTo      whom model calls are charged to (token budgets), or null for the default
 *                      workspace; the built-in summarizer ignores it
 */
public record SummaryOptions(String focus, int maxHighlights, LlmAccount chargeTo) {

  public static final SummaryOptions DEFAULT = new SummaryOptions(null, 5);

  public SummaryOptions(String focus, int maxHighlights) {
    this(focus, maxHighlights, null);
  }

  public static SummaryOptions focusedOn(String focus) {
    return new SummaryOptions(focus, DEFAULT.maxHighlights());
  }

  /** The same options, with model calls charged to {@code account}. */
  public SummaryOptions chargedTo(LlmAccount account) {
    return new SummaryOptions(focus, maxHighlights, account);
  }

  public boolean hasFocus() {
    return focus != null && !focus.isBlank();
  }
}

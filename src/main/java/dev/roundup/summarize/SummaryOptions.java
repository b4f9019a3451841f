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
 * @param topicAsHighlight the reader is shown no TL;DR (a catch-up shows key points only): the
 *                      sentence the TL;DR would open with may be a highlight too
 */
public record SummaryOptions(String focus, int maxHighlights, LlmAccount chargeTo,
    boolean topicAsHighlight) {

  public static final SummaryOptions DEFAULT = new SummaryOptions(null, 5);

  public SummaryOptions(String focus, int maxHighlights) {
    this(focus, maxHighlights, null);
  }

  public SummaryOptions(String focus, int maxHighlights, LlmAccount chargeTo) {
    this(focus, maxHighlights, chargeTo, false);
  }

  public static SummaryOptions focusedOn(String focus) {
    return new SummaryOptions(focus, DEFAULT.maxHighlights());
  }

  /** The same options, with model calls charged to {@code account}. */
  public SummaryOptions chargedTo(LlmAccount account) {
    return new SummaryOptions(focus, maxHighlights, account, topicAsHighlight);
  }

  /** The same options, for a reader shown key points without the TL;DR. */
  public SummaryOptions withoutTldr() {
    return new SummaryOptions(focus, maxHighlights, chargeTo, true);
  }

  public boolean hasFocus() {
    return focus != null && !focus.isBlank();
  }
}

package dev.roundup.digest;

import dev.roundup.llm.LlmAccount;

/**
 * How a digest is put together.
 *
 * @param focus        the subscriber's focus words, or null
 * @param subscriber   user id whose mentions are listed ("mentions you"), or null
 * @param maxThreads   threads shown per channel
 * @param maxItems     decisions, action items and mentions shown per channel, each
 * @param quietBelow   a channel with fewer messages than this and no decision, action item,
 *                     mention or focus match is collapsed to one line
 */
public record DigestOptions(String focus, String subscriber, int maxThreads, int maxItems,
    int quietBelow, LlmAccount chargeTo) {

  public DigestOptions(String focus, String subscriber, int maxThreads, int maxItems,
      int quietBelow) {
    this(focus, subscriber, maxThreads, maxItems, quietBelow, null);
  }

  /** The same options, with the digest's model calls charged to {@code account} (budgets). */
  public DigestOptions chargedTo(LlmAccount account) {
    return new DigestOptions(focus, subscriber, maxThreads, maxItems, quietBelow, account);
  }

  public static DigestOptions of(String focus, String subscriber) {
    return new DigestOptions(focus == null || focus.isBlank() ? null : focus.strip(), subscriber,
        5, 5, 5);
  }
}

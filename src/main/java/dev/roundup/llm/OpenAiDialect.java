package dev.roundup.llm;

import java.util.Locale;
import java.util.Optional;

/**
 * The optional request fields a Chat Completions server accepts. Servers disagree: LM Studio
 * rejects {@code response_format: json_object}; OpenAI's reasoning models (o-series, gpt-5)
 * reject {@code max_tokens} in favour of {@code max_completion_tokens} and any temperature but
 * the default. Rather than keep a table of model names, the client starts with the most widely
 * understood form and adapts when a 400 names the offending field.
 *
 * @param responseFormat      send {@code response_format} in JSON mode
 * @param maxCompletionTokens name the output cap {@code max_completion_tokens}
 * @param temperature         send {@code temperature}
 */
record OpenAiDialect(boolean responseFormat, boolean maxCompletionTokens, boolean temperature) {

  static final OpenAiDialect WIDEST = new OpenAiDialect(true, false, true);

  /**
   * Reasoning models spend completion tokens on hidden reasoning before the answer, so the cap
   * must leave room for it or the answer comes back empty.
   */
  static final int REASONING_HEADROOM = 4;

  /** The dialect that avoids what {@code errorBody} complains about, if it names a field. */
  Optional<OpenAiDialect> adaptTo(String errorBody, boolean jsonMode) {
    String error = errorBody.toLowerCase(Locale.ROOT);
    if (error.contains("max_tokens") && !maxCompletionTokens) {
      return Optional.of(new OpenAiDialect(responseFormat, true, temperature));
    }
    if (error.contains("temperature") && temperature) {
      return Optional.of(new OpenAiDialect(responseFormat, maxCompletionTokens, false));
    }
    if (error.contains("response_format") && responseFormat && jsonMode) {
      return Optional.of(new OpenAiDialect(false, maxCompletionTokens, temperature));
    }
    return Optional.empty();
  }
}

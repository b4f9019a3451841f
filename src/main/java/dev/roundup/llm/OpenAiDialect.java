package dev.roundup.llm;

import java.util.Locale;
import java.util.Optional;

/**
 * The optional request fields a Chat Completions server accepts. Servers disagree: some reject
 * {@code response_format: json_schema} (older vLLM and llama.cpp builds, LM Studio) or any
 * {@code response_format} at all; OpenAI's reasoning models (o-series, gpt-5) reject
 * {@code max_tokens} in favour of {@code max_completion_tokens} and any temperature but the
 * default. Rather than keep a table of model names, the client starts with the most capable
 * form — a strict JSON schema — and steps down once when a 400 names the offending field:
 * schema → JSON object → no format.
 *
 * @param format              which {@code response_format} to send in JSON mode
 * @param maxCompletionTokens name the output cap {@code max_completion_tokens}
 * @param temperature         send {@code temperature}
 */
record OpenAiDialect(Format format, boolean maxCompletionTokens, boolean temperature) {

  /** The {@code response_format} a server takes, most capable first. */
  enum Format { JSON_SCHEMA, JSON_OBJECT, NONE }

  static final OpenAiDialect WIDEST = new OpenAiDialect(Format.JSON_SCHEMA, false, true);

  /**
   * Reasoning models spend completion tokens on hidden reasoning before the answer, so the cap
   * must leave room for it or the answer comes back empty.
   */
  static final int REASONING_HEADROOM = 4;

  /** Whether JSON mode is sent as a JSON object format (and not as a schema or nothing). */
  boolean responseFormat() {
    return format != Format.NONE;
  }

  /**
   * The dialect that avoids what {@code errorBody} complains about, if it names a field.
   *
   * @param schemaSent whether the rejected request carried a JSON schema
   */
  Optional<OpenAiDialect> adaptTo(String errorBody, boolean jsonMode, boolean schemaSent) {
    String error = errorBody.toLowerCase(Locale.ROOT);
    if (error.contains("max_tokens") && !maxCompletionTokens) {
      return Optional.of(new OpenAiDialect(format, true, temperature));
    }
    if (error.contains("temperature") && temperature) {
      return Optional.of(new OpenAiDialect(format, maxCompletionTokens, false));
    }
    boolean aboutFormat = error.contains("response_format") || error.contains("json_schema")
        || error.contains("strict") || error.contains("schema");
    if (aboutFormat && jsonMode && schemaSent && format == Format.JSON_SCHEMA) {
      return Optional.of(new OpenAiDialect(Format.JSON_OBJECT, maxCompletionTokens, temperature));
    }
    if (aboutFormat && jsonMode && format != Format.NONE) {
      return Optional.of(new OpenAiDialect(Format.NONE, maxCompletionTokens, temperature));
    }
    return Optional.empty();
  }

  /** Without a schema to send, the same dialect as a schema-less request sees it. */
  Optional<OpenAiDialect> adaptTo(String errorBody, boolean jsonMode) {
    return adaptTo(errorBody, jsonMode, false);
  }
}

package dev.roundup.llm;

import java.time.Duration;

/**
 * Which model to ask and how. {@code provider} is {@code embedded} (no LLM), {@code openai} (any
 * OpenAI-compatible Chat Completions endpoint) or {@code anthropic}.
 *
 * @param apiKey         secret; never logged (see {@link #toString()})
 * @param language       output language ("auto" follows the conversation's dominant language)
 * @param maxParallel    chunks summarized at once during map-reduce
 */
public record LlmSettings(
    String provider,
    String baseUrl,
    String model,
    String apiKey,
    Duration timeout,
    int maxInputTokens,
    double temperature,
    String language,
    int maxParallel) {

  public static LlmSettings embedded() {
    return new LlmSettings("embedded", "", "", null, Duration.ofSeconds(60), 12_000, 0.2, "auto", 4);
  }

  public boolean enabled() {
    return !"embedded".equals(provider);
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
        + ", apiKey=" + (apiKey == null || apiKey.isEmpty() ? "<none>" : "<redacted>")
        + ", timeout=" + timeout + ", maxInputTokens=" + maxInputTokens
        + ", temperature=" + temperature + ", language=" + language
        + ", maxParallel=" + maxParallel + "]";
  }
}

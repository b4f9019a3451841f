package dev.roundup.llm;

import java.time.Duration;

/**
 * Which model to ask and how. {@code provider} is {@code embedded} (no LLM), {@code openai} (any
 * OpenAI-compatible Chat Completions endpoint) or {@code anthropic}.
 *
 * @param apiKey         secret; never logged (see {@link #toString()})
 * @param language       output language ("auto" follows the conversation's dominant language)
 * @param maxParallel    chunks summarized at once during map-reduce
 * @param budgets        tokens that may be spent per workspace per day and per task run
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
    int maxParallel,
    TokenBudgets budgets) {

  public LlmSettings {
    budgets = budgets == null ? TokenBudgets.UNLIMITED : budgets;
  }

  /** Without token budgets. */
  public LlmSettings(String provider, String baseUrl, String model, String apiKey,
      Duration timeout, int maxInputTokens, double temperature, String language, int maxParallel) {
    this(provider, baseUrl, model, apiKey, timeout, maxInputTokens, temperature, language,
        maxParallel, TokenBudgets.UNLIMITED);
  }

  public static LlmSettings embedded() {
    return new LlmSettings("embedded", "", "", null, Duration.ofSeconds(60), 12_000, 0.2, "auto", 4);
  }

  /** The same settings with these budgets. */
  public LlmSettings withBudgets(TokenBudgets newBudgets) {
    return new LlmSettings(provider, baseUrl, model, apiKey, timeout, maxInputTokens, temperature,
        language, maxParallel, newBudgets);
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
        + ", maxParallel=" + maxParallel + ", budgets=" + budgets + "]";
  }
}

package dev.roundup.llm;

/**
 * One completion request, independent of the provider's wire format.
 *
 * @param systemPrompt    instructions for the model (our text, never user content)
 * @param userContent     the material to work on
 * @param temperature     sampling temperature
 * @param maxOutputTokens upper bound on the answer's length
 * @param jsonMode        ask the provider for a JSON object when it supports forcing that
 * @param schema          the answer's JSON shape for providers that enforce one (structured
 *                        output), or null for JSON mode alone
 */
public record LlmRequest(
    String systemPrompt, String userContent, double temperature, int maxOutputTokens,
    boolean jsonMode, ResponseSchema schema) {

  public LlmRequest(String systemPrompt, String userContent, double temperature,
      int maxOutputTokens, boolean jsonMode) {
    this(systemPrompt, userContent, temperature, maxOutputTokens, jsonMode, null);
  }

  public LlmRequest {
    if (maxOutputTokens <= 0) {
      throw new IllegalArgumentException("maxOutputTokens must be positive");
    }
    systemPrompt = systemPrompt == null ? "" : systemPrompt;
    userContent = userContent == null ? "" : userContent;
  }

  /** Content sizes only: prompts may hold private conversation text and must not reach logs. */
  @Override
  public String toString() {
    return "LlmRequest[systemPrompt=" + systemPrompt.length() + " chars, userContent="
        + userContent.length() + " chars, temperature=" + temperature + ", maxOutputTokens="
        + maxOutputTokens + ", jsonMode=" + jsonMode + ", schema="
        + (schema == null ? "none" : schema.name()) + "]";
  }
}

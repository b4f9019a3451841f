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
 * @param account         whom the call is charged to (budgets), or null for the default workspace
 */
public record LlmRequest(
    String systemPrompt, String userContent, double temperature, int maxOutputTokens,
    boolean jsonMode, ResponseSchema schema, LlmAccount account) {

  public LlmRequest(String systemPrompt, String userContent, double temperature,
      int maxOutputTokens, boolean jsonMode) {
    this(systemPrompt, userContent, temperature, maxOutputTokens, jsonMode, null, null);
  }

  public LlmRequest(String systemPrompt, String userContent, double temperature,
      int maxOutputTokens, boolean jsonMode, ResponseSchema schema) {
    this(systemPrompt, userContent, temperature, maxOutputTokens, jsonMode, schema, null);
  }

  /** The same request, charged to {@code payer}. */
  public LlmRequest chargedTo(LlmAccount payer) {
    return new LlmRequest(systemPrompt, userContent, temperature, maxOutputTokens, jsonMode, schema,
        payer);
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
        + (schema == null ? "none" : schema.name()) + ", account=" + account + "]";
  }
}

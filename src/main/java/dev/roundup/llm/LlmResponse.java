package dev.roundup.llm;

/**
 * What the model answered.
 *
 * @param text         the generated text
 * @param model        the model name the provider reports, or null
 * @param inputTokens  prompt tokens billed, or null when the provider does not say
 * @param outputTokens generated tokens billed, or null when the provider does not say
 */
public record LlmResponse(String text, String model, Integer inputTokens, Integer outputTokens) {

  public LlmResponse {
    text = text == null ? "" : text;
  }

  @Override
  public String toString() {
    return "LlmResponse[text=" + text.length() + " chars, model=" + model + ", inputTokens="
        + inputTokens + ", outputTokens=" + outputTokens + "]";
  }
}

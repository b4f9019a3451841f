package dev.roundup.llm;

/**
 * The tokens one call used: the provider's own figures (OpenAI-compatible
 * {@code usage.prompt_tokens/completion_tokens}, Anthropic {@code usage.input_tokens/output_tokens},
 * read by each client into {@link LlmResponse}), else an estimate.
 *
 * @param estimated whether any figure is an estimate
 */
public record TokenUsage(long input, long output, boolean estimated) {

  public long total() {
    return input + output;
  }

  /**
   * What a call used. Local servers (llama.cpp builds, some proxies) often send no usage block at
   * all, yet their calls must still count against a budget, or an admin's limit would silently
   * stop working on them: a missing figure is estimated from the text sent and received the way
   * prompts are sized ({@link TokenEstimate}), which is within a few tens of percent.
   */
  public static TokenUsage of(LlmRequest request, LlmResponse response) {
    boolean estimated = response.inputTokens() == null || response.outputTokens() == null;
    long input = response.inputTokens() != null ? response.inputTokens()
        : TokenEstimate.of(request.systemPrompt()) + TokenEstimate.of(request.userContent());
    long output = response.outputTokens() != null ? response.outputTokens()
        : TokenEstimate.of(response.text());
    return new TokenUsage(input, output, estimated);
  }

  /**
   * The most a call can use before it is made: its prompt, estimated, plus the output cap. Held
   * against the budget while the call runs, so calls made at the same time cannot all see the
   * same room left.
   */
  public static long mostFor(LlmRequest request) {
    return TokenEstimate.of(request.systemPrompt()) + TokenEstimate.of(request.userContent())
        + request.maxOutputTokens();
  }
}

package dev.roundup.llm;

/** A large language model behind some provider's API. Implementations are thread-safe. */
public interface LlmClient {

  /**
   * Sends one request and returns the model's answer.
   *
   * @throws LlmException when no usable answer could be had; its message is safe to show users
   */
  LlmResponse complete(LlmRequest request) throws LlmException;
}

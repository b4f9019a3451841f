package dev.roundup.summarize;

import dev.roundup.llm.LlmClients;
import dev.roundup.llm.LlmSettings;

/** Chooses the answerer the configuration asks for. */
public final class AnswererFactory {

  private AnswererFactory() {}

  /**
   * The embedded answerer when the provider is {@code embedded}; otherwise an
   * {@link LlmAnswerer} that falls back to it.
   */
  public static Answerer create(LlmSettings settings, Answerer embedded) {
    return LlmClients.create(settings)
        .<Answerer>map(client -> new LlmAnswerer(client, settings, embedded))
        .orElse(embedded);
  }
}

package dev.roundup.summarize;

import dev.roundup.llm.LlmClients;
import dev.roundup.llm.LlmSettings;

/** Chooses the summarizer the configuration asks for. */
public final class SummarizerFactory {

  private SummarizerFactory() {}

  /**
   * The embedded summarizer when the provider is {@code embedded}; otherwise an
   * {@link LlmSummarizer} that falls back to it.
   */
  public static Summarizer create(LlmSettings settings, Summarizer embedded) {
    return LlmClients.create(settings)
        .<Summarizer>map(client -> new LlmSummarizer(client, settings, embedded))
        .orElse(embedded);
  }
}

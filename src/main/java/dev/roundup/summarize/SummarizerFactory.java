package dev.roundup.summarize;

import dev.roundup.llm.LlmClient;
import dev.roundup.llm.LlmClients;
import dev.roundup.llm.LlmSettings;
import java.util.Optional;

/** Chooses the summarizer the configuration asks for. */
public final class SummarizerFactory {

  private SummarizerFactory() {}

  /**
   * The embedded summarizer when the provider is {@code embedded}; otherwise an
   * {@link LlmSummarizer} that falls back to it.
   */
  public static Summarizer create(LlmSettings settings, Summarizer embedded) {
    return create(settings, LlmClients.create(settings), embedded);
  }

  /** As {@link #create(LlmSettings, Summarizer)} over a given client (the app's, behind token budgets). */
  public static Summarizer create(LlmSettings settings, Optional<LlmClient> client, Summarizer embedded) {
    return client.<Summarizer>map(c -> new LlmSummarizer(c, settings, embedded)).orElse(embedded);
  }
}

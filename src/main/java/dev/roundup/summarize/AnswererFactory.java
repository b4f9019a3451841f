package dev.roundup.summarize;

import dev.roundup.llm.LlmClient;
import dev.roundup.llm.LlmClients;
import dev.roundup.llm.LlmSettings;
import java.util.Optional;

/** Chooses the answerer the configuration asks for. */
public final class AnswererFactory {

  private AnswererFactory() {}

  /**
   * The embedded answerer when the provider is {@code embedded}; otherwise an
   * {@link LlmAnswerer} that falls back to it.
   */
  public static Answerer create(LlmSettings settings, Answerer embedded) {
    return create(settings, LlmClients.create(settings), embedded);
  }

  /** As {@link #create(LlmSettings, Answerer)} over a given client (the app's, behind token budgets). */
  public static Answerer create(LlmSettings settings, Optional<LlmClient> client, Answerer embedded) {
    return client.<Answerer>map(c -> new LlmAnswerer(c, settings, embedded)).orElse(embedded);
  }
}

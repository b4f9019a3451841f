package dev.roundup.llm;

import java.util.Locale;
import java.util.Optional;

/** Picks the client for the configured provider. */
public final class LlmClients {

  private LlmClients() {}

  /** The client for {@code settings}, or empty when the provider is {@code embedded}. */
  public static Optional<LlmClient> create(LlmSettings settings) {
    if (!settings.enabled()) {
      return Optional.empty();
    }
    return Optional.of(create(settings, LlmHttp.create(settings)));
  }

  /** As {@link #create(LlmSettings)} but over a given transport (tests inject clocks, sleepers). */
  public static LlmClient create(LlmSettings settings, LlmHttp http) {
    String provider = settings.provider() == null ? "" : settings.provider().trim()
        .toLowerCase(Locale.ROOT);
    return switch (provider) {
      case "openai", "openai-compatible", "ollama", "openrouter", "vllm", "llamacpp",
          "lmstudio" -> new OpenAiCompatibleClient(settings, http);
      case "anthropic" -> new AnthropicClient(settings, http);
      default -> throw new IllegalArgumentException("unknown LLM provider '" + settings.provider()
          + "': use embedded, openai or anthropic");
    };
  }
}

package dev.roundup.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmClientsTest {

  @Test
  void embedded_means_no_client() {
    assertThat(LlmClients.create(LlmSettings.embedded())).isEmpty();
  }

  @Test
  void picks_the_client_that_speaks_the_providers_api() {
    LlmSettings openai = LlmFixtures.settings("openai", "http://localhost:11434",
        Duration.ofSeconds(5));
    LlmSettings anthropic = LlmFixtures.settings("anthropic", "https://api.anthropic.com",
        Duration.ofSeconds(5));

    assertThat(LlmClients.create(openai)).containsInstanceOf(OpenAiCompatibleClient.class);
    assertThat(LlmClients.create(anthropic)).containsInstanceOf(AnthropicClient.class);
  }

  @Test
  void refuses_an_unknown_provider_or_a_missing_base_url_by_name() {
    assertThatThrownBy(() -> LlmClients.create(
        LlmFixtures.settings("gemini", "http://x", Duration.ofSeconds(1))))
        .hasMessageContaining("gemini");
    assertThatThrownBy(() -> LlmClients.create(
        LlmFixtures.settings("openai", "", Duration.ofSeconds(1))))
        .hasMessageContaining("base URL");
  }
}

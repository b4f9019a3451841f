package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.llm.LlmFixtures;
import dev.roundup.llm.LlmSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SummarizerFactoryTest {

  private final Summarizer embedded = new StubFallbackSummarizer();

  @Test
  void the_embedded_provider_uses_the_embedded_summarizer() {
    assertThat(SummarizerFactory.create(LlmSettings.embedded(), embedded)).isSameAs(embedded);
  }

  @Test
  void an_llm_provider_gets_an_llm_summarizer_that_falls_back_to_the_embedded_one() {
    // Port 9 (discard) on localhost: nothing answers, so the fallback must be what we get.
    LlmSettings settings = LlmFixtures.settings("openai", "http://127.0.0.1:9",
        Duration.ofMillis(500));

    Summarizer summarizer = SummarizerFactory.create(settings, embedded);

    assertThat(summarizer).isInstanceOf(LlmSummarizer.class);
    Summary summary = summarizer.summarize(TestConversations.launchThread());
    assertThat(summary.tldr()).startsWith(StubFallbackSummarizer.TLDR_PREFIX);
    assertThat(summary.note()).endsWith("— extractive summary");
  }
}

package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.llm.LlmException;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class FallbackNotesTest {

  @Test
  void a_spent_budget_is_logged_as_information_and_a_failing_model_as_a_warning() {
    LlmException budget = new LlmException(LlmException.Kind.OVER_BUDGET,
        "the workspace's daily LLM budget is spent");
    LlmException timeout = new LlmException(LlmException.Kind.TIMEOUT, "no answer in 30 s");

    assertThat(FallbackNotes.logLevel(budget)).isEqualTo(Level.INFO);
    assertThat(FallbackNotes.logLevel(timeout)).isEqualTo(Level.WARN);
    assertThat(FallbackNotes.summary(budget)).startsWith("the workspace's daily LLM budget is spent")
        .endsWith("built-in summarizer");
    assertThat(FallbackNotes.answer(timeout)).isEqualTo("LLM timed out — extractive answer");
  }
}

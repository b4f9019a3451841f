package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.slack.SlackMarkup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementTest {

  private static boolean agrees(String raw) {
    return Agreement.isAgreement(raw, SlackMarkup.toPlainText(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1", "Agreed", "sounds good!", "lgtm :shipit:", ":+1:",
      ":white_check_mark:", "Yes, let's do it", "works for me", "makes sense"})
  void agreeing_replies_are_agreement(String reply) {
    assertThat(agrees(reply)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Yes, but the migration window is too short", "Not sure about that",
      "yesterday the deploy failed", "Wait, what about the EU customers?", ":eyes:",
      "I don't think that works for billing"})
  void objections_and_lookalikes_are_not_agreement(String reply) {
    assertThat(agrees(reply)).isFalse();
  }
}

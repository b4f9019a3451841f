package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTest {

  @ParameterizedTest
  @ValueSource(strings = {"thanks!", "+1", "lgtm", "Sounds good", "ok", "Hi all", "Thanks both!",
      "good morning team", "<@U1> thank you so much", "", "Great question", "Agreed.",
      "thanks for jumping on this so fast"})
  void greetings_and_acknowledgements_are_small_talk(String sentence) {
    assertThat(SmallTalk.isSmallTalk(sentence)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The deploy failed on staging", "+1, and we should add a retry",
      "Thanks, but the migration still times out after two hours on the EU shard",
      "Can you restart the worker?"})
  void sentences_with_content_are_not_small_talk(String sentence) {
    assertThat(SmallTalk.isSmallTalk(sentence)).isFalse();
  }
}

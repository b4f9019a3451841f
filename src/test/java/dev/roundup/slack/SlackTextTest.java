package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

  @Test
  void a_channel_name_slack_left_as_typed_is_found_and_a_link_or_a_number_is_not() {
    assertThat(SlackText.unlinkedChannelName("#leads 7d what is new?")).contains("leads");
    assertThat(SlackText.unlinkedChannelName("what did #Design-Team decide.")).contains("Design-Team");
    assertThat(SlackText.unlinkedChannelName("anything new in #ops.")).as("the full stop is the sentence's")
        .contains("ops");
    assertThat(SlackText.unlinkedChannelName("<#C0LEADS|leads> what is new?")).isEmpty();
    assertThat(SlackText.unlinkedChannelName("did PR #42 ship?")).isEmpty();
    assertThat(SlackText.unlinkedChannelName("see <https://wiki.example/page#setup>")).isEmpty();
    assertThat(SlackText.unlinkedChannelName("it&#39;s done")).isEmpty();
    assertThat(SlackText.unlinkedChannelName("c#sharp or f#")).isEmpty();
    assertThat(SlackText.unlinkedChannelName(null)).isEmpty();
  }

  @Test
  void the_same_words_in_other_case_and_spacing_are_the_same() {
    assertThat(SlackText.sameWords("  Launches and  risks ", "launches AND risks")).isTrue();
    assertThat(SlackText.sameWords(null, "")).isTrue();
    assertThat(SlackText.sameWords("launches and risks", "launches, risks")).isFalse();
  }
}

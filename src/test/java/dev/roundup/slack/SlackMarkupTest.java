package dev.roundup.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMarkupTest {

  @Test
  void user_mentions_stay_as_slack_mentions_without_legacy_names() {
    assertThat(SlackMarkup.toPlainText("<@U123|maya> and <@W456> please look"))
        .isEqualTo("<@U123> and <@W456> please look");
  }

  @Test
  void channel_links_and_broadcasts_become_readable_words() {
    assertThat(SlackMarkup.toPlainText(
        "see <#C1|launch>, <https://x.io/a|the doc>, <https://x.io/b> and <!here>"))
        .isEqualTo("see #launch, the doc, https://x.io/b and @here");
  }

  @Test
  void emoji_codes_and_formatting_marks_are_dropped() {
    assertThat(SlackMarkup.toPlainText("*shipped* the _new_ ~old~ build :tada: :+1::skin-tone-2:"))
        .isEqualTo("shipped the new old build");
  }

  @Test
  void an_emoji_between_two_sentences_becomes_a_full_stop() {
    assertThat(SlackMarkup.toPlainText("Kicking off :rocket: Target is May"))
        .isEqualTo("Kicking off. Target is May");
  }

  @Test
  void code_blocks_and_quoted_lines_are_left_out_but_inline_code_keeps_its_words() {
    String text = "&gt; what you said before\nThe fix is `retry()` here\n```\nstack trace\n```";
    assertThat(SlackMarkup.toPlainText(text)).isEqualTo("The fix is retry() here");
  }

  @Test
  void slack_escapes_are_decoded_after_links_are_resolved() {
    assertThat(SlackMarkup.toPlainText("a &lt;b&gt; &amp;amp; <https://x.io?a=1&amp;b=2|query>"))
        .isEqualTo("a <b> &amp; query");
  }
}

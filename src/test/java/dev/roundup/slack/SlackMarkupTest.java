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
    assertThat(SlackMarkup.toPlainText("*shipped* the _new_ build :tada: :+1::skin-tone-2:"))
        .isEqualTo("shipped the new build");
  }

  @Test
  void struck_through_text_is_taken_back_and_left_out() {
    assertThat(SlackMarkup.toPlainText(
        "~We decided to skip the backup~ we will take the backup first"))
        .isEqualTo("we will take the backup first");
    assertThat(SlackMarkup.toPlainText("*shipped* the _new_ ~old~ build"))
        .isEqualTo("shipped the new build");
    assertThat(SlackMarkup.toPlainText("we use MySQL ~(not Postgres)~. Ida owns it"))
        .isEqualTo("we use MySQL. Ida owns it");
    assertThat(SlackMarkup.toPlainText("*~Friday~ Monday* it is")).isEqualTo("Monday it is");
  }

  @Test
  void lone_tildes_and_tildes_before_numbers_are_kept() {
    assertThat(SlackMarkup.toPlainText("from ~200 to ~300 testers, about ~ 2 weeks"))
        .isEqualTo("from ~200 to ~300 testers, about ~ 2 weeks");
    assertThat(SlackMarkup.toPlainText("find a venue for ~14 ppl by ~Friday"))
        .isEqualTo("find a venue for ~14 ppl by ~Friday");
    assertThat(SlackMarkup.toPlainText("config lives in ~/app~/conf, see `~old~`"))
        .isEqualTo("config lives in ~/app~/conf, see ~old~");
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

  @Test
  void a_link_right_after_a_colon_keeps_its_scheme() {
    assertThat(SlackMarkup.toPlainText("Runbook:<https://wiki.example.com/runbooks/db> and more :tada:"))
        .isEqualTo("Runbook:https://wiki.example.com/runbooks/db and more");
    assertThat(SlackMarkup.toPlainText("see https://example.com:8443/a:b done"))
        .isEqualTo("see https://example.com:8443/a:b done");
  }

  @Test
  void tildes_in_paths_are_not_strikethrough() {
    assertThat(SlackMarkup.toPlainText("edit ~/.bashrc and ~/bin/run, not ~this~"))
        .isEqualTo("edit ~/.bashrc and ~/bin/run, not");
    assertThat(SlackMarkup.toPlainText("edit ~/.bashrc and ~/bin/run"))
        .isEqualTo("edit ~/.bashrc and ~/bin/run");
  }

  @Test
  void emphasis_inside_emphasis_leaves_no_stray_marks() {
    assertThat(SlackMarkup.toPlainText("_*bold in italics*_ and *_italics in bold_* and _a *b* c_"))
        .isEqualTo("bold in italics and italics in bold and a b c");
  }

  @Test
  void emphasis_marks_around_spaces_or_in_identifiers_are_kept() {
    assertThat(SlackMarkup.toPlainText("2 * 3 * 4 and my_var_name and a * b"))
        .isEqualTo("2 * 3 * 4 and my_var_name and a * b");
  }

  @Test
  void subteam_mentions_show_their_handle() {
    assertThat(SlackMarkup.toPlainText("<!subteam^S012AB|@oncall> please look, <!subteam^S99>"))
        .isEqualTo("@oncall please look, @group");
  }

  @Test
  void code_spans_keep_urls_and_emoji_like_text_as_typed() {
    assertThat(SlackMarkup.toPlainText("run `curl http://x:8080/:id:` now"))
        .isEqualTo("run curl http://x:8080/:id: now");
  }
}

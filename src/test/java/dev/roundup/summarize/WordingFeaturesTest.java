package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A message's wording as hashed features: the same words give the same features whatever their
 * case, numbers and mentions read as one token, the language is part of each feature, and
 * Japanese is read by runs of characters.
 */
class WordingFeaturesTest {

  @Test
  void the_same_words_give_the_same_features_whatever_the_figures_or_the_people() {
    assertThat(WordingFeatures.of("Rollback by 48h, @ben owns it", "en"))
        .isEqualTo(WordingFeatures.of("rollback by 24h, @ana owns it", "en"));
  }

  @Test
  void other_words_give_other_features() {
    assertThat(WordingFeatures.of("we roll back tonight", "en"))
        .isNotEqualTo(WordingFeatures.of("we fix forward tonight", "en"));
  }

  @Test
  void a_word_weighs_in_its_own_language() {
    assertThat(WordingFeatures.of("no", "en")).doesNotContain(WordingFeatures.of("no", "es"));
  }

  @Test
  void features_are_sorted_distinct_slots() {
    int[] f = WordingFeatures.of("ok ok ok we go we go", "en");
    assertThat(f).isSorted().doesNotHaveDuplicates();
    assertThat(f[0]).isNotNegative();
    assertThat(f[f.length - 1]).isLessThan(WordingFeatures.DIMENSIONS);
    // "ok", "we", "go", "ok ok", "ok we", "we go", "go we" and the first word.
    assertThat(f).hasSize(8);
  }

  @Test
  void japanese_is_read_by_runs_of_characters() {
    // 「なしで」: なし, しで, なしで.
    assertThat(WordingFeatures.of("なしで", "ja")).hasSize(3);
    assertThat(WordingFeatures.of("ロールバックはなしで", "ja"))
        .contains(WordingFeatures.of("なしで", "ja"));
  }

  @Test
  void an_empty_message_has_no_features() {
    assertThat(WordingFeatures.of("", "en")).isEmpty();
    assertThat(WordingFeatures.of(":+1:", "ja")).hasSize(5);
  }

  @Test
  void a_mention_as_the_plain_text_keeps_it_is_one_token() {
    assertThat(WordingFeatures.of("<@U0ANA> owns it, rollback by 48h", "en"))
        .isEqualTo(WordingFeatures.of("@ben owns it, rollback by 1h", "en"))
        .isNotEqualTo(WordingFeatures.of("owns it, rollback by 1h", "en"));
  }

  @Test
  void a_message_is_read_in_its_own_language() {
    PreparedConversation c = new PreparedConversation(Threads.chat(
        "UA", "デプロイでメールキューが止まりました。ロールバックできますか？",
        "UB", "旧コードは新しいカラムで落ちるので、ロールバックはできません。",
        "UC", "ok we hotfix forward tonight and skip the rollback",
        "UA", "了解です。では修正版を今夜出しましょう。"));
    assertThat(c.language()).isEqualTo("ja");
    assertThat(c.languageOf(2)).isEqualTo("en");
    assertThat(c.languageOf(0)).isEqualTo("ja");
  }

  @Test
  void an_exchange_keeps_the_messages_words_and_numbers_the_replys_apart() {
    int[] message = WordingFeatures.of("send them the report today", "en");
    int[] reply = WordingFeatures.of("on it", "en");
    int[] exchange = WordingFeatures.ofExchange("send them the report today", "on it", "en");

    assertThat(exchange).contains(message).doesNotContain(reply).isSorted()
        .doesNotHaveDuplicates();
    assertThat(WordingFeatures.ofExchange("on it", "send them the report today", "en"))
        .isNotEqualTo(exchange);
  }
}

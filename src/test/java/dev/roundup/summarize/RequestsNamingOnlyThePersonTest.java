package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 「念のため今日の出荷分は検品しっかりやろう。伊藤さんお願いできる？」 — 「承知しました」: a request that
 * names only the one asked and the asking takes its task from the sentence before it, once they
 * take it on. Without a task said before, or without a yes, there is none.
 */
class RequestsNamingOnlyThePersonTest {

  private static final String SITUATION = "養液ポンプが止まってました。B棟のECが下がってます";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "念のため今日の出荷分、B棟の3列目以降は検品しっかりやろう。伊藤さんお願いできる？|承知しました",
      "今日中に取引先へ遅延の連絡を入れましょう。伊藤さん、お願いします|承知しました"})
  void the_sentence_before_is_the_task_taken_on(String asked, String reply) {
    assertThat(Threads.actionItems("UTANAKA", SITUATION, "UTANAKA", asked, "UITO", reply))
        .filteredOn(a -> "UITO".equals(a.owner())).singleElement()
        .satisfies(a -> assertThat(asked).startsWith(a.text()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "伊藤さんお願いできる？|承知しました",
      "伊藤さんお願いしていた資料、届きました|承知しました",
      "念のため今日の出荷分、B棟の3列目以降は検品しっかりやろう。伊藤さんお願いできる？|今日は休みです"})
  void no_task_said_or_none_taken_on_is_no_item(String asked, String reply) {
    assertThat(Threads.actionItems("UTANAKA", SITUATION, "UTANAKA", asked, "UITO", reply))
        .filteredOn(a -> "UITO".equals(a.owner())).isEmpty();
  }
}

package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese tasks taken on with the speaker left unsaid, as Japanese leaves them: a task's own verb
 * in the polite present (「作ります、明日中に」「保守ベンダーに問い合わせます」「今から電話入れます」),
 * said casually (「早めに取り寄せときます」), or going to do it (「国際交流課に聞いてきます」). Not what
 * happens by itself (「pingは返ってきます」「これから寒くなってきます」) nor what can be done
 * (「ログインできます」「長押しでリセットできます」).
 */
class JapaneseTasksInThePlainPoliteTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      250万の根拠、工数の内訳がほしいです | 作ります、明日中に
      ログイン情報が誰にもわかりません | 保守ベンダーに問い合わせます。
      11:30便は欠航になりました | 承知しました。11:30のお客様には今から電話入れます
      課題曲の楽譜がまだ届いていません | 課題曲の楽譜、早めに取り寄せときます。
      補助金の枠が足りません | 私、国際交流課に追加枠がないか聞いてきます
      """)
  void a_task_verb_in_the_polite_present_is_taken_on(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      サーバーは落ちていますか？ | 10.20.4.17、pingは返ってきます。
      週末の天気はどうですか？ | 夜はこれから寒くなってきます。
      パスワードを忘れました | オーナー権限のある人ならログインできます。
      エラーが出ています | 抽出とスチームを同時に10秒長押しでリセットできます。
      """)
  void what_happens_or_can_be_done_takes_nothing_on(String before, String said) {
    assertThat(Threads.actionItems("UA", before, "UB", said)).isEmpty();
  }
}

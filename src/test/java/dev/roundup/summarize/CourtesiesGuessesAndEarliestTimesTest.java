package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that look like a commitment and take nothing on: a courtesy (「横から失礼します」, "excuse
 * me for cutting in"), a guess ("yo apuesto a la junta de culata", "I bet it's the head gasket")
 * and the earliest something can happen ("earliest i can get a replacement in is friday"). Near
 * misses, said as promises, stay tasks.
 */
class CourtesiesGuessesAndEarliestTimesTest {

  private static List<ActionItem> actions(String... userTextPairs) {
    return Threads.actionItems(userTextPairs);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      プラネタリウムの投影機がエラーで止まっています | 横から失礼します。引率の先生から座席の相談をしたいと電話がありました
      la furgoneta se paró en la autovía, sale humo blanco | yo apuesto a la junta de culata
      compressor on fridge 3 is dead, unit is 11 yrs old | estates here. earliest i can get a replacement in is friday
      """)
  void a_courtesy_a_guess_or_the_earliest_time_takes_nothing_on(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      プラネタリウムの投影機がエラーで止まっています | メーカーに確認します
      la furgoneta se paró en la autovía, sale humo blanco | yo reviso la junta mañana temprano
      compressor on fridge 3 is dead, unit is 11 yrs old | i can get a replacement in by friday
      compressor on fridge 3 is dead, unit is 11 yrs old | best i can do is friday morning, i'll take it
      """)
  void the_same_said_as_a_promise_is_a_task(String situation, String said) {
    assertThat(actions("UA", situation, "UB", said)).extracting(ActionItem::owner)
        .containsExactly("UB");
  }
}

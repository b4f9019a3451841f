package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "i'll email the march students that it's pot furnace only, maybe knock 10% off?": the speaker's
 * "I'll …" clause is their task although the sentence goes on to ask something about it. A
 * question that only opens with what the speaker will need or wonder takes nothing on.
 */
class CommitmentsBeforeAQuestionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "works for me. i'll email the march students that it's pot furnace only, maybe knock 10% off?|email the march students",
      "i'll raise the PO for the contractor today, but what cost code should it go on?|raise the PO"})
  void the_clause_before_the_question_is_the_speakers_task(String said, String task) {
    assertThat(Threads.actionItems(
        "U1", "the furnace rebuild moves to march, the glass classes that weekend are affected",
        "U2", said))
        .filteredOn(a -> "U2".equals(a.owner()))
        .singleElement().satisfies(a -> assertThat(a.text()).containsIgnoringCase(task));
  }

  @Test
  void a_question_without_a_clause_of_ones_own_takes_nothing_on() {
    assertThat(Threads.actionItems(
        "U1", "the furnace rebuild moves to march, the glass classes that weekend are affected",
        "U2", "should we email the march students, maybe knock 10% off?"))
        .filteredOn(a -> "U2".equals(a.owner())).isEmpty();
  }
}

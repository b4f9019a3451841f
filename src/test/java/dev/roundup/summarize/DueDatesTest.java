package dev.roundup.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DueDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I'll send it by Friday.|by Friday",
      "Please finish this by EOD|by EOD",
      "Can you do it tomorrow?|tomorrow",
      "Let's revisit next week|next week",
      "Draft due by 12/5 please|by 12/5",
      "Ship before Dec 3rd|before Dec 3rd",
      "Update the doc by end of week|by end of week",
      "I will post the numbers on Thursday morning|on Thursday morning",
      "Review by 2026-12-01|by 2026-12-01",
      "Have it ready by 3pm|by 3pm"})
  void finds_the_due_date_as_written(String sentence, String due) {
    assertThat(DueDates.find(sentence)).contains(due);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Review it before the launch", "I'll fix the sunny-day path",
      "Ship it on the new cluster", "We may need more time"})
  void event_names_and_lookalike_words_are_not_dates(String sentence) {
    assertThat(DueDates.find(sentence)).isEmpty();
  }
}

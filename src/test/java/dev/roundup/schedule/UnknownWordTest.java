package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.refusal;
import static dev.roundup.schedule.Phrases.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word not understood is named, with the schedule word it is likely a slip of. */
class UnknownWordTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "every wendesday at 9am | wendesday | Wednesday",
      "evrey day at 9am | evrey | every",
      "tomorow at 10am | tomorow | tomorrow",
      "every tuesdy | tuesdy | Tuesday",
      "on the 3rd of decmber | decmber | December"})
  void a_misspelt_word_is_named_with_what_it_likely_means(String phrase, String word, String meant) {
    assertThat(refusal(phrase)).contains("I don't understand '" + word + "' there", "did you mean " + meant + "?");
  }

  @Test
  void a_word_like_no_schedule_word_gets_no_suggestion() {
    assertThat(refusal("every blue moon")).contains("'blue'").doesNotContain("did you mean");
    assertThat(refusal("call marc tomorrow")).contains("'call'").doesNotContain("did you mean");
  }

  @Test
  void biweekly_and_fortnightly_are_every_other_week_on_the_day_shown() {
    assertThat(parse("biweekly").describe()).isEqualTo("every other week on Friday at 9:00 AM");
    assertThat(parse("fortnightly on monday at 10am").describe())
        .isEqualTo("every other week on Monday at 10:00 AM");
  }

  @Test
  void every_minute_is_said_in_words() {
    assertThat(parse("every minute").describe()).isEqualTo("every minute");
    assertThat(parse("every 2 minutes").describe()).isEqualTo("every 2 minutes");
  }
}

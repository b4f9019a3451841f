package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.refusal;
import static dev.roundup.schedule.Phrases.runs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Common ways of saying a time or an end that have one clear meaning, and one that has two. */
class CommonPhrasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "every day at quarter past 3 | 2026-11-20T15:15",
      "every day at half past 9pm | 2026-11-20T21:30",
      "every day at quarter to 10 | 2026-11-21T09:45",
      "every day at quarter to 1pm | 2026-11-20T12:45"})
  void quarter_and_half_hours_in_words(String phrase, String first) {
    assertThat(runs(phrase, 1)).containsExactly(first);
  }

  @Test
  void a_city_after_in_is_the_zone_as_with_time_after_it() {
    assertThat(Phrases.parse("every day at 9am in tokyo").spec())
        .isEqualTo(Phrases.parse("every day at 9am tokyo time").spec());
    assertThat(Phrases.parse("every day at 9am in tokyo").describe()).contains("Asia/Tokyo");
  }

  @Test
  void until_the_end_of_the_year_or_month_is_its_last_day() {
    assertThat(Phrases.parse("every day until the end of the year").describe())
        .endsWith("until December 31, 2026");
    assertThat(Phrases.parse("every monday until the end of the month").describe())
        .endsWith("until November 30, 2026");
  }

  @Test
  void a_span_of_hours_where_a_time_goes_is_refused_with_both_readings() {
    assertThat(refusal("every day 9-10am"))
        .contains("'9-10am' is a span of hours", "\"at 9\"", "\"every 15 minutes between 9 and 10am\"");
  }
}

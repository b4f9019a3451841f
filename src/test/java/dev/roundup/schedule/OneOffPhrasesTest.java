package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.NOW;
import static dev.roundup.schedule.Phrases.parse;
import static dev.roundup.schedule.Phrases.runs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One-off phrases, read at Friday 2026-11-20 10:30 New York. */
class OneOffPhrasesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "tomorrow at 3pm | 2026-11-21T15:00",
      "today at 5pm | 2026-11-20T17:00",
      "tonight at 8 | 2026-11-20T20:00",
      "in 2 hours | 2026-11-20T12:30",
      "in 30 minutes | 2026-11-20T11:00",
      "in 3 days | 2026-11-23T09:00",
      "3 days from now | 2026-11-23T10:30",
      "next Monday at 9am | 2026-11-23T09:00",
      "monday at 10am | 2026-11-23T10:00",
      "on Dec 24 at 10am | 2026-12-24T10:00",
      "December 24th | 2026-12-24T09:00",
      "on 12/31 at 11pm | 2026-12-31T23:00",
      "on 2026-12-31 at 23:00 | 2026-12-31T23:00",
      "at 5pm | 2026-11-20T17:00",
      "at 9am | 2026-11-21T09:00",
      "at 9 | 2026-11-21T09:00",
      "16:00 | 2026-11-20T16:00",
      "9:15 am | 2026-11-21T09:15",
      "noon | 2026-11-20T12:00",
      "midnight | 2026-11-21T00:00",
      "tomorrow in the morning | 2026-11-21T09:00",
      "tomorrow afternoon | 2026-11-21T15:00",
      "the 15th | 2026-12-15T09:00",
      "first tuesday of december | 2026-12-01T09:00",
      "march 3 2027 at 4pm | 2027-03-03T16:00"})
  void one_off_phrases_resolve_against_now(String phrase, String expected) {
    Schedule s = parse(phrase);
    assertThat(s.recurring()).isFalse();
    assertThat(runs(phrase, 3)).containsExactly(expected);
    assertThat(s.typicalPeriod()).isEqualTo(Duration.ZERO);
  }

  @Test
  void a_date_already_past_this_year_means_next_year() {
    assertThat(runs("March 3rd", 1)).containsExactly("2027-03-03T09:00");
  }

  @Test
  void a_one_off_has_no_run_after_it_has_passed() {
    Schedule s = parse("tomorrow at 3pm");
    assertThat(s.nextAfter(NOW.plusDays(2))).isEmpty();
    assertThat(s.describe()).isEqualTo("once, on Sat 21 Nov 2026 at 3:00 PM");
  }

  @Test
  void next_day_name_means_that_day_of_next_week() {
    // on a Tuesday, "friday" is this week's Friday and "next friday" the one after
    var tuesday = NOW.minusDays(3);
    assertThat(parse("friday", tuesday).nextAfter(tuesday).orElseThrow().toLocalDate())
        .hasToString("2026-11-20");
    assertThat(parse("next friday", tuesday).nextAfter(tuesday).orElseThrow().toLocalDate())
        .hasToString("2026-11-27");
  }
}

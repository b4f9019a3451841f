package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.parse;
import static dev.roundup.schedule.Phrases.refusal;
import static dev.roundup.schedule.Phrases.runs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How long a rule lasts, said as a length ("for 2 weeks") or a count ("6 times"), is its last day.
 * Made on Friday 20 November 2026 at 10:30 in New York (Phrases.NOW).
 */
class LastingTest {

  @Test
  void a_length_counts_from_the_first_run() {
    // 9am has passed today: the first run is tomorrow, and two weeks of days follow
    assertThat(runs("every day for 2 weeks", 30)).hasSize(14).startsWith("2026-11-21T09:00")
        .endsWith("2026-12-04T09:00");
    assertThat(runs("every monday for the next 4 weeks", 10))
        .containsExactly("2026-11-23T09:00", "2026-11-30T09:00", "2026-12-07T09:00", "2026-12-14T09:00");
    assertThat(runs("every sat for up to 2 months", 20)).hasSize(9).endsWith("2027-01-16T09:00");
    assertThat(runs("daily for a week", 10)).hasSize(7);
    assertThat(runs("every weekday for the next week", 10)).hasSize(5);
  }

  @Test
  void a_count_ends_on_the_day_of_its_last_run() {
    assertThat(runs("every friday at 4pm 3 times", 10))
        .containsExactly("2026-11-20T16:00", "2026-11-27T16:00", "2026-12-04T16:00");
    assertThat(runs("daily at 3am 10x", 20)).hasSize(10);
    assertThat(runs("every weekday for 3 occurrences", 10))
        .containsExactly("2026-11-23T09:00", "2026-11-24T09:00", "2026-11-25T09:00");
    // two runs a day, the count ending on the second of a day
    assertThat(runs("every day at 9am and 5pm 3 times", 10))
        .containsExactly("2026-11-20T17:00", "2026-11-21T09:00", "2026-11-21T17:00");
  }

  @Test
  void with_a_start_the_length_and_the_count_follow_it() {
    assertThat(runs("starting dec 7 every monday for 3 weeks", 10))
        .containsExactly("2026-12-07T09:00", "2026-12-14T09:00", "2026-12-21T09:00");
    assertThat(runs("daily starting dec 1 for 4 times", 10)).hasSize(4).startsWith("2026-12-01T09:00");
  }

  @Test
  void the_description_says_the_last_day_and_reads_back() {
    Schedule s = parse("every day for 2 weeks");
    assertThat(s.describe()).isEqualTo("every day at 9:00 AM until December 4, 2026");
    assertThat(parse(s.describe())).isEqualTo(s);
  }

  @Test
  void what_cannot_be_a_last_day_is_refused_in_words() {
    assertThat(refusal("every 2 hours 3 times")).contains("more than once a day");
    assertThat(refusal("every monday for 4 weeks until dec 20")).contains("both an end date and how long");
    // how often, not how many
    assertThat(refusal("every day 3 times a week")).doesNotContain("more than once a day");
  }
}

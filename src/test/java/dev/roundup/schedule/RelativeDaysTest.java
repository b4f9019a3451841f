package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.NEW_YORK;
import static dev.roundup.schedule.Phrases.NOW;
import static dev.roundup.schedule.Phrases.parse;
import static dev.roundup.schedule.Phrases.refusal;
import static dev.roundup.schedule.Phrases.runs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days named relative to this or next week or month. Made on Friday 20 November 2026 at 10:30 in
 * New York (Phrases.NOW); weeks run Monday to Sunday.
 */
class RelativeDaysTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "wednesday of next week | 2026-11-25T09:00",
      "wednesday next week | 2026-11-25T09:00",
      "friday next week at 3pm | 2026-11-27T15:00",
      "tuesday, next week | 2026-11-24T09:00",
      "monday of the following week | 2026-11-23T09:00",
      "next week on thursday | 2026-11-26T09:00",
      "sunday this week | 2026-11-22T09:00",
      "saturday of the current week at 8pm | 2026-11-21T20:00",
      "the 20th of next month | 2026-12-20T09:00",
      "20th day of the next month | 2026-12-20T09:00",
      "the 30th of this month at 5pm | 2026-11-30T17:00",
      "on the 28th of the current month | 2026-11-28T09:00",
      "the first monday of next month | 2026-12-07T09:00",
      "the last friday in next month at 4pm | 2026-12-25T16:00"})
  void the_day_is_found_in_that_week_or_month(String phrase, String expected) {
    assertThat(runs(phrase, 2)).containsExactly(expected);
  }

  @Test
  void a_day_of_this_week_or_month_already_gone_is_refused_not_moved() {
    assertThat(refusal("thursday this week")).contains("past");
    assertThat(refusal("the 2nd of this month")).contains("past");
  }

  @Test
  void next_month_in_december_is_january_of_the_next_year() {
    ZonedDateTime december = LocalDateTime.parse("2026-12-10T10:00").atZone(NEW_YORK);
    assertThat(parse("the 5th of next month", december).nextAfter(december).orElseThrow().toLocalDateTime())
        .hasToString("2027-01-05T09:00");
    assertThat(parse("wednesday of next week", december).nextAfter(december).orElseThrow().toLocalDateTime())
        .hasToString("2026-12-16T09:00");
  }

  @Test
  void in_a_command_the_schedule_spans_exactly_the_words_typed() {
    String command = "remind me wednesday of next week at 2pm to renew the certificate";
    Optional<Located> found = new ScheduleParser().locate(command, NEW_YORK, NOW);
    assertThat(found).isPresent();
    assertThat(command.substring(found.get().start(), found.get().end())).isEqualTo("wednesday of next week at 2pm");
  }

  @Test
  void next_month_alone_and_until_next_month_keep_their_meaning() {
    // a month ahead (at 9:00, as a day named without a time), and an end at the start of next month
    assertThat(runs("next month", 1)).containsExactly("2026-12-20T09:00");
    assertThat(runs("every thursday until next month", 10)).containsExactly("2026-11-26T09:00");
  }
}

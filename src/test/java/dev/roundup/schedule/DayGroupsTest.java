package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.refusal;
import static dev.roundup.schedule.Phrases.runs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days that each have their own time are two schedules: a rule holds one set of times for all its
 * days, so they are refused with the two tasks to make rather than crossed (both days at both
 * times). Several days said of a one-off are refused rather than all but one dropped.
 */
class DayGroupsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "every monday at 9am and every friday at 5pm | \"every monday at 9am\" and \"every friday at 5pm\"",
      "every monday at 9 and friday at 5 | \"every monday at 9\" and \"every friday at 5\"",
      "every weekday at 9am and saturday at 10am | \"every weekday at 9am\" and \"every saturday at 10am\"",
      "every weekday at 8:45 except mondays at 9:30 | \"every Monday at 9:30am\"",
      "at 9am every monday and at 5pm on fridays | make two tasks"})
  void days_with_a_time_each_are_refused_with_the_two_tasks(String phrase, String tasks) {
    assertThat(refusal(phrase)).contains("one set of times for all its days", tasks);
  }

  @Test
  void days_sharing_their_times_keep_working() {
    assertThat(runs("every tuesday and thursday at 9am and 3pm", 4))
        .containsExactly("2026-11-24T09:00", "2026-11-24T15:00", "2026-11-26T09:00", "2026-11-26T15:00");
    assertThat(runs("at 9am every monday and friday", 2))
        .containsExactly("2026-11-23T09:00", "2026-11-27T09:00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "on the 1st and 15th at 9am | \"every 1st and 15th at 9am\"",
      "on the 1st and 3rd monday at 9am | \"every 1st and 3rd monday at 9am\""})
  void several_days_of_a_one_off_are_refused_not_dropped(String phrase, String repeating) {
    assertThat(refusal(phrase)).contains("several days but runs once", repeating);
    assertThat(runs("every 1st and 15th at 9am", 2)).containsExactly("2026-12-01T09:00", "2026-12-15T09:00");
  }

  @Test
  void a_weekday_with_its_date_is_one_day() {
    assertThat(runs("thursday, december 3rd", 1)).containsExactly("2026-12-03T09:00");
  }

  @Test
  void weekly_days_and_a_weekday_of_the_month_are_two_kinds_of_schedule() {
    assertThat(refusal("every monday and the first friday of the month"))
        .contains("combines two kinds of schedule")
        .doesNotContain("never comes");
  }

  @Test
  void every_day_and_a_named_weekday_clash() {
    ParseResult r = new ScheduleParser().parse("friday every day at 9am", Phrases.NEW_YORK, Phrases.NOW);
    assertThat(r).isInstanceOf(Refused.class);
    assertThat(((Refused) r).clash()).isTrue();
    assertThat(((Refused) r).reason()).contains("two different ways");
  }
}

package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.parse;
import static dev.roundup.schedule.Phrases.refusal;
import static dev.roundup.schedule.Phrases.runs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A step kept within hours of the day: "every 15 minutes between 9am and 5pm". Made on Friday 20
 * November 2026 at 10:30 in New York (Phrases.NOW).
 */
class StepWindowTest {

  @Test
  void a_step_runs_from_the_first_time_through_the_last_and_resumes_next_day() {
    assertThat(runs("every hour between 9am and 5pm", 9)).containsExactly(
        "2026-11-20T11:00", "2026-11-20T12:00", "2026-11-20T13:00", "2026-11-20T14:00",
        "2026-11-20T15:00", "2026-11-20T16:00", "2026-11-20T17:00",
        "2026-11-21T09:00", "2026-11-21T10:00");
  }

  @Test
  void the_step_counts_from_the_window_start_and_bare_hours_read_as_after_at() {
    // "from 9:10": 9:10, 9:55, 10:40 …, not the clock's quarter hours; "to 5" is 17:00
    assertThat(runs("every 45 minutes from 9:10 to 5 on weekdays", 3))
        .containsExactly("2026-11-20T10:40", "2026-11-20T11:25", "2026-11-20T12:10");
    assertThat(runs("hourly between 9 and 5", 30)).filteredOn(t -> t.startsWith("2026-11-20"))
        .endsWith("2026-11-20T17:00");
    assertThat(runs("every 15 minutes between 3:30-4:30pm", 6)).containsExactly(
        "2026-11-20T15:30", "2026-11-20T15:45", "2026-11-20T16:00", "2026-11-20T16:15",
        "2026-11-20T16:30", "2026-11-21T15:30");
  }

  @Test
  void days_and_windows_combine() {
    // Friday now: after today's window the next runs are on Monday
    assertThat(runs("every 4 hours between 8am and 4pm on weekdays", 4))
        .containsExactly("2026-11-20T12:00", "2026-11-20T16:00", "2026-11-23T08:00", "2026-11-23T12:00");
  }

  @Test
  void the_description_says_the_window_and_reads_back() {
    Schedule s = parse("every 15 minutes between 9am and 5pm on weekdays");
    assertThat(s.describe()).isEqualTo("every 15 minutes on weekdays between 9:00 AM and 5:00 PM");
    assertThat(parse(s.describe())).isEqualTo(s);
    assertThat(Schedules.fromSpec(s.spec())).isEqualTo(s);
  }

  @Test
  void a_window_without_a_step_or_running_backwards_is_refused_in_words() {
    assertThat(refusal("every day between 9 and 5")).contains("need a step");
    assertThat(refusal("between 9am and 5pm")).contains("repeating step");
    assertThat(refusal("every 20 minutes between 5pm and 9am")).contains("end after they start");
    assertThat(refusal("every 20 minutes between 9am and 10am between 2pm and 3pm")).contains("two windows");
  }
}

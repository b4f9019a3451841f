package dev.roundup.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day named without a time runs at 9:00 AM however it is named ("tomorrow", "next tuesday", "in
 * 2 days", "next week"), not at the minute it was typed; delays in minutes and hours, and delays
 * measured from now ("2 days from now", "a week hence"), keep their exact time. The time is in the description the confirmation shows.
 */
class DayOffsetTimeTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  /** Tuesday 1 December 2026, 22:39: a late reminder set for "next week". */
  private static final ZonedDateTime NOW = LocalDateTime.parse("2026-12-01T22:39").atZone(PARIS);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "tomorrow | 2026-12-02T09:00 | 9:00 AM",
      "next tuesday | 2026-12-08T09:00 | 9:00 AM",
      "next week | 2026-12-08T09:00 | 9:00 AM",
      "in a week | 2026-12-08T09:00 | 9:00 AM",
      "in 2 days | 2026-12-03T09:00 | 9:00 AM",
      "in 3 weeks | 2026-12-22T09:00 | 9:00 AM",
      "next month | 2027-01-01T09:00 | 9:00 AM",
      "in 2 days at 3pm | 2026-12-03T15:00 | 3:00 PM",
      "in 20 minutes | 2026-12-01T22:59 | 10:59 PM",
      "2 days from now | 2026-12-03T22:39 | 10:39 PM",
      "a week hence | 2026-12-08T22:39 | 10:39 PM",
      "in an hour | 2026-12-01T23:39 | 11:39 PM"})
  void a_day_without_a_time_runs_at_nine(String phrase, String run, String shown) {
    Schedule s = ((Parsed) new ScheduleParser().parse(phrase, PARIS, NOW)).schedule();
    assertThat(s.nextAfter(NOW).orElseThrow().toLocalDateTime()).hasToString(run);
    assertThat(s.describe()).endsWith("at " + shown);
  }
}

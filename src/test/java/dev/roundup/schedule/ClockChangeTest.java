package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Steps of hours and minutes count elapsed time across both clock changes (the repeated autumn
 * hour runs twice, the skipped spring hour not at all); daily times keep the wall clock, and a run
 * moved by a spring-forward gap carries a note saying so.
 */
class ClockChangeTest {

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({
      "America/New_York, 2026-11-01T00:10, autumn",
      "Europe/Berlin, 2026-10-25T00:10, autumn",
      "America/New_York, 2026-03-08T00:10, spring",
      "Europe/Berlin, 2026-03-29T00:10, spring"})
  void every_hour_is_an_hour_apart_across_the_change(String zone, String from, String change) {
    ZonedDateTime now = LocalDateTime.parse(from).atZone(ZoneId.of(zone));
    List<ZonedDateTime> runs = parse("every hour", now).next(now, 5);
    for (int i = 1; i < runs.size(); i++) {
      assertThat(Duration.between(runs.get(i - 1).toInstant(), runs.get(i).toInstant())).isEqualTo(Duration.ofHours(1));
    }
    assertThat(runs.stream().map(ZonedDateTime::getOffset).distinct()).hasSize(2);
    long repeated = runs.stream().map(r -> r.toLocalTime()).distinct().count();
    assertThat(repeated).isEqualTo(change.equals("autumn") ? 4 : 5); // 1:00 (2:00 in Berlin) twice
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({
      "America/New_York, 2026-11-01T00:50",
      "Europe/Berlin, 2026-10-25T01:50"})
  void every_fifteen_minutes_runs_through_the_repeated_hour(String zone, String from) {
    ZonedDateTime now = LocalDateTime.parse(from).atZone(ZoneId.of(zone));
    List<ZonedDateTime> runs = parse("every 15 minutes", now).next(now, 9);
    for (int i = 1; i < runs.size(); i++) {
      assertThat(Duration.between(runs.get(i - 1).toInstant(), runs.get(i).toInstant())).isEqualTo(Duration.ofMinutes(15));
    }
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({
      "America/New_York, 2026-10-31T12:00, 01:30",
      "Europe/Berlin, 2026-10-24T12:00, 02:30"})
  void a_daily_time_in_the_repeated_hour_runs_once(String zone, String from, String at) {
    ZonedDateTime now = LocalDateTime.parse(from).atZone(ZoneId.of(zone));
    List<ZonedDateTime> runs = parse("every day at " + at, now).next(now, 2);
    assertThat(runs.get(1).toLocalDate()).isEqualTo(runs.get(0).toLocalDate().plusDays(1));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource(delimiter = '|', value = {
      "America/New_York | 2026-03-07T12:00 | 2026-03-08T03:30 | 8 March",
      "Europe/Berlin | 2026-03-28T12:00 | 2026-03-29T03:30 | 29 March"})
  void a_run_moved_by_the_spring_change_says_why(String zone, String from, String moved, String day) {
    ZonedDateTime now = LocalDateTime.parse(from).atZone(ZoneId.of(zone));
    Schedule s = parse("every day at 2:30am", now);
    List<ZonedDateTime> runs = s.next(now, 2);
    assertThat(runs.get(0).toLocalDateTime()).hasToString(moved);
    assertThat(s.clockNote(runs.get(0))).contains("the clocks go forward that night: 2:30 AM does not exist on "
        + day + ", so it runs at 3:30 AM");
    assertThat(s.clockNote(runs.get(1))).isEmpty();
  }
}

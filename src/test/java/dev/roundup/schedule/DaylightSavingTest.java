package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs keep their local time across DST changes; gaps move forward, overlaps take the earlier offset. */
class DaylightSavingTest {

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({
      "America/New_York, 2026-03-05T12:00",
      "America/New_York, 2026-10-29T12:00",
      "Europe/Berlin, 2026-03-26T12:00",
      "Europe/Berlin, 2026-10-22T12:00"})
  void every_day_at_nine_stays_at_nine_local_across_the_change(String zone, String from) {
    ZonedDateTime now = LocalDateTime.parse(from).atZone(ZoneId.of(zone));
    List<ZonedDateTime> runs = parse("every day at 9am", now).next(now, 10);
    assertThat(runs).hasSize(10).allSatisfy(run -> assertThat(run.toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
    assertThat(runs.stream().map(ZonedDateTime::getOffset).distinct()).hasSize(2); // the change is crossed
    for (int i = 1; i < runs.size(); i++) {
      assertThat(runs.get(i).toLocalDate()).isEqualTo(runs.get(i - 1).toLocalDate().plusDays(1));
    }
  }

  @Test
  void a_time_in_the_spring_forward_gap_moves_forward_by_the_gap() {
    ZonedDateTime now = LocalDateTime.parse("2026-03-07T12:00").atZone(ZoneId.of("America/New_York"));
    List<ZonedDateTime> runs = parse("every day at 2:30am", now).next(now, 2);
    assertThat(runs.get(0).toLocalDateTime()).hasToString("2026-03-08T03:30"); // 2:30 does not exist
    assertThat(runs.get(1).toLocalDateTime()).hasToString("2026-03-09T02:30");
  }

  @Test
  void a_time_in_the_fall_back_overlap_runs_once_at_the_earlier_offset() {
    ZonedDateTime now = LocalDateTime.parse("2026-10-31T12:00").atZone(ZoneId.of("America/New_York"));
    List<ZonedDateTime> runs = parse("every day at 1:30am", now).next(now, 2);
    assertThat(runs.get(0).toLocalDateTime()).hasToString("2026-11-01T01:30");
    assertThat(runs.get(0).getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(runs.get(1).toLocalDateTime()).hasToString("2026-11-02T01:30");
  }
}

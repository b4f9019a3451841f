package dev.roundup.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.schedule.Parsed;
import dev.roundup.schedule.Schedule;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.slack.Destination;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a late run says it was due, it names the zone if the task's schedule named one. */
class LateNoteTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-12-02T08:00:00+01:00[Europe/Paris]");

  private static Task task(String phrase) {
    return task(phrase, Destination.dm("U0ALICE"));
  }

  private static Task task(String phrase, Destination to) {
    Schedule s = ((Parsed) new ScheduleParser().parse(phrase, PARIS, NOW)).schedule();
    return new Task(1, "U0ALICE", "T0", ActionKind.REMIND, List.of(), "water the plants",
        to, phrase, s.spec(), s.zone(), NOW.toInstant(), false, 0, null,
        null, null, null);
  }

  @Test
  void a_task_others_read_names_its_zone_since_they_may_live_in_another() {
    Instant due = ZonedDateTime.parse("2026-12-03T10:00:00+01:00[Europe/Paris]").toInstant();
    assertThat(TaskActions.when(due, due.plusSeconds(600), task("every day at 10am", Destination.dm("U0BORIS"))))
        .isEqualTo("10:00 AM CET");
    assertThat(TaskActions.when(due, due.plusSeconds(600), task("every day at 10am", Destination.channel("C0TEAM"))))
        .isEqualTo("10:00 AM CET");
  }

  @Test
  void a_task_in_the_owners_own_zone_says_the_time_alone() {
    Instant due = ZonedDateTime.parse("2026-12-03T09:00:00+01:00[Europe/Paris]").toInstant();
    assertThat(TaskActions.when(due, due.plusSeconds(600), task("every day at 9am"))).isEqualTo("9:00 AM");
  }

  @Test
  void a_task_in_a_zone_named_in_its_schedule_says_which() {
    Task et = task("every day at 9am ET");
    Instant due = ZonedDateTime.parse("2026-12-03T09:00:00-05:00[America/New_York]").toInstant();
    assertThat(TaskActions.when(due, due.plusSeconds(600), et)).isEqualTo("9:00 AM EST");
    assertThat(TaskActions.when(due, due.plusSeconds(86_400), et)).isEqualTo("Thu 3 Dec, 9:00 AM EST");
  }
}

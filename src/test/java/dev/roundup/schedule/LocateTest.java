package dev.roundup.schedule;

import static dev.roundup.schedule.Phrases.NEW_YORK;
import static dev.roundup.schedule.Phrases.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code locate} finds the schedule inside a task command, before or after the task. */
class LocateTest {

  private final ScheduleParser parser = new ScheduleParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "summarize #incidents every weekday at 9am | every weekday at 9am",
      "every weekday at 9am summarize #incidents | every weekday at 9am",
      "every Friday at 4pm remind me to send the weekly update | every Friday at 4pm",
      "remind me to send the weekly update every Friday at 4pm | every Friday at 4pm",
      "post the digest on the 1st of every month | on the 1st of every month",
      "remind me in 2 hours to call Sam | in 2 hours"})
  void finds_the_schedule_span_in_either_order(String command, String span) {
    Optional<Located> located = parser.locate(command, NEW_YORK, NOW);
    assertThat(located).isPresent();
    assertThat(command.substring(located.get().start(), located.get().end())).isEqualTo(span);
    assertThat(located.get().schedule().spec())
        .isEqualTo(((Parsed) parser.parse(span, NEW_YORK, NOW)).schedule().spec());
  }

  @Test
  void a_command_without_a_schedule_locates_nothing() {
    assertThat(parser.locate("summarize #incidents please", NEW_YORK, NOW)).isEmpty();
  }
}

package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code schedule} sub-command: output format and exit codes. */
class ScheduleCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new ScheduleCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void prints_next_runs_as_offset_date_times_without_zero_seconds() {
    int status = run("--tz", "America/New_York", "--now", "2026-11-20T10:30", "--count", "3",
        "every weekday at 9am");
    assertThat(status).isZero();
    assertThat(stdout().lines()).containsExactly(
        "2026-11-23T09:00-05:00", "2026-11-24T09:00-05:00", "2026-11-25T09:00-05:00");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void count_defaults_to_five_and_the_phrase_may_be_split_over_arguments() {
    assertThat(run("--tz", "Europe/Berlin", "--now", "2026-03-27T10:00", "every", "day", "at", "9am")).isZero();
    assertThat(stdout().lines()).hasSize(5)
        .startsWith("2026-03-28T09:00+01:00", "2026-03-29T09:00+02:00");
  }

  @Test
  void a_one_off_prints_exactly_one_line() {
    assertThat(run("--tz", "UTC", "--now", "2026-11-20T10:30", "--count", "4", "tomorrow at 3pm")).isZero();
    assertThat(stdout().lines()).containsExactly("2026-11-21T15:00Z");
  }

  @Test
  void a_refused_phrase_exits_two_with_the_reason_on_stderr_only() {
    assertThat(run("--tz", "UTC", "--now", "2026-11-20T10:30", "at 25:00")).isEqualTo(2);
    assertThat(stdout()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("25:00").contains("Try e.g.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--tz Mars/Olympus daily", "--now yesterday daily", "--count 0 daily",
      "--count many daily", "--verbose daily", "--tz UTC", "--tz"})
  void bad_flags_exit_two_with_nothing_on_stdout(String args) {
    assertThat(run(args.split(" "))).isEqualTo(2);
    assertThat(stdout()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank();
  }
}

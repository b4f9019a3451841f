package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatchupCommandTest {

  private static final String EXPORT = "samples/export";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new CatchupCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_catch_up_from_an_export_names_the_period_the_channels_and_the_receipt() {
    assertThat(run("--export", EXPORT, "--user", "U0CHEN", "--since", "2d")).isZero();
    assertThat(stdout()).startsWith("Catch-up for @chen since ")
        .contains("#eng — ").contains("Decisions")
        .contains("Quiet: ")
        .contains("Read 3 channels since ");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void json_lists_what_waits_the_channels_and_the_receipt() {
    assertThat(run("--export", EXPORT, "--user", "U0CHEN", "--since", "2d", "--format", "json"))
        .isZero();
    JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
    assertThat(json.keySet()).containsExactly("person", "since", "waiting", "channels", "receipt");
    assertThat(json.get("person").getAsString()).isEqualTo("U0CHEN");
    assertThat(json.getAsJsonArray("channels")).hasSize(3);
  }

  @Test
  void bad_input_exits_2_with_one_line() {
    assertThat(run("--export", EXPORT, "--user", "chen")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(run("--export", EXPORT, "--user", "U0CHEN", "--since", "whenever"))
        .isEqualTo(CliCommand.BAD_INPUT);
    assertThat(run("--export", "samples/nowhere", "--user", "U0CHEN")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stdout()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(3);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_since_longer_than_ninety_days_is_refused_in_the_words_the_slack_commands_use() {
    assertThat(run("--export", EXPORT, "--user", "U0CHEN", "--since", "400d"))
        .isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stderr()).contains("at most 90 days").doesNotContain("not a time");
    assertThat(stderr().strip().lines()).hasSize(1);
    assertThat(stdout()).isEmpty();
  }
}

package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command, and the jar itself, follows the same conventions: {@code --help} prints usage and
 * exits 0, {@code --version} prints the version, an unknown option is named on one line of stderr
 * with the usage, exit 2.
 */
class CommandLineConventionsTest {

  private record Run(int status, String out, String err) {}

  /** Runs the jar's entry point with these arguments, as {@code java -jar roundup.jar …} does. */
  private static Run main(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Main().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String[] with(String command, String... args) {
    List<String> all = new ArrayList<>();
    if (!command.isEmpty()) {
      all.add(command);
    }
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "serve", "sandbox", "summarize", "digest", "schedule", "suggest", "eval",
      "ask", "catchup", "purge-workspace",
      "reencrypt"})
  void help_prints_the_usage_and_the_options_and_exits_0(String command) {
    for (String flag : List.of("--help", "-h")) {
      Run r = main(with(command, flag));

      assertThat(r.status()).as(command + " " + flag).isZero();
      assertThat(r.out()).startsWith("Usage: ").contains("--help").contains("--version");
      assertThat(r.err()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "serve", "sandbox", "summarize", "digest", "schedule", "suggest", "eval",
      "ask", "catchup", "purge-workspace",
      "reencrypt"})
  void version_prints_the_build_version_and_exits_0(String command) {
    Run r = main(with(command, "--version"));

    assertThat(r.status()).isZero();
    assertThat(r.out().strip()).isEqualTo("roundup " + RoundupVersion.version());
    // The build filled the version in: no unexpanded ${project.version}.
    assertThat(RoundupVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "serve", "sandbox", "summarize", "digest", "schedule", "suggest", "eval",
      "ask", "catchup", "purge-workspace",
      "reencrypt"})
  void an_unknown_option_is_named_on_one_line_with_the_usage_and_exits_2(String command) {
    Run r = main(with(command, "--no-such-option", "x"));

    assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).doesNotContain("\n").contains("'--no-such-option'").contains("Usage: ")
        .startsWith(command.isEmpty() ? "roundup: " : command + ": ");
  }

  @Test
  void an_unknown_command_lists_the_commands_and_exits_2() {
    Run r = main("summarise", "thread.json");

    assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(r.err().strip()).doesNotContain("\n").contains("unknown command 'summarise'")
        .contains("serve, sandbox, summarize, digest, schedule, suggest, eval, ask, catchup, purge-workspace");
  }

  @Test
  void the_top_level_help_lists_every_command() {
    Run r = main("--help");

    assertThat(r.out()).contains("serve ", "sandbox ", "summarize ", "digest ", "schedule ", "suggest ",
        "eval ", "ask ", "catchup ", "purge-workspace ");
  }
}

package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {

  private static final String SAMPLE = "samples/launch-thread.json";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return new SummarizeCommand().run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void summarizes_the_sample_as_text_with_names_from_users_json() {
    assertThat(run(SAMPLE)).isZero();
    assertThat(stdout()).startsWith("TL;DR: ").contains("\nHighlights\n", "\nDecisions\n",
        "\nAction items\n", "\nOpen questions\n", "@tom: Draft the maintenance notice");
    assertThat(stderr()).isEmpty();
  }

  @Test
  void json_format_prints_the_summary_json_only() {
    assertThat(run("--format", "json", SAMPLE)).isZero();
    JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
    assertThat(json.keySet()).containsExactly(
        "tldr", "highlights", "decisions", "actionItems", "openQuestions", "stats");
    // 26 entries in the file: a join and a bot post are not messages.
    assertThat(json.getAsJsonObject("stats").get("messages").getAsInt()).isEqualTo(24);
  }

  @Test
  void focus_is_passed_to_the_summarizer() {
    run("--format", "json", SAMPLE);
    String plain = stdout();
    out.reset();
    assertThat(run("--format", "json", "--focus", "press embargo", SAMPLE)).isZero();
    assertThat(stdout()).isNotEqualTo(plain);
  }

  @Test
  void bad_flags_exit_2_with_one_line_on_stderr_and_nothing_on_stdout() {
    for (String[] args : new String[][] {{"--format", "xml", SAMPLE}, {"--verbose", SAMPLE},
        {}, {"--focus"}, {SAMPLE, SAMPLE}}) {
      out.reset();
      err.reset();
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(CliCommand.BAD_INPUT);
      assertThat(stdout()).isEmpty();
      assertThat(stderr().strip()).isNotEmpty().doesNotContain("\n");
    }
  }

  @Test
  void malformed_input_exits_2_with_the_reason(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("reply.json");
    Files.writeString(file, "{\"ok\":false,\"error\":\"thread_not_found\"}");
    assertThat(run(file.toString())).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stdout()).isEmpty();
    assertThat(stderr()).startsWith("ok:false (thread_not_found)");
    assertThat(stderr().strip()).doesNotContain("\n");
  }

  @Test
  void an_exports_users_file_is_refused_on_one_line_with_a_non_zero_exit() {
    assertThat(run("src/test/resources/threads/export/users.json")).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stderr().strip()).contains("is a list of users, not a conversation")
        .doesNotContain("\n");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void a_single_export_day_file_prints_names_and_a_singular_receipt(@TempDir Path dir)
      throws Exception {
    Path day = dir.resolve("2024-05-01.json");
    Files.writeString(day, """
        [{"type":"message","ts":"1714550400.000100","user":"U7",
          "text":"The *release checklist* is ready: <https://wiki.example.com/release|checklist>",
          "user_profile":{"display_name":"kim"}}]""");
    assertThat(run(day.toString())).isZero();
    assertThat(stdout()).contains("@kim: The release checklist is ready: checklist")
        .contains("1 message, 1 participant").doesNotContain("<https");
  }

  @Test
  void a_channel_with_a_damaged_day_is_summarized_from_the_others_with_a_warning(@TempDir Path dir)
      throws Exception {
    Path channel = Files.createDirectories(dir.resolve("ops"));
    Files.writeString(channel.resolve("2024-05-01.json"), "[{\"ts\": ");
    Files.writeString(channel.resolve("2024-05-02.json"), """
        [{"type":"message","ts":"1714636800.000100","user":"U7","text":"We decided to keep the pager rota as is."}]""");

    assertThat(run(channel.toString())).isZero();
    assertThat(stdout()).contains("keep the pager rota").contains("1 message");
    assertThat(stderr().strip()).startsWith("summarize: warning: left out a day file that could not be read")
        .contains(channel.resolve("2024-05-01.json").toString()).doesNotContain("\n");

    Files.delete(channel.resolve("2024-05-02.json"));
    assertThat(run(channel.toString())).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(stderr()).contains("no day of this conversation could be read");
  }
}

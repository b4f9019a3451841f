package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundup.eval.SummarizerSystem;
import dev.roundup.summarize.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvalCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(EvalCommand command, String... args) {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void absent_data_folder_is_reported_and_exits_zero_without_scores(@TempDir Path dir) {
    Path report = dir.resolve("EVAL.md");

    int status = run(new EvalCommand(), "--data", dir.resolve("nowhere").toString(),
        "--out", report.toString());

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Shared data not found")
        .contains("nothing to evaluate").contains("eval --dataset threads");
    assertThat(report).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--bogus x", "--dataset cnn", "--limit 0", "--limit ten", "--data",
      "stray", "--dataset suggestions --seeds ten", "--dataset suggestions --seeds 9-3"})
  void bad_flags_exit_with_status_two_and_show_usage(String args) {
    int status = run(new EvalCommand(), args.split(" "));

    assertThat(status).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(EvalCommand.USAGE);
  }

  @Test
  void runs_on_a_data_folder_and_writes_the_report(@TempDir Path dir) throws Exception {
    Path data = dataFolder(dir);
    Path report = dir.resolve("docs").resolve("EVAL.md");
    SummarizerSystem stub = new SummarizerSystem("Stub summarizer", () -> (c, o) ->
        new Summary(c.messages().get(0).text(), List.of(), List.of(), List.of(), List.of(),
            new Summary.Stats(c.size(), c.participants().size()), null));

    int status = run(new EvalCommand(List.of(stub)), "--data", data.toString(),
        "--out", report.toString());

    assertThat(status).isZero();
    String written = Files.readString(report);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(written);
    assertThat(written).contains("| LEAD-3 |", "| TextRank-3 |", "| Stub summarizer |",
        "ORACLE", "QMSum — topic queries", "DialogSum — test dialogues", "no Porter stemming",
        "Targets");
  }

  @Test
  void one_dataset_can_be_chosen(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("EVAL.md");

    int status = run(new EvalCommand(), "--data", dataFolder(dir).toString(),
        "--dataset", "dialogsum", "--threads", oneThread(dir).toString(),
        "--out", report.toString());

    assertThat(status).isZero();
    assertThat(Files.readString(report)).contains("DialogSum — test dialogues")
        .doesNotContain("QMSum — topic queries");
  }

  @Test
  void a_partial_run_is_printed_and_written_only_where_out_says(@TempDir Path dir) throws Exception {
    Path committed = Path.of("docs/EVAL.md");
    byte[] before = Files.exists(committed) ? Files.readAllBytes(committed) : null;

    Path data = dataFolder(dir);
    int status = run(new EvalCommand(), "--data", data.toString(),
        "--dataset", "dialogsum", "--limit", "1", "--threads", dir.resolve("none").toString());
    assertThat(status).as("a --threads folder with no threads is refused").isEqualTo(CliCommand.BAD_INPUT);

    status = run(new EvalCommand(), "--data", data.toString(), "--dataset", "dialogsum",
        "--limit", "1", "--threads", oneThread(dir).toString());
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("DialogSum — test dialogues",
        "printed only; --out FILE writes it");
    assertThat(Files.exists(committed) ? Files.readAllBytes(committed) : null)
        .as("the full report is left as it was").isEqualTo(before);
  }

  @Test
  void the_slack_threads_alone_are_scored_in_seconds_and_written_only_where_out_says(
      @TempDir Path dir) throws Exception {
    Path threads = oneThread(dir);
    Files.createDirectories(threads.resolve("heldout"));
    Files.writeString(threads.resolve("heldout/runbook-owner.thread"), """
        # kind: planning
        # lang: en
        # batch: 2
        cara: <@dev> can you update the runbook by thursday?
          dev: sure, I'll have it updated thursday
        == gold
        action 1,2 dev: Update the runbook by Thursday
        """);
    Path committed = Path.of("docs/EVAL.md");
    byte[] before = Files.exists(committed) ? Files.readAllBytes(committed) : null;

    int status = run(new EvalCommand(), "--dataset", "threads", "--threads", threads.toString(),
        "--data", dir.resolve("no-data").toString());

    assertThat(status).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("## Slack threads", "held-out", "printed only; --out FILE writes it")
        .doesNotContain("QMSum", "DialogSum");
    assertThat(Files.exists(committed) ? Files.readAllBytes(committed) : null)
        .as("the full report is left as it was").isEqualTo(before);

    Path report = dir.resolve("THREADS.md");
    status = run(new EvalCommand(), "--dataset", "threads", "--threads", threads.toString(),
        "--out", report.toString());
    assertThat(status).isZero();
    assertThat(Files.readString(report)).contains("## Slack threads");

    status = run(new EvalCommand(), "--dataset", "threads", "--threads",
        dir.resolve("none").toString());
    assertThat(status).as("a missing --threads folder is refused").isEqualTo(CliCommand.BAD_INPUT);
    Files.createDirectories(dir.resolve("empty/dev"));
    status = run(new EvalCommand(), "--dataset", "threads", "--threads",
        dir.resolve("empty").toString());
    assertThat(status).as("a folder without thread files is refused")
        .isEqualTo(CliCommand.BAD_INPUT);
    status = run(new EvalCommand(), "--dataset", "threads", "--threads", threads.toString(),
        "--limit", "1");
    assertThat(status).as("--limit, which bounds the shared sets, is refused rather than ignored")
        .isEqualTo(CliCommand.BAD_INPUT);
  }

  @Test
  void a_missing_dataset_is_skipped_by_name_and_the_other_still_runs(@TempDir Path dir)
      throws Exception {
    Path data = dataFolder(dir);
    Files.delete(data.resolve("qmsum/qmsum.test.jsonl"));
    Path report = dir.resolve("EVAL.md");

    int status = run(new EvalCommand(), "--data", data.toString(),
        "--threads", oneThread(dir).toString(), "--out", report.toString());

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Skipping QMSUM");
    assertThat(Files.readString(report)).contains("DialogSum — test dialogues")
        .contains("Not run (dataset not requested or not found)");
  }

  @Test
  void the_suggestion_eval_writes_its_own_section_and_keeps_the_summary_report(@TempDir Path dir)
      throws Exception {
    Path report = dir.resolve("EVAL.md");
    Files.writeString(report, "# Summary quality (ROUGE)\n\nR1 24.98\n");

    int status = run(new EvalCommand(), "--dataset", "suggestions", "--seeds", "2026", "--out", report.toString());

    assertThat(status).isZero();
    String written = Files.readString(report);
    assertThat(written).startsWith("# Summary quality (ROUGE)\n\nR1 24.98\n")
        .contains("# Suggestion quality (precision and recall)", "seeds 2026: precision", "| 2026 | 48 |");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote " + report);
  }

  /** A data folder laid out like the shared one, holding this project's own tiny fixtures. */
  private static Path dataFolder(Path dir) throws IOException, URISyntaxException {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("qmsum"));
    Files.createDirectories(data.resolve("dialogsum"));
    Files.copy(fixture("qmsum-tiny.jsonl"), data.resolve("qmsum/qmsum.test.jsonl"));
    Files.copy(fixture("dialogsum-tiny.jsonl"), data.resolve("dialogsum/dialogsum.test.jsonl"));
    return data;
  }

  /**
   * A Slack thread folder with one tuning thread: the tests about the shared sets score it rather
   * than the checkout's thousands, which the thread eval's own tests score.
   */
  private static Path oneThread(Path dir) throws IOException {
    Path threads = dir.resolve("one-thread");
    Files.createDirectories(threads.resolve("dev"));
    Files.writeString(threads.resolve("dev/standup-time.thread"), """
        # kind: decision
        # lang: en
        # batch: 1
        ana: should we move the standup to 10?
          ben: yes, 10 works for everyone
          ana: ok, standup moves to 10 from monday
        == gold
        decision 2,3: Standup moves to 10 from Monday
        """);
    return threads;
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(EvalCommandTest.class.getResource("/eval/" + name).toURI());
  }
}

package dev.roundup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.roundup.eval.BoostedTrees;
import dev.roundup.eval.GoldThreadLoader;
import dev.roundup.summarize.ActionTrees;
import dev.roundup.summarize.ActionVeto;
import dev.roundup.summarize.TreeEnsemble;
import dev.roundup.summarize.WordingModel;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainActionsCommandTest {

  private static final Path THREADS = Path.of("src/test/resources/eval/slack-threads");

  private record Run(int status, String out, String err) {}

  private static Run train(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new TrainActionsCommand().run(List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The first {@code n} thread files of one split, copied into {@code to}. */
  private static void copy(String split, int n, Path to) throws Exception {
    Files.createDirectories(to.resolve(split));
    try (Stream<Path> files = Files.list(THREADS.resolve(split))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".thread")).sorted().limit(n)
          .toList()) {
        Files.copy(f, to.resolve(split).resolve(f.getFileName()));
      }
    }
  }

  @Test
  void trees_grown_from_a_folder_are_written_readable_and_measured(@TempDir Path dir)
      throws Exception {
    copy("dev", 40, dir);
    copy("heldout", 5, dir);
    Path out = dir.resolve("trees.txt");
    // Written beside the trees when no --wording-out or --veto-out says where, never over the
    // shipped files.
    Path wording = dir.resolve("action-wording.txt.gz");
    Path veto = dir.resolve("action-veto.txt");

    Run r = train("--threads", dir.toString(), "--out", out.toString());

    assertThat(r.status()).as(r.err()).isZero();
    int rounds = BoostedTrees.Settings.DEFAULT.rounds();
    assertThat(r.out()).contains("Grew " + rounds + " trees from", "5-fold cross-validated",
        "\n    from 0.50:", "\n    from 0.90:", "held-out threads, rules and trees",
        "Action items with the veto", "keep from 0.10:", "keep from 0.60:",
        "held-out threads, rules and veto",
        "Action items with the trees adding and the veto keeping, together",
        "  adding from 0.50, keeping from 0.10:", "  adding from 0.80, keeping from 0.40:");
    assertThat(r.out()).containsPattern("  (the shipped pair is the one the rule picks|the rule "
        + "picks adding from \\d\\.\\d\\d and keeping from|no pair swept is as precise)");
    assertTogetherCountsEveryGoldItemOnce(r.out(), dir);
    try (InputStream in = Files.newInputStream(out)) {
      assertThat(TreeEnsemble.read(in, ActionTrees.NAMES).size()).isEqualTo(rounds);
    }
    try (InputStream in = Files.newInputStream(wording)) {
      assertThat(WordingModel.read(in)).isNotNull();
    }
    try (InputStream in = Files.newInputStream(veto)) {
      assertThat(TreeEnsemble.read(in, ActionVeto.NAMES).size()).isEqualTo(rounds);
    }
  }

  /**
   * The cross-validated line of the trees and the veto together at the shipped pair of
   * thresholds: every gold action item of the
   * tuning threads that is scored (still to do, resting on a message gold does not leave open
   * either way) is right or missed once, every fold having been scored once; and its precision
   * and recall are those counts'.
   */
  private static void assertTogetherCountsEveryGoldItemOnce(String out, Path dir)
      throws Exception {
    Matcher together = Pattern.compile(String.format(Locale.ROOT, "\n  adding from %.2f, "
        + "keeping from %.2f: +(\\d\\.\\d{3}) / (\\d\\.\\d{3})  (\\d+) / (\\d+) / (\\d+)  \\d+\n",
        ActionTrees.SHIPPED_THRESHOLD, ActionVeto.SHIPPED_KEEP)).matcher(out);
    assertThat(together.find()).as(out).isTrue();
    double precision = Double.parseDouble(together.group(1));
    double recall = Double.parseDouble(together.group(2));
    int right = Integer.parseInt(together.group(3));
    int wrong = Integer.parseInt(together.group(4));
    int missed = Integer.parseInt(together.group(5));
    long goldToDo = GoldThreadLoader.loadAll(dir).stream()
        .filter(t -> t.split().equals("dev"))
        .flatMap(t -> t.actions().stream()
            .filter(g -> !g.finished() && !t.either().containsAll(g.sources())))
        .count();
    assertThat(right + missed).isEqualTo((int) goldToDo);
    assertThat(precision).isBetween(0.0, 1.0)
        .isCloseTo((double) right / (right + wrong), within(0.0005));
    assertThat(recall).isBetween(0.0, 1.0)
        .isCloseTo((double) right / (right + missed), within(0.0005));
  }

  @Test
  void a_folder_without_tuning_threads_is_refused_and_nothing_is_written(@TempDir Path dir) {
    Path out = dir.resolve("trees.txt");
    Path wording = dir.resolve("wording.txt.gz");

    Run r = train("--threads", dir.toString(), "--out", out.toString(),
        "--wording-out", wording.toString());

    assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(r.err()).contains("no tuning threads in");
    assertThat(out).doesNotExist();
    assertThat(wording).doesNotExist();
  }

  @Test
  void the_veto_is_never_written_over_the_trees_or_the_wording_model(@TempDir Path dir) {
    Path out = dir.resolve("trees.txt");

    Path wording = dir.resolve("wording.txt.gz");

    for (Path veto : List.of(out, wording)) {
      Run r = train("--threads", THREADS.toString(), "--out", out.toString(),
          "--wording-out", wording.toString(), "--veto-out", veto.toString());

      assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
      assertThat(r.err()).contains("need three files");
      assertThat(out).doesNotExist();
      assertThat(wording).doesNotExist();
    }
  }

  @Test
  void the_trees_and_the_wording_model_are_never_written_to_one_file(@TempDir Path dir) {
    Path out = dir.resolve("action-wording.txt.gz");

    Run r = train("--threads", THREADS.toString(), "--out", out.toString());

    assertThat(r.status()).isEqualTo(CliCommand.BAD_INPUT);
    assertThat(r.err()).contains("need two files");
    assertThat(out).doesNotExist();
  }
}

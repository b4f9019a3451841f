package dev.roundup.app;

import dev.roundup.eval.Dataset;
import dev.roundup.eval.EvalReport;
import dev.roundup.eval.EvalRun;
import dev.roundup.eval.EvalSuite;
import dev.roundup.eval.EvalSystem;
import dev.roundup.eval.SummarizerSystem;
import dev.roundup.eval.AnswerEval;
import dev.roundup.eval.AnswerEvalReport;
import dev.roundup.eval.AskedQuestion;
import dev.roundup.eval.QmsumQuestions;
import dev.roundup.eval.ThreadEval;
import dev.roundup.eval.ThreadEvalReport;
import dev.roundup.summarize.ExtractiveAnswerer;
import dev.roundup.summarize.ExtractiveSummarizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval [--data DIR] [--dataset qmsum|dialogsum|all] [--threads DIR] [--out FILE]
 * [--limit N]}: scores the summarizer and the reference baselines on the shared test sets, and the
 * summarizer on the hand-written Slack threads with gold items, prints the report and writes it
 * to {@code docs/EVAL.md}. Without the data folder it says so and exits 0, so a checkout without
 * the (partly non-commercial) data still builds and runs. {@code --dataset suggestions [--seeds A-B]}
 * scores the suggestion detector on generated workspaces instead, into its own section of the file.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = EvalCommand.USAGE,
    description = {"Scores summary quality: ROUGE on the shared test sets, precision and recall "
        + "on the hand-written Slack threads.",
        "Scores the summarizer and the reference baselines, prints the report and writes it to "
        + "docs/EVAL.md; without the data folder it says so and exits 0. With --dataset suggestions, "
        + "scores the suggestion detector on generated workspaces (its own section of the file)."})
public final class EvalCommand implements CliCommand {

  static final String USAGE = "Usage: eval [--data DIR] [--dataset qmsum|dialogsum|all|suggestions] "
      + "[--threads DIR] [--out FILE] [--limit N] [--seeds A-B]";

  private final List<EvalSystem> summarizers;

  /** Roundup's row name for the built-in summarizer in the report. */
  public static final String EMBEDDED = "Roundup (embedded)";

  @Spec
  private CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "the shared data folder (default: ../shared/data)")
  private Path data;

  @Option(names = "--dataset", paramLabel = "qmsum|dialogsum|all|suggestions", defaultValue = "all",
      description = "which test set to score (default: all, the summary sets); suggestions scores the "
          + "suggestion detector on generated workspaces")
  private String dataset;

  @Option(names = "--seeds", paramLabel = "A-B",
      description = "with --dataset suggestions: the workspaces' seeds (default: 1001-1010)")
  private String seeds;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/EVAL.md",
      description = "where the report is written (default: docs/EVAL.md)")
  private Path outFile;

  @Option(names = "--limit", paramLabel = "N", description = "score only the first N samples of each set")
  private String limit;

  @Option(names = "--threads", paramLabel = "DIR",
      defaultValue = "src/test/resources/eval/slack-threads",
      description = "hand-written Slack threads with gold items (default: the checkout's)")
  private Path threadFolder;

  /** Scores the built-in {@link ExtractiveSummarizer} beside the baselines. */
  public EvalCommand() {
    this(List.of(new SummarizerSystem(EMBEDDED, ExtractiveSummarizer::new)));
  }

  /** With the given summarizer rows instead of the embedded one (tests, other summarizers). */
  public EvalCommand(List<? extends EvalSystem> summarizers) {
    this.summarizers = List.copyOf(summarizers);
  }

  /** Parsed flags. */
  record Options(Path data, Set<Dataset> datasets, Path out, int limit, Path threads) {}

  @Override
  public Integer call() {
    if (dataset.equals("suggestions")) {
      return suggestions();
    }
    Options options;
    try {
      options = new Options(data, datasets(dataset), outFile, limit == null ? 0 : positive(limit),
          threadFolder);
    } catch (IllegalArgumentException e) {
      throw Cli.badInput(spec, e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Dataset> present = options.datasets().stream()
        .filter(d -> d.isPresent(options.data()))
        .toList();
    String threads;
    try {
      threads = threadReport(options.threads());
    } catch (IOException e) {
      spec.commandLine().getErr().println("Eval failed: " + e.getMessage());
      return BAD_INPUT;
    }
    if (present.isEmpty()) {
      out.println("Shared data not found at " + options.data().toAbsolutePath()
          + " (looked for " + options.datasets().stream()
              .map(d -> d.file(options.data()).toString()).toList()
          + "); nothing to evaluate, no scores written.");
      return 0;
    }
    options.datasets().stream().filter(d -> !present.contains(d)).forEach(d ->
        out.println("Skipping " + d + ": " + d.file(options.data()) + " not found."));
    try {
      EvalRun run = new EvalSuite(summarizers, Runtime.getRuntime().availableProcessors())
          .run(options.data(), EnumSet.copyOf(present), options.limit());
      String answers = present.contains(Dataset.QMSUM) ? answerReport(options.data()) : "";
      String report = EvalReport.markdown(run) + (threads == null ? "" : threads) + answers;
      out.print(report);
      ReportFile.writeMain(options.out(), report);
      out.println("Wrote " + options.out());
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("Eval failed: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  /** Answering scored on QMSum's specific queries (the built-in answerer beside baselines). */
  private static String answerReport(Path data) throws IOException {
    List<AskedQuestion> questions = QmsumQuestions.load(Dataset.QMSUM.file(data));
    return AnswerEvalReport.markdown(new AnswerEval(EMBEDDED, new ExtractiveAnswerer(),
        Runtime.getRuntime().availableProcessors()).run(questions));
  }

  private int suggestions() {
    List<Long> chosen;
    try {
      chosen = SuggestionEvalReport.seeds(seeds);
    } catch (IllegalArgumentException e) {
      throw Cli.badInput(spec, e.getMessage());
    }
    try {
      return SuggestionEvalReport.run(chosen, outFile, spec.commandLine().getOut());
    } catch (IOException e) {
      spec.commandLine().getErr().println("Eval failed: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  /** The hand-written Slack threads scored for each summarizer row, or null without them. */
  private String threadReport(Path folder) throws IOException {
    if (!ThreadEval.isPresent(folder)) {
      return null;
    }
    List<ThreadEval.Run> runs = new java.util.ArrayList<>();
    for (EvalSystem system : summarizers) {
      if (system instanceof SummarizerSystem s) {
        runs.add(ThreadEval.run(s.name(), s.summarizer(), folder));
      }
    }
    return runs.isEmpty() ? null : ThreadEvalReport.markdown(runs, ThreadEval.history(folder));
  }

  private static Set<Dataset> datasets(String value) {
    return switch (value) {
      case "all" -> EnumSet.allOf(Dataset.class);
      case "qmsum" -> EnumSet.of(Dataset.QMSUM);
      case "dialogsum" -> EnumSet.of(Dataset.DIALOGSUM);
      default -> throw new IllegalArgumentException(
          "Unknown dataset '" + value + "'; expected qmsum, dialogsum, all or suggestions.");
    };
  }

  private static int positive(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the same message as a non-positive number
    }
    throw new IllegalArgumentException("--limit needs a positive whole number, got '" + value + "'.");
  }
}

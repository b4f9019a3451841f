package dev.roundup.app;

import dev.roundup.eval.Dataset;
import dev.roundup.eval.EvalReport;
import dev.roundup.eval.EvalRun;
import dev.roundup.eval.EvalSuite;
import dev.roundup.eval.SummarizerSystem;
import dev.roundup.eval.SummaryReceipts;
import dev.roundup.eval.AnswerEval;
import dev.roundup.eval.AnswerEvalReport;
import dev.roundup.eval.AskedQuestion;
import dev.roundup.eval.GoldThread;
import dev.roundup.eval.GoldThreadLoader;
import dev.roundup.eval.QmsumQuestions;
import dev.roundup.eval.ReaderAgreement;
import dev.roundup.eval.ThreadEval;
import dev.roundup.eval.ThreadEvalReport;
import dev.roundup.summarize.ExtractiveAnswerer;
import dev.roundup.llm.LlmSettings;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.SummarizerFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval [--data DIR] [--dataset qmsum|dialogsum|all] [--threads DIR] [--out FILE]
 * [--limit N] [--llm]}: scores the summarizer and the reference baselines on the shared test sets,
 * and the summarizer on the hand-written Slack threads with gold items, prints the report and
 * writes it to {@code docs/EVAL.md}. With {@code --llm} the LLM configured in {@code roundup.llm.*}
 * is scored beside the embedded summarizer, through the same factory the app uses, and the report
 * counts the summaries that fell back to the embedded one. Without the data folder it says so and exits 0, so a checkout without
 * the (partly non-commercial) data still builds and runs. {@code --dataset suggestions [--seeds A-B]}
 * scores the suggestion detector on generated workspaces instead, into its own section of the file.
 * {@code --dataset threads} scores the Slack threads alone (each split and batch, in seconds rather
 * than the minutes the full sets take), printed, and written only where {@code --out} says.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = RoundupVersion.class,
    descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    synopsisHeading = "", customSynopsis = EvalCommand.USAGE,
    description = {"Scores summary quality: ROUGE on the shared test sets, precision and recall "
        + "on the hand-written Slack threads.",
        "Scores the summarizer and the reference baselines, prints the report and, for a full run, "
        + "writes it to docs/EVAL.md (a partial run, --limit or one --dataset, is printed only unless "
        + "--out FILE); without the data folder it says so and exits 0. With --dataset suggestions, "
        + "scores the suggestion detector on generated workspaces (its own section of the file). "
        + "With --dataset threads, scores the hand-written Slack threads alone. "
        + "With --llm, also scores the LLM configured in roundup.llm.* (one or more model calls "
        + "per thread and per sample: use --limit to bound the cost)."})
public final class EvalCommand implements CliCommand {

  static final String USAGE = "Usage: eval [--data DIR] [--dataset qmsum|dialogsum|all|threads|suggestions] "
      + "[--threads DIR] [--out FILE] [--limit N] [--llm] [--seeds A-B]";

  private final List<SummarizerSystem> summarizers;
  private final Supplier<LlmSettings> llmSettings;

  /** Roundup's row name for the built-in summarizer in the report. */
  public static final String EMBEDDED = "Roundup (embedded)";

  @Spec
  private CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
      description = "the shared data folder (default: ../shared/data)")
  private Path data;

  @Option(names = "--dataset", paramLabel = "qmsum|dialogsum|all|threads|suggestions", defaultValue = "all",
      description = "which test set to score (default: all, the summary sets); threads scores the "
          + "hand-written Slack threads alone; suggestions scores the "
          + "suggestion detector on generated workspaces")
  private String dataset;

  @Option(names = "--seeds", paramLabel = "A-B",
      description = "with --dataset suggestions: the workspaces' seeds (default: 1001-1010)")
  private String seeds;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/EVAL.md",
      description = "where the report is written (default: docs/EVAL.md, for a full run)")
  private Path outFile;

  @Option(names = "--limit", paramLabel = "N", description = "score only the first N samples of each set")
  private String limit;

  @Option(names = "--llm", description = "also score the LLM configured in roundup.llm.* "
      + "(properties file or environment): costs model calls, see --limit")
  private boolean llm;

  @Option(names = "--threads", paramLabel = "DIR",
      defaultValue = "src/test/resources/eval/slack-threads",
      description = "hand-written Slack threads with gold items (default: the checkout's)")
  private Path threadFolder;

  /** Scores the built-in {@link ExtractiveSummarizer} beside the baselines. */
  public EvalCommand() {
    this(List.of(embedded()), Config::loadLlm);
  }

  /** With the given summarizer rows instead of the embedded one (tests, other summarizers). */
  public EvalCommand(List<SummarizerSystem> summarizers) {
    this(summarizers, Config::loadLlm);
  }

  /** With the given rows, and {@code --llm} reading its settings from {@code llmSettings}. */
  EvalCommand(List<SummarizerSystem> summarizers, Supplier<LlmSettings> llmSettings) {
    this.summarizers = List.copyOf(summarizers);
    this.llmSettings = llmSettings;
  }

  private static SummarizerSystem embedded() {
    return new SummarizerSystem(EMBEDDED, ExtractiveSummarizer::new);
  }

  /** Parsed flags. */
  record Options(Path data, Set<Dataset> datasets, Path out, int limit, Path threads) {}

  @Override
  public Integer call() {
    if (dataset.equals("suggestions")) {
      return suggestions();
    }
    if (dataset.equals("threads")) {
      return threadsAlone();
    }
    Options options;
    List<Row> rows;
    try {
      options = new Options(data, datasets(dataset), outFile, limit == null ? 0 : positive(limit),
          threadFolder);
      if (given("--threads") && !ThreadEval.isPresent(threadFolder)) {
        throw new IllegalArgumentException("no Slack threads in " + threadFolder);
      }
      rows = rows();
    } catch (IllegalArgumentException | ConfigException e) {
      throw Cli.badInput(spec, e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Dataset> present = options.datasets().stream()
        .filter(d -> d.isPresent(options.data()))
        .toList();
    if (present.isEmpty()) {
      // Checked before the Slack threads are scored: their figures belong in the report, which
      // is not written without the shared sets, so scoring them would only keep the user waiting.
      out.println("Shared data not found at " + options.data().toAbsolutePath()
          + " (looked for " + options.datasets().stream()
              .map(d -> d.file(options.data()).toString()).toList()
          + "); nothing to evaluate, no scores written. To score the Slack threads alone: eval"
          + " --dataset threads");
      return 0;
    }
    String threads;
    try {
      threads = threadReport(rows, options.threads(), true);
    } catch (IOException e) {
      spec.commandLine().getErr().println("Eval failed: " + e.getMessage());
      return BAD_INPUT;
    }
    options.datasets().stream().filter(d -> !present.contains(d)).forEach(d ->
        out.println("Skipping " + d + ": " + d.file(options.data()) + " not found."));
    try {
      EvalRun run = new EvalSuite(rows.stream().map(Row::system).toList(),
          Runtime.getRuntime().availableProcessors())
          .run(options.data(), EnumSet.copyOf(present), options.limit());
      String answers = present.contains(Dataset.QMSUM) ? answerReport(options.data()) : "";
      String report = EvalReport.markdown(run) + receipts(rows)
          + (threads == null ? "" : threads) + answers;
      out.print(report);
      if (limit != null || !dataset.equals("all")) {
        writtenIfAsked(out, report);
      } else {
        ReportFile.writeMain(options.out(), report);
        out.println("Wrote " + options.out());
      }
      warnOfFallbacks(rows);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("Eval failed: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  /**
   * The Slack threads alone, without the history beside them: a partial run, so printed, and
   * written only to the file {@code --out} names.
   */
  private int threadsAlone() {
    List<Row> rows;
    try {
      if (limit != null) {
        throw new IllegalArgumentException("--limit bounds the shared sets; --dataset threads "
            + "scores every thread of --threads (point it at a smaller folder instead)");
      }
      if (!ThreadEval.hasThreads(threadFolder)) {
        throw new IllegalArgumentException("no Slack threads (.thread files under dev/ or "
            + "heldout/) in " + threadFolder);
      }
      rows = rows();
    } catch (IllegalArgumentException | ConfigException e) {
      throw Cli.badInput(spec, e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      String report = threadReport(rows, threadFolder, false);
      out.print(report);
      writtenIfAsked(out, report);
      warnOfFallbacks(rows);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("Eval failed: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  /**
   * A partial run is not the report, which it would replace with a few samples' scores: written
   * only to the file {@code --out} names.
   */
  private void writtenIfAsked(PrintWriter out, String report) throws IOException {
    if (given("--out")) {
      ReportFile.writeMain(outFile, report);
      out.println("Wrote " + outFile);
    } else {
      out.println("A partial run (--limit or --dataset) is printed only; --out FILE writes it.");
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

  /** A summarizer row and how many threads it summarizes at once. */
  private record Row(SummarizerSystem system, int workers) {}

  /** The given rows, and with {@code --llm} the configured model's. */
  private List<Row> rows() {
    int cores = Runtime.getRuntime().availableProcessors();
    List<Row> rows = new ArrayList<>(summarizers.stream().map(s -> new Row(s, cores)).toList());
    if (llm) {
      LlmSettings settings = llmSettings.get();
      if (settings.provider().equals("embedded")) {
        throw new IllegalArgumentException("--llm needs an LLM configured, and the provider "
            + "is 'embedded': set " + Settings.describe("roundup.llm.provider")
            + " to openai or anthropic and " + Settings.describe("roundup.llm.model")
            + ", with the API key in the environment (ROUNDUP_LLM_API_KEY).");
      }
      // The factory the app summarizes with, falling back to the embedded summarizer as it does.
      SummarizerSystem model = new SummarizerSystem(llmRow(settings),
          () -> SummarizerFactory.create(settings, new ExtractiveSummarizer()));
      // A model row waits on answers rather than computing: as many threads as calls allowed.
      rows.add(new Row(model, Math.max(cores, settings.maxParallel())));
    }
    return rows;
  }

  /** A row that fell back is not the model's score: say so where it cannot be missed. */
  private void warnOfFallbacks(List<Row> rows) {
    for (Row row : rows) {
      SummaryReceipts r = row.system().receipts();
      if (r.fellBack() > 0) {
        spec.commandLine().getErr().println("Warning: " + row.system().name() + ": " + r.fellBack()
            + " of " + r.summaries() + " summaries fell back to the embedded summarizer (see the "
            + "log above and the receipts in the report); check roundup.llm.* and the provider.");
      }
    }
  }

  /** The LLM's row name: provider and model, so a report says what was scored. */
  static String llmRow(LlmSettings settings) {
    return "Roundup (LLM: " + settings.provider() + "/" + settings.model() + ")";
  }

  /** What each row's ROUGE summaries said of themselves: fallbacks and dropped items. */
  private static String receipts(List<Row> rows) {
    StringBuilder md = new StringBuilder("## Receipts (the summaries scored above)\n\n");
    rows.forEach(r -> md.append("- ").append(r.system().receipts().line(r.system().name()))
        .append('\n'));
    return md.append('\n').toString();
  }

  private boolean given(String option) {
    return spec.commandLine().getParseResult() != null
        && spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /**
   * The hand-written Slack threads scored for each summarizer row, with the held-out history beside
   * them when {@code withHistory}; null without threads.
   */
  private static String threadReport(List<Row> rows, Path folder, boolean withHistory)
      throws IOException {
    if (!ThreadEval.isPresent(folder) || rows.isEmpty()) {
      return null;
    }
    List<GoldThread> threads = GoldThreadLoader.loadAll(folder);
    List<ThreadEval.Run> runs = new ArrayList<>();
    for (Row row : rows) {
      runs.add(ThreadEval.run(row.system().name(), row.system()::summarizer, threads,
          row.workers()));
    }
    return ThreadEvalReport.markdown(runs, withHistory ? ThreadEval.history(folder) : null,
        ReaderAgreement.load(folder));
  }

  private static Set<Dataset> datasets(String value) {
    return switch (value) {
      case "all" -> EnumSet.allOf(Dataset.class);
      case "qmsum" -> EnumSet.of(Dataset.QMSUM);
      case "dialogsum" -> EnumSet.of(Dataset.DIALOGSUM);
      default -> throw new IllegalArgumentException(
          "Unknown dataset '" + value + "'; expected qmsum, dialogsum, all, threads or suggestions.");
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

package dev.roundup.app;

import dev.roundup.suggest.Detector;
import dev.roundup.suggest.synthetic.SuggestionEval;
import dev.roundup.suggest.synthetic.WorkspaceGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * {@code eval --dataset suggestions [--seeds A-B]}: the suggestion detector's precision and recall on
 * generated workspaces (the tuning seeds for comparison, then the report seeds), printed and written
 * into its section of docs/EVAL.md.
 */
final class SuggestionEvalReport {

  private SuggestionEvalReport() {}

  /** "1001-1010" or "7": the seeds; throws IllegalArgumentException for anything else. */
  static List<Long> seeds(String text) {
    if (text == null) {
      return SuggestionEval.REPORT_SEEDS;
    }
    try {
      String[] range = text.strip().split("-", 2);
      long from = Long.parseLong(range[0].strip());
      long to = range.length == 2 ? Long.parseLong(range[1].strip()) : from;
      if (from < 0 || to < from || to - from >= 1_000) {
        throw new NumberFormatException();
      }
      return LongStream.rangeClosed(from, to).boxed().toList();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--seeds needs a seed or a range such as 1001-1010, got '" + text + "'.");
    }
  }

  /**
   * Scores the detector on the seeds; with the report seeds, on the tuning seeds too, for
   * comparison.
   */
  static int run(List<Long> seeds, Path out, PrintWriter print) throws IOException {
    long start = System.nanoTime();
    Detector detector = new Detector(Detector.Settings.DEFAULT);
    SuggestionEval.Run tuning = seeds.equals(SuggestionEval.REPORT_SEEDS) ? SuggestionEval.run(
        SuggestionEval.TUNING_SEEDS, WorkspaceGenerator.Size.FULL, detector) : null;
    SuggestionEval.Run report = SuggestionEval.run(seeds, WorkspaceGenerator.Size.FULL, detector);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    String when = String.format(Locale.ROOT, "Run %s, wall time %.1f s, %d cores, Java %s.",
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(ZonedDateTime.now(ZoneOffset.UTC)),
        took.toMillis() / 1000.0, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    String markdown = SuggestionEval.markdown(tuning, report, when);
    print.print(markdown);
    ReportFile.writeSection(out, ReportFile.SUGGESTIONS, markdown);
    print.println("Wrote " + out);
    return 0;
  }
}

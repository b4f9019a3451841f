package dev.roundup.bench;

import dev.roundup.SharedData;
import dev.roundup.schedule.ScheduleParser;
import dev.roundup.schedule.corpus.CorpusLoader;
import dev.roundup.schedule.corpus.CorpusRow;
import dev.roundup.schedule.corpus.NattyRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Schedule parser throughput: phrases per second for Roundup's parser and natty over every phrase
 * of the shared corpus, each with its row's reference time, in one run on one thread. Writes the
 * "Schedule parser" section of docs/BENCHMARKS.md. Run: {@code scripts/bench} or
 * {@code java -cp target/test-classes:target/classes:<deps> dev.roundup.bench.ParserBenchmark}.
 */
public final class ParserBenchmark {

  private static final int WARMUP_ROUNDS = 3;
  private static final int MEASURED_ROUNDS = 5;

  private ParserBenchmark() {}

  public static void main(String[] args) {
    Path tsv = SharedData.root().resolve("schedule-phrases/phrases.tsv");
    if (!Files.exists(tsv)) {
      System.err.println("shared data not found at " + tsv.toAbsolutePath() + "; set -Droundup.shared.data");
      System.exit(2);
    }
    List<CorpusRow> rows = CorpusLoader.load(tsv);
    List<ZonedDateTime> nows = rows.stream().map(CorpusRow::reference).toList();
    ScheduleParser parser = new ScheduleParser();
    double roundup = measure(rows, nows, (row, now) -> parser.parse(row.phrase(), now.getZone(), now));
    double natty = measure(rows, nows, (row, now) -> NattyRunner.run(row.phrase(), now));
    ZonedDateTime now = nows.get(0);
    double wordy = perCall(() -> parser.locate(WORDY_COMMAND, now.getZone(), now));
    double repeated = perCall(() -> parser.locate(REPEATED_COMMAND, now.getZone(), now));
    double longWord = perCall(() -> parser.parse(LONG_WORD, now.getZone(), now));
    String section = String.format(Locale.ROOT, """
        ## Schedule parser

        %s
        %s
        %d corpus phrases (`schedule-phrases/phrases.tsv`), each parsed with its row's reference time,
        one thread; %d warm-up rounds, then the best of %d measured rounds.

        | parser | phrases/s | µs/phrase |
        |---|---|---|
        | Roundup `ScheduleParser.parse` | %.0f | %.1f |
        | natty 0.13 `Parser.parse` | %.0f | %.1f |

        Roundup is %.1f× natty's throughput on the same phrases in the same run.

        Long text, best of the measured rounds (a digest command's schedule is found by
        `ScheduleParser.locate`, which reads every stretch of up to 20 words):

        | input | call | ms per call |
        |---|---|---|
        | a %,d-character command of %,d words, none said twice, its schedule last | `locate` | %.2f |
        | "every weekday at 9am" said again to %,d characters | `locate` | %.2f |
        | one word of %,d letters | `parse` (refused) | %.2f |
        """, BenchmarkReport.machine(), load(), rows.size(), WARMUP_ROUNDS, MEASURED_ROUNDS,
        roundup, 1e6 / roundup, natty, 1e6 / natty, roundup / natty,
        WORDY_COMMAND.length(), WORDY_COMMAND.split(" ").length, wordy,
        REPEATED_COMMAND.length(), repeated, LONG_WORD.length(), longWord);
    BenchmarkReport.replaceSection("schedule-parser", section);
    System.out.print(section);
  }

  /** The 1-minute load average when the run ended: these figures are noisy on a busy machine. */
  private static String load() {
    try {
      String avg = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
      return "Load average during the run: " + avg + " (other processes share the cores; compare the ratio).";
    } catch (java.io.IOException | RuntimeException e) {
      return "Load average: not available.";
    }
  }

  /**
   * A digest command as long as a pasted one: focus words, none of them a schedule word and no
   * stretch of them said twice, then its schedule.
   */
  private static final String WORDY_COMMAND = wordy();

  /** A schedule said again and again: every stretch of it reads the same. */
  private static final String REPEATED_COMMAND = "every weekday at 9am ".repeat(200).strip();

  /** One word far longer than any schedule word, as pasted text can be. */
  private static final String LONG_WORD = "x".repeat(40_000);

  private static String wordy() {
    String[] words = {"launches", "risks", "hiring", "incidents", "customers", "pricing",
        "roadmap", "migrations", "budget", "security", "vendors", "onboarding"};
    StringBuilder text = new StringBuilder("#eng #design focus");
    for (int i = 0; text.length() < 4_000; i++) {
      text.append(' ').append(words[i % words.length]).append(i / words.length);
    }
    return text.append(" every friday at 4pm").toString();
  }

  /** Best milliseconds per call over the measured rounds (each round long enough to time). */
  private static double perCall(Runnable call) {
    double best = Double.MAX_VALUE;
    for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
      int calls = 0;
      long start = System.nanoTime();
      long elapsed;
      do {
        call.run();
        calls++;
        elapsed = System.nanoTime() - start;
      } while (elapsed < 200_000_000L);
      if (round >= WARMUP_ROUNDS) {
        best = Math.min(best, elapsed / 1e6 / calls);
      }
    }
    return best;
  }

  /** Best phrases-per-second over the measured rounds. */
  private static double measure(List<CorpusRow> rows, List<ZonedDateTime> nows,
      BiConsumer<CorpusRow, ZonedDateTime> parse) {
    double best = 0;
    for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < rows.size(); i++) {
        parse.accept(rows.get(i), nows.get(i));
      }
      double perSecond = rows.size() / ((System.nanoTime() - start) / 1e9);
      if (round >= WARMUP_ROUNDS) {
        best = Math.max(best, perSecond);
      }
    }
    return best;
  }
}

package dev.roundup.eval;

import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Slack-thread eval: every hand-written thread summarized by one summarizer and scored against
 * its gold, section by section, per split (the threads tuned on, and the held-out ones written
 * after tuning), per kind and per language.
 */
public final class ThreadEval {

  /** Where the thread files live in a checkout. */
  public static final Path DEFAULT_FOLDER = Path.of("src", "test", "resources", "eval",
      "slack-threads");

  /** Scores of a group of threads. */
  public record Totals(int threads, SectionScore decisions, SectionScore actions,
      SectionScore actionsAnyOwner, SectionScore questions, int deferralsAsDecisions,
      int trapThreads, int trapActions, int answeredAsOpen, int botContent) {

    static Totals of(List<ThreadScorer.Result> results) {
      SectionScore d = SectionScore.ZERO;
      SectionScore a = SectionScore.ZERO;
      SectionScore ao = SectionScore.ZERO;
      SectionScore q = SectionScore.ZERO;
      int deferrals = 0;
      int traps = 0;
      int trapActions = 0;
      int answered = 0;
      int bot = 0;
      for (ThreadScorer.Result r : results) {
        d = d.plus(r.decisions());
        a = a.plus(r.actions());
        ao = ao.plus(r.actionsAnyOwner());
        q = q.plus(r.questions());
        deferrals += r.deferralsAsDecisions();
        traps += r.thread().hasTraps() ? 1 : 0;
        trapActions += r.trapActions();
        answered += r.answeredAsOpen();
        bot += r.botContent();
      }
      return new Totals(results.size(), d, a, ao, q, deferrals, traps, trapActions, answered,
          bot);
    }
  }

  /** One summarizer's run over the set. */
  public record Run(String system, List<ThreadScorer.Result> results,
      SummaryReceipts receipts) {

    public Totals totals(Predicate<GoldThread> which) {
      return Totals.of(of(which));
    }

    /** The results of the threads {@code which} picks, in run order. */
    public List<ThreadScorer.Result> of(Predicate<GoldThread> which) {
      return results.stream().filter(r -> which.test(r.thread())).toList();
    }

    /** Group name → totals, in first-seen order. */
    public Map<String, Totals> by(java.util.function.Function<GoldThread, String> key) {
      Map<String, List<ThreadScorer.Result>> groups = new LinkedHashMap<>();
      results.forEach(r -> groups.computeIfAbsent(key.apply(r.thread()), k -> new ArrayList<>())
          .add(r));
      Map<String, Totals> out = new LinkedHashMap<>();
      groups.forEach((k, v) -> out.put(k, Totals.of(v)));
      return out;
    }
  }

  private ThreadEval() {}

  /** The held-out history beside the threads ({@code HISTORY.md}), or null. */
  public static String history(Path folder) throws IOException {
    Path file = folder.resolve("HISTORY.md");
    return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readString(file) : null;
  }

  public static boolean isPresent(Path folder) {
    return java.nio.file.Files.isDirectory(folder);
  }

  /** Whether {@code folder} holds a thread file in {@code dev/} or {@code heldout/}. */
  public static boolean hasThreads(Path folder) {
    for (String split : List.of("dev", "heldout")) {
      try (var files = java.nio.file.Files.list(folder.resolve(split))) {
        if (files.anyMatch(f -> f.getFileName().toString().endsWith(".thread"))) {
          return true;
        }
      } catch (IOException e) {
        // no such split: look at the other
      }
    }
    return false;
  }

  public static Run run(String system, Summarizer summarizer, Path folder) throws IOException {
    return run(system, summarizer, GoldThreadLoader.loadAll(folder));
  }

  public static Run run(String system, Summarizer summarizer, List<GoldThread> threads) {
    return run(system, () -> summarizer, threads, 1);
  }

  /**
   * The threads summarized on {@code workers} threads at once, each asking {@code perWorker} for
   * its summarizer (one that need not be thread-safe hands each worker its own); results in file
   * order. A model-backed summarizer spends most of its time waiting for answers, which is what
   * the workers overlap.
   */
  public static Run run(String system, Supplier<? extends Summarizer> perWorker,
      List<GoldThread> threads, int workers) {
    List<Summary> summaries = each(threads, t -> summarize(perWorker.get(), t), workers);
    List<ThreadScorer.Result> results = new ArrayList<>();
    for (int i = 0; i < threads.size(); i++) {
      results.add(ThreadScorer.score(threads.get(i), summaries.get(i)));
    }
    return new Run(system, results, SummaryReceipts.of(summaries));
  }

  /**
   * The embedded summarizer over the threads on every core: what the trainers score at each
   * threshold and in each fold, a summary per thread with nothing to wait on. The summarizer is
   * shared by the workers (the embedded one keeps no state between summaries); the results are
   * in file order, so the figures are the same as on one thread.
   */
  public static Run runOnEveryCore(String system, Summarizer summarizer,
      List<GoldThread> threads) {
    return run(system, () -> summarizer, threads, Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@code read} applied to each thread on every core, the results in file order: what the
   * trainers read their examples with.
   */
  public static <T> List<T> eachOnEveryCore(List<GoldThread> threads,
      Function<GoldThread, T> read) {
    return each(threads, read, Runtime.getRuntime().availableProcessors());
  }

  /** {@code read} applied to each thread on {@code workers} threads, the results in file order. */
  private static <T> List<T> each(List<GoldThread> threads, Function<GoldThread, T> read,
      int workers) {
    return workers <= 1 ? threads.stream().map(read).toList()
        : EvalPool.run(workers, () -> threads.parallelStream().map(read).toList());
  }

  private static Summary summarize(Summarizer summarizer, GoldThread thread) {
    return summarizer.summarize(thread.conversation(), SummaryOptions.DEFAULT);
  }
}

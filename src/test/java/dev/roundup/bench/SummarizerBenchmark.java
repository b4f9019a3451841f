package dev.roundup.bench;

import dev.roundup.summarize.ActionTrees;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.DecisionTrees;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummarizerTuning;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link ExtractiveSummarizer} on synthetic channels of 1,000 and 10,000 messages and
 * measures its peak heap; writes the "summarizer" section of docs/BENCHMARKS.md. A plain main,
 * not a test: {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.roundup.bench.SummarizerBenchmark}.
 */
public final class SummarizerBenchmark {

  /** Warm-up: at least this many runs and this long, so the JIT has compiled the hot paths. */
  private static final int WARM_UP_RUNS = 10;
  private static final long WARM_UP_NANOS = 15_000_000_000L;
  private static final int MEASURED_RUNS = 9;
  /** Runs of each summarizer, in turn, for the cost of the trees. */
  private static final int COMPARED_RUNS = 11;
  private static final int[] SIZES = {1_000, 10_000};
  private static final long[] GOALS_MS = {200, 2_000};
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SummarizerBenchmark() {}

  public static void main(String[] args) {
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    StringBuilder md = new StringBuilder();
    md.append("## Embedded summarizer (`ExtractiveSummarizer`)\n\n")
        .append(BenchmarkReport.machine()).append("\n\n")
        .append("Synthetic channels (seeded `SyntheticChannel`: 40 people, threads of up to 26 ")
        .append("messages, mrkdwn with mentions, links, emoji, code blocks and quotes, questions, ")
        .append("requests, commitments, decisions and acknowledgements). Time: ")
        .append("warm-up runs (at least ").append(WARM_UP_RUNS).append(" and ")
        .append(WARM_UP_NANOS / 1_000_000_000L).append(" s), then the median of ")
        .append(MEASURED_RUNS)
        .append(" runs. Peak heap: after `System.gc()`, every heap `MemoryPoolMXBean`'s peak ")
        .append("is reset, one summary is made, and the pools' peak usages are summed, minus the ")
        .append("heap in use before the run (the input conversation is already built). It counts ")
        .append("garbage not yet collected, so it is an upper bound on what the summary needs.\n\n")
        .append("*CPU* is the summarizing thread's own CPU time (`ThreadMXBean`), median of the ")
        .append("same runs: on a shared machine it moves far less than wall time. System load ")
        .append(String.format(Locale.ROOT, "average when the run started: %.1f.",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
        .append("\n\n")
        .append("| messages | median | min | max | CPU | goal | peak heap |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < SIZES.length; i++) {
      Conversation conversation = new SyntheticChannel(42, 40).generate(SIZES[i]);
      long warmUpStart = System.nanoTime();
      for (int w = 0; w < WARM_UP_RUNS || System.nanoTime() - warmUpStart < WARM_UP_NANOS; w++) {
        summarizer.summarize(conversation);
      }
      List<Double> millis = new ArrayList<>();
      List<Double> cpuMillis = new ArrayList<>();
      Summary last = null;
      for (int r = 0; r < MEASURED_RUNS; r++) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        last = summarizer.summarize(conversation);
        millis.add((System.nanoTime() - start) / 1e6);
        cpuMillis.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
      }
      Collections.sort(millis);
      Collections.sort(cpuMillis);
      long peakBytes = peakHeapOf(() -> summarizer.summarize(conversation));
      md.append(String.format(Locale.ROOT,
          "| %,d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %,d ms | %.1f MiB |%n",
          SIZES[i], millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1),
          cpuMillis.get(cpuMillis.size() / 2), GOALS_MS[i], peakBytes / (1024.0 * 1024.0)));
      System.out.printf(Locale.ROOT, "%,d messages: median %.1f ms, peak heap %.1f MiB, %d "
              + "highlights, %d decisions, %d action items, %d open questions%n",
          SIZES[i], millis.get(millis.size() / 2), peakBytes / (1024.0 * 1024.0),
          last.highlights().size(), last.decisions().size(), last.actionItems().size(),
          last.openQuestions().size());
    }
    md.append("\n**What the trees cost** (`ActionTrees`, `DecisionTrees`): the same channels ")
        .append("summarized with the shipped trees, with the decision trees alone ")
        .append("(`ActionTrees.none()`) and with the rules alone (both `none()`), in turn, ")
        .append(COMPARED_RUNS).append(" times each after the runs above; median CPU of each, ")
        .append("and each against the rules alone.\n\n")
        .append("| messages | rules and both trees | rules and decision trees | rules alone | ")
        .append("ratios |\n|---:|---:|---:|---:|---:|\n");
    ExtractiveSummarizer decisionTreesOnly = new ExtractiveSummarizer(SummarizerTuning.DEFAULT,
        DecisionTrees.shipped(), ActionTrees.none());
    ExtractiveSummarizer rulesAlone = new ExtractiveSummarizer(SummarizerTuning.DEFAULT,
        DecisionTrees.none(), ActionTrees.none());
    for (int size : SIZES) {
      Conversation conversation = new SyntheticChannel(42, 40).generate(size);
      List<Double> both = new ArrayList<>();
      List<Double> decisionsOnly = new ArrayList<>();
      List<Double> without = new ArrayList<>();
      for (int r = 0; r < COMPARED_RUNS; r++) {
        both.add(cpuMillis(() -> summarizer.summarize(conversation)));
        decisionsOnly.add(cpuMillis(() -> decisionTreesOnly.summarize(conversation)));
        without.add(cpuMillis(() -> rulesAlone.summarize(conversation)));
      }
      double a = median(both);
      double d = median(decisionsOnly);
      double b = median(without);
      md.append(String.format(Locale.ROOT, "| %,d | %.1f ms | %.1f ms | %.1f ms | %.2fx, %.2fx |%n",
          size, a, d, b, a / b, d / b));
    }
    md.append("\nRun: `mvn -o -q test-compile exec:java -Dexec.classpathScope=test ")
        .append("-Dexec.mainClass=dev.roundup.bench.SummarizerBenchmark`.\n");
    BenchmarkReport.replaceSection("summarizer", md.toString());
    System.out.println(md);
  }

  private static double median(List<Double> runs) {
    List<Double> sorted = new ArrayList<>(runs);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static double cpuMillis(Runnable work) {
    long start = THREADS.getCurrentThreadCpuTime();
    work.run();
    return (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
  }

  private static long peakHeapOf(Runnable work) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
    System.gc();
    long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    work.run();
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return Math.max(0, peak - before);
  }
}

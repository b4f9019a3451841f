package dev.roundup.bench;

import dev.roundup.summarize.Answer;
import dev.roundup.summarize.CatchUp;
import dev.roundup.summarize.CatchUpBuilder;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ExtractiveAnswerer;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Receipt;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times answers over a 10,000-message channel window read from the message store (the read and
 * the built-in answerer, apart and together; no Slack call: the window's coverage is recorded) and
 * a catch-up over 30 channels of 500 messages each (the work after the messages are read); writes
 * the "conversations" section of docs/BENCHMARKS.md. A plain main:
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.roundup.bench.ConversationsBenchmark}.
 */
public final class ConversationsBenchmark {

  private static final int WARM_UP_RUNS = 3;
  private static final int MEASURED_RUNS = 7;
  private static final String[] QUESTIONS = {
      "who is rolling back the feature flag?", "what did we decide about the billing migration?",
      "when is the checkout latency fix deployed?"};

  private ConversationsBenchmark() {}

  public static void main(String[] args) throws Exception {
    StringBuilder md = new StringBuilder("## Answers and catch-ups\n\n")
        .append(BenchmarkReport.machine())
        .append(String.format(Locale.ROOT, " Load average at the start: %.1f (other builds share the cores).",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
        .append("\n\n")
        .append("Seeded `SyntheticChannel`s. Time: ").append(WARM_UP_RUNS)
        .append(" warm-up runs, then the median (min–max) of ").append(MEASURED_RUNS)
        .append(" runs. Answers: the 10,000-message window is stored in a real message store ")
        .append("(H2 on disk) with its coverage recorded, as live ingestion leaves it, and read ")
        .append("the way `/ask` reads it (`ChannelHistory.read`: store first, backfill only for ")
        .append("what the store lacks); the Slack client points at an empty emulator, which ")
        .append("counts the calls made. Each first question is asked of a fresh answerer; \"the ")
        .append("same question again\" asks one that has answered it, which keeps what the ")
        .append("summary found in the last few conversations it read whole (up to 2,000 ")
        .append("messages; this window is read per question, so nothing is kept for it). The ")
        .append("catch-up times the work after its channels are read.\n\n")
        .append("| work | median | min | max | CPU (median) | goal |\n")
        .append("|---|---:|---:|---:|---:|---:|\n");
    Conversation generated = new SyntheticChannel(7, 40).generate(10_000);
    // A fresh answerer for each first question: an answerer keeps the findings of the last few
    // conversations asked about, and a follow-up question on the same messages is timed apart.
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    ExtractiveAnswerer followingUp = new ExtractiveAnswerer(summarizer);
    try (StoredWindow store = new StoredWindow(generated)) {
      Conversation stored = store.read();
      if (stored.size() != generated.size()) {
        throw new IllegalStateException("read " + stored.size() + " messages of "
            + generated.size() + " stored");
      }
      Timing reads = time(store::read);
      md.append(row("read 10,000 messages from the store", reads, "—"));
      for (String question : QUESTIONS) {
        Timing answerOnly = time(() -> new ExtractiveAnswerer(summarizer).answer(stored, question));
        Timing both = time(() -> new ExtractiveAnswerer(summarizer).answer(store.read(), question));
        Timing followUp = time(() -> followingUp.answer(store.read(), question));
        Answer a = followingUp.answer(store.read(), question);
        md.append(row("answer only, over the messages read: \"" + question + "\" (found: "
            + a.found() + ")", answerOnly, "—"));
        md.append(row("**read from the store + answer**: \"" + question + "\"", both, "1 s"));
        md.append(row("read + the same question again, nothing new said (a window over 2,000 "
            + "messages is read for each question: nothing kept)", followUp, "—"));
      }
      md.append("\nSlack calls during the answer runs: ").append(store.slackCalls())
          .append(" (no backfill: the store covered the window).\n\n");
    }
    List<CatchUpBuilder.ChannelInput> channels = new ArrayList<>();
    for (int c = 0; c < 30; c++) {
      Conversation channel = new SyntheticChannel(100 + c, 40).generate(500);
      channels.add(new CatchUpBuilder.ChannelInput("C" + c, "channel-" + c, channel.messages(),
          Map.of(), null));
    }
    String person = channels.get(0).messages().get(0).user();
    CatchUpBuilder builder = new CatchUpBuilder(new ExtractiveSummarizer(),
        Runtime.getRuntime().availableProcessors());
    Receipt reading = new Receipt("30 channels", 15_000, 0, 40, 0, 0, 0, List.of(), null, 0, 0);
    Supplier<CatchUp> catchUp = () -> builder.build(person, Instant.EPOCH, channels, Map.of(),
        reading);
    Timing ms = time(catchUp::get);
    md.append("| work | median | min | max | goal |\n|---|---:|---:|---:|---:|\n");
    List<Double> wall = ms.wall();
    md.append(String.format(Locale.ROOT, "| catch-up over 30 channels × 500 messages (%d waiting "
        + "items) | %.0f ms | %.0f ms | %.0f ms | 3 s |%n", catchUp.get().waiting().size(),
        wall.get(wall.size() / 2), wall.get(0), wall.get(wall.size() - 1)));
    md.append("\nRun: `mvn -o -q test-compile exec:java -Dexec.classpathScope=test ")
        .append("-Dexec.mainClass=dev.roundup.bench.ConversationsBenchmark`.\n");
    BenchmarkReport.replaceSection("conversations", md.toString());
    System.out.println(md);
  }

  /**
   * Wall times, sorted, and the median CPU time of the measuring thread: on a machine shared with
   * other builds the wall time swings with their load, the CPU time much less (the answer and the
   * store read run on the calling thread; the catch-up does not, so only its wall time is shown).
   */
  private record Timing(List<Double> wall, double cpuMedian) {}

  private static Timing time(Runnable work) {
    for (int w = 0; w < WARM_UP_RUNS; w++) {
      work.run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> ms = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int r = 0; r < MEASURED_RUNS; r++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      work.run();
      ms.add((System.nanoTime() - start) / 1e6);
      cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
    }
    Collections.sort(ms);
    Collections.sort(cpu);
    return new Timing(ms, cpu.get(cpu.size() / 2));
  }

  /** A row with the CPU column: median, min, max wall time, median CPU time. */
  private static String row(String what, Timing t, String goal) {
    List<Double> ms = t.wall();
    return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s |%n", what,
        ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), t.cpuMedian(), goal);
  }
}

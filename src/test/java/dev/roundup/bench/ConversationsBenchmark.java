package dev.roundup.bench;

import dev.roundup.summarize.Answer;
import dev.roundup.summarize.CatchUp;
import dev.roundup.summarize.CatchUpBuilder;
import dev.roundup.summarize.Conversation;
import dev.roundup.summarize.ExtractiveAnswerer;
import dev.roundup.summarize.ExtractiveSummarizer;
import dev.roundup.summarize.Receipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times the built-in answerer over a 10,000-message channel window and a catch-up over 30
 * channels of 500 messages each (the work after the messages are read; Slack calls and the store
 * read excluded); writes the "conversations" section of docs/BENCHMARKS.md. A plain main:
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

  public static void main(String[] args) {
    StringBuilder md = new StringBuilder("## Answers and catch-ups\n\n")
        .append(BenchmarkReport.machine()).append("\n\n")
        .append("Seeded `SyntheticChannel`s. Time: ").append(WARM_UP_RUNS)
        .append(" warm-up runs, then the median (min–max) of ").append(MEASURED_RUNS)
        .append(" runs; the messages are already in memory (Slack calls and the store read are ")
        .append("not included).\n\n| work | median | min | max | goal |\n|---|---:|---:|---:|---:|\n");
    Conversation window = new SyntheticChannel(7, 40).generate(10_000);
    ExtractiveAnswerer answerer = new ExtractiveAnswerer();
    for (String question : QUESTIONS) {
      List<Double> ms = time(() -> answerer.answer(window, question));
      Answer a = answerer.answer(window, question);
      md.append(row("answer over 10,000 messages: \"" + question + "\" (found: " + a.found() + ")",
          ms, "1 s"));
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
    List<Double> ms = time(catchUp::get);
    md.append(row("catch-up over 30 channels × 500 messages (" + catchUp.get().waiting().size()
        + " waiting items)", ms, "3 s"));
    md.append("\nRun: `mvn -o -q test-compile exec:java -Dexec.classpathScope=test ")
        .append("-Dexec.mainClass=dev.roundup.bench.ConversationsBenchmark`.\n");
    BenchmarkReport.replaceSection("conversations", md.toString());
    System.out.println(md);
  }

  private static List<Double> time(Runnable work) {
    for (int w = 0; w < WARM_UP_RUNS; w++) {
      work.run();
    }
    List<Double> ms = new ArrayList<>();
    for (int r = 0; r < MEASURED_RUNS; r++) {
      long start = System.nanoTime();
      work.run();
      ms.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(ms);
    return ms;
  }

  private static String row(String what, List<Double> ms, String goal) {
    return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %s |%n", what,
        ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1), goal);
  }
}

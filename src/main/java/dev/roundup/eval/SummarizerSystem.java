package dev.roundup.eval;

import dev.roundup.summarize.Summarizer;
import dev.roundup.summarize.Summary;
import dev.roundup.summarize.SummaryOptions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any Roundup {@link Summarizer} as an eval system. Query focus goes in as
 * {@link SummaryOptions#focus}; the summary is scored as the text a reader sees
 * ({@link SummaryText}). A summarizer that throws scores zero on that sample and is counted, so
 * one bad input cannot hide behind an aborted run.
 */
public final class SummarizerSystem implements EvalSystem {

  private static final Logger log = LoggerFactory.getLogger(SummarizerSystem.class);

  private final String name;
  // One instance per worker thread: the harness runs samples in parallel and a summarizer need
  // not be thread-safe.
  private final ThreadLocal<Summarizer> summarizer;
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicReference<SummaryReceipts> receipts =
      new AtomicReference<>(SummaryReceipts.NONE);

  public SummarizerSystem(String name, Supplier<? extends Summarizer> factory) {
    this.name = name;
    this.summarizer = ThreadLocal.withInitial(factory);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summarize(EvalSample sample, TokenBudget budget) {
    SummaryOptions options = sample.focus() == null || sample.focus().isBlank()
        ? SummaryOptions.DEFAULT
        : SummaryOptions.focusedOn(sample.focus());
    try {
      Summary summary = summarizer.get().summarize(sample.conversation(), options);
      receipts.accumulateAndGet(SummaryReceipts.of(summary), SummaryReceipts::plus);
      return SummaryText.render(summary, sample.speakerNames());
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      log.warn("{} failed on sample {}", name, sample.id(), e);
      return "";
    }
  }

  /** This thread's instance of the summarizer (for evals that score summaries, not text). */
  public Summarizer summarizer() {
    return summarizer.get();
  }

  /** What the summaries of the samples scored so far said of themselves (fallbacks, drops). */
  public SummaryReceipts receipts() {
    return receipts.get();
  }

  /** Samples on which the summarizer threw, since this system was built. */
  public int failures() {
    return failures.get();
  }
}

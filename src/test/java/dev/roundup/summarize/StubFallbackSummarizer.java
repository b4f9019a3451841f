package dev.roundup.summarize;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny stand-in for the extractive summarizer: the first message as the summary. */
final class StubFallbackSummarizer implements Summarizer {

  static final String TLDR_PREFIX = "Extractive: ";
  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public Summary summarize(Conversation conversation, SummaryOptions options) {
    calls.incrementAndGet();
    Summary.Stats stats = new Summary.Stats(conversation.size(),
        conversation.participants().size());
    if (conversation.isEmpty()) {
      return Summary.empty(stats);
    }
    Message first = conversation.messages().get(0);
    return new Summary(TLDR_PREFIX + first.text(),
        List.of(new Point(first.text(), List.of(first.ts()))), List.of(), List.of(), List.of(),
        stats, null);
  }

  int calls() {
    return calls.get();
  }
}

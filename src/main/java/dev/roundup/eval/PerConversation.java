package dev.roundup.eval;

import dev.roundup.summarize.Conversation;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a system's text per conversation. QMSum asks several queries of one meeting, and a
 * baseline that reads neither the query nor the references (LEAD, LONGEST, TextRank) would
 * otherwise redo the same work for each — TextRank on a 600-turn meeting is the costly part.
 * Wrap only such systems, and use one instance per table (the budget is not part of the key).
 */
final class PerConversation implements EvalSystem {

  private final EvalSystem system;
  private final Map<Conversation, String> texts = new ConcurrentHashMap<>();

  PerConversation(EvalSystem system) {
    this.system = system;
  }

  @Override
  public String name() {
    return system.name();
  }

  @Override
  public String summarize(EvalSample sample, TokenBudget budget) {
    return texts.computeIfAbsent(sample.conversation(), c -> system.summarize(sample, budget));
  }
}

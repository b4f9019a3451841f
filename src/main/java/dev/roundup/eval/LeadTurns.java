package dev.roundup.eval;

import java.util.List;

/** LEAD-k: the first k turns, the classic position baseline. */
public final class LeadTurns implements EvalSystem {

  private final int count;

  public LeadTurns(int count) {
    this.count = count;
  }

  @Override
  public String name() {
    return "LEAD-" + count;
  }

  @Override
  public String summarize(EvalSample sample, TokenBudget budget) {
    List<String> turns = sample.turns();
    return String.join("\n", turns.subList(0, Math.min(count, turns.size())));
  }
}

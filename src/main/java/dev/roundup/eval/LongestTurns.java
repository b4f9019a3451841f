package dev.roundup.eval;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * LONGEST-k: the k longest turns by character length, longest first (earlier turn on a tie). This
 * order and length measure are the ones that reproduce SOURCE.md's reference figures exactly.
 */
public final class LongestTurns implements EvalSystem {

  private final int count;

  public LongestTurns(int count) {
    this.count = count;
  }

  @Override
  public String name() {
    return "LONGEST-" + count;
  }

  @Override
  public String summarize(EvalSample sample, TokenBudget budget) {
    List<String> turns = sample.turns();
    List<String> longest = IntStream.range(0, turns.size()).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> characters(turns.get(i))).reversed()
            .thenComparingInt(i -> i))
        .limit(count)
        .map(turns::get)
        .toList();
    return String.join("\n", longest);
  }

  private static int characters(String text) {
    return text.codePointCount(0, text.length());
  }
}

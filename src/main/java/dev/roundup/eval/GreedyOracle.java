package dev.roundup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The extractive ceiling: greedily adds the turn that most raises (R1 + R2) / 2 against the
 * references (mean over references when there are several), up to {@code maxTurns} turns, stopping
 * early when no turn helps. Turns are kept in spoken order, and the objective is computed on the
 * text that survives the budget cut, so the oracle optimises exactly what is scored. It reads the
 * references, so it is a bound, not a system.
 */
public final class GreedyOracle implements EvalSystem {

  private final int maxTurns;

  public GreedyOracle(int maxTurns) {
    this.maxTurns = maxTurns;
  }

  @Override
  public String name() {
    return "ORACLE (greedy, ≤" + maxTurns + " turns)";
  }

  @Override
  public String summarize(EvalSample sample, TokenBudget budget) {
    List<String> turns = sample.turns();
    List<List<String>> turnTokens = turns.stream().map(Rouge::tokenize).toList();
    List<RougeReference> references = sample.references().stream()
        .map(r -> RougeReference.of(Rouge.tokenize(r)))
        .toList();
    // Each turn encoded once per reference; candidates are then concatenations of int arrays.
    List<int[][]> encoded = new ArrayList<>();
    for (RougeReference reference : references) {
      encoded.add(turnTokens.stream().map(reference::encode).toArray(int[][]::new));
    }
    TreeSet<Integer> chosen = new TreeSet<>();
    double best = 0;
    while (chosen.size() < maxTurns) {
      int bestTurn = -1;
      for (int t = 0; t < turns.size(); t++) {
        if (chosen.contains(t)) {
          continue;
        }
        chosen.add(t);
        double value = objective(chosen, references, encoded, budget);
        chosen.remove(t);
        if (value > best) {
          best = value;
          bestTurn = t;
        }
      }
      if (bestTurn < 0) {
        break;
      }
      chosen.add(bestTurn);
    }
    return String.join("\n", chosen.stream().map(turns::get).toList());
  }

  private static double objective(TreeSet<Integer> chosen, List<RougeReference> references,
      List<int[][]> encoded, TokenBudget budget) {
    double sum = 0;
    for (int r = 0; r < references.size(); r++) {
      sum += references.get(r).rouge12(concatenate(chosen, encoded.get(r), budget));
    }
    return sum / references.size();
  }

  private static int[] concatenate(TreeSet<Integer> chosen, int[][] turns, TokenBudget budget) {
    int length = 0;
    for (int t : chosen) {
      length += turns[t].length;
    }
    int[] text = new int[Math.min(length, budget.maxTokens())];
    int at = 0;
    for (int t : chosen) {
      int take = Math.min(turns[t].length, text.length - at);
      System.arraycopy(turns[t], 0, text, at, take);
      at += take;
      if (at == text.length) {
        break;
      }
    }
    return text;
  }
}

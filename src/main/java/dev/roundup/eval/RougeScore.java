package dev.roundup.eval;

import java.util.List;

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of one candidate (or a mean of many), each in [0, 1]. */
public record RougeScore(double rouge1, double rouge2, double rougeL) {

  public static final RougeScore ZERO = new RougeScore(0, 0, 0);

  /** Metric-by-metric mean; {@link #ZERO} for an empty list. */
  public static RougeScore mean(List<RougeScore> scores) {
    if (scores.isEmpty()) {
      return ZERO;
    }
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    for (RougeScore s : scores) {
      r1 += s.rouge1;
      r2 += s.rouge2;
      rl += s.rougeL;
    }
    int n = scores.size();
    return new RougeScore(r1 / n, r2 / n, rl / n);
  }

  /** Metric-by-metric maximum: each variant takes its best reference independently. */
  public static RougeScore max(List<RougeScore> scores) {
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    for (RougeScore s : scores) {
      r1 = Math.max(r1, s.rouge1);
      r2 = Math.max(r2, s.rouge2);
      rl = Math.max(rl, s.rougeL);
    }
    return new RougeScore(r1, r2, rl);
  }

  /** True when every variant is strictly higher than the other's. */
  public boolean beatsOnEveryVariant(RougeScore other) {
    return rouge1 > other.rouge1 && rouge2 > other.rouge2 && rougeL > other.rougeL;
  }
}

package dev.roundup.eval;

/**
 * Precision and recall of one summary section against gold: items that matched a gold item, items
 * that matched none, and gold items nothing matched. Summed over threads (micro-averaged), so a
 * thread with many items weighs more than one with few.
 */
public record SectionScore(int matched, int spurious, int missed) {

  public static final SectionScore ZERO = new SectionScore(0, 0, 0);

  public SectionScore plus(SectionScore other) {
    return new SectionScore(matched + other.matched, spurious + other.spurious,
        missed + other.missed);
  }

  /** Share of listed items that are right; 1 when nothing was listed (nothing wrong was said). */
  public double precision() {
    int listed = matched + spurious;
    return listed == 0 ? 1.0 : (double) matched / listed;
  }

  /** Share of gold items found; 1 when there were none to find. */
  public double recall() {
    int gold = matched + missed;
    return gold == 0 ? 1.0 : (double) matched / gold;
  }

  /**
   * The F-measure that weighs precision twice as much as recall (F0.5): a wrong item costs a
   * reader's trust more than a missed one, but a section that lists almost nothing is no help
   * either.
   */
  public double fHalf() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
  }

  /** Precision and recall's harmonic mean. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}

package dev.roundup.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figures published for these datasets, ROUGE F1 ×100, quoted from the shared data's SOURCE.md
 * files. They orient the reader; only the SOURCE.md reference baselines share our exact scorer.
 */
final class PublishedFigures {

  private PublishedFigures() {}

  /** Zhong et al. 2021, Table 3: all 279 QMSum test queries, scored with the standard ROUGE. */
  static final Map<String, double[]> QMSUM_PAPER = ordered(
      "TextRank", new double[] {16.27, 2.69, 15.41},
      "BART", new double[] {29.20, 6.37, 25.49},
      "Ext. Oracle", new double[] {42.84, 16.86, 39.20});

  /** qmsum/SOURCE.md reference baselines: 37 general queries, same scorer as ours, uncut turns. */
  static final Map<String, double[]> QMSUM_SOURCE = ordered(
      "LEAD-3", new double[] {11.00, 2.17, 7.14},
      "LONGEST-3", new double[] {17.06, 3.11, 9.47},
      "ORACLE (greedy, ≤4 turns)", new double[] {35.55, 11.10, 19.24});

  /** dialogsum/SOURCE.md reference baselines: mean over the 3 references, same scorer as ours. */
  static final Map<String, double[]> DIALOGSUM_SOURCE = ordered(
      "LEAD-2", new double[] {19.30, 6.05, 15.72},
      "LEAD-3", new double[] {20.33, 6.42, 16.02},
      "LONGEST-3", new double[] {18.64, 6.05, 13.30},
      "ORACLE (greedy, ≤4 turns)", new double[] {31.86, 14.08, 25.66});

  /** DialogSum repository baseline: BART-large against summary1 only. */
  static final Map<String, double[]> DIALOGSUM_REPO = ordered(
      "BART-large (vs summary1 only)", new double[] {45.95, 21.36, 38.72});

  private static Map<String, double[]> ordered(Object... pairs) {
    Map<String, double[]> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (double[]) pairs[i + 1]);
    }
    return map;
  }
}

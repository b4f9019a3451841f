package dev.roundup.eval;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reference summary prepared for repeated scoring. Candidate tokens are encoded as ids of the
 * reference's vocabulary (-1 for words the reference lacks, which can never match), so the greedy
 * oracle can score thousands of candidate turn sets against the same reference cheaply.
 */
final class RougeReference {

  static final int UNKNOWN = -1;

  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final int[] tokens;
  private final int[] unigramCounts;
  private final Map<Long, Integer> bigramIds = new HashMap<>();
  private final int[] bigramCounts;

  private RougeReference(List<String> referenceTokens) {
    tokens = new int[referenceTokens.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = vocabulary.computeIfAbsent(referenceTokens.get(i), w -> vocabulary.size());
    }
    unigramCounts = new int[vocabulary.size()];
    for (int id : tokens) {
      unigramCounts[id]++;
    }
    int[] counts = new int[Math.max(0, tokens.length - 1)];
    for (int i = 0; i + 1 < tokens.length; i++) {
      counts[bigramIds.computeIfAbsent(bigram(tokens[i], tokens[i + 1]), k -> bigramIds.size())]++;
    }
    bigramCounts = Arrays.copyOf(counts, bigramIds.size());
  }

  static RougeReference of(List<String> referenceTokens) {
    return new RougeReference(referenceTokens);
  }

  int[] encode(List<String> candidateTokens) {
    int[] ids = new int[candidateTokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.getOrDefault(candidateTokens.get(i), UNKNOWN);
    }
    return ids;
  }

  RougeScore score(int[] candidate) {
    return new RougeScore(rouge1(candidate), rouge2(candidate), rougeL(candidate));
  }

  /** (R1 + R2) / 2, the greedy oracle's objective as SOURCE.md defines it. */
  double rouge12(int[] candidate) {
    return (rouge1(candidate) + rouge2(candidate)) / 2;
  }

  double rouge1(int[] candidate) {
    int[] seen = new int[unigramCounts.length];
    int overlap = 0;
    for (int id : candidate) {
      // Clipped count: a candidate word matches at most as often as the reference has it.
      if (id != UNKNOWN && seen[id]++ < unigramCounts[id]) {
        overlap++;
      }
    }
    return Rouge.f1(overlap, candidate.length, tokens.length);
  }

  double rouge2(int[] candidate) {
    int[] seen = new int[bigramCounts.length];
    int overlap = 0;
    for (int i = 0; i + 1 < candidate.length; i++) {
      if (candidate[i] == UNKNOWN || candidate[i + 1] == UNKNOWN) {
        continue;
      }
      Integer id = bigramIds.get(bigram(candidate[i], candidate[i + 1]));
      if (id != null && seen[id]++ < bigramCounts[id]) {
        overlap++;
      }
    }
    return Rouge.f1(overlap, Math.max(0, candidate.length - 1), Math.max(0, tokens.length - 1));
  }

  double rougeL(int[] candidate) {
    return Rouge.f1(longestCommonSubsequence(candidate), candidate.length, tokens.length);
  }

  private int longestCommonSubsequence(int[] candidate) {
    int[] previous = new int[tokens.length + 1];
    int[] current = new int[tokens.length + 1];
    for (int c : candidate) {
      for (int j = 1; j <= tokens.length; j++) {
        current[j] = c == tokens[j - 1]
            ? previous[j - 1] + 1
            : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[tokens.length];
  }

  private static long bigram(int first, int second) {
    return ((long) first << 32) | (second & 0xffffffffL);
  }
}

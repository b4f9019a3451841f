package dev.roundup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004) with the deliberately simple scorer the shared data's
 * SOURCE.md files use for their reference baselines: lowercase, tokens are runs of {@code [a-z0-9]},
 * no stemming, no stop-word removal, ROUGE-L is the LCS of the whole candidate and reference token
 * sequences (not ROUGE-Lsum). Keeping it this simple is what makes our figures comparable to theirs.
 */
public final class Rouge {

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

  private Rouge() {}

  /** The scorer's tokens: lowercased runs of ASCII letters and digits, everything else a separator. */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  public static RougeScore score(String candidate, String reference) {
    return score(tokenize(candidate), tokenize(reference));
  }

  public static RougeScore score(List<String> candidateTokens, List<String> referenceTokens) {
    RougeReference reference = RougeReference.of(referenceTokens);
    return reference.score(reference.encode(candidateTokens));
  }

  /** Harmonic mean of precision and recall; 0 when nothing overlaps or either side is empty. */
  static double f1(int overlap, int candidateCount, int referenceCount) {
    if (overlap == 0 || candidateCount == 0 || referenceCount == 0) {
      return 0.0;
    }
    double precision = (double) overlap / candidateCount;
    double recall = (double) overlap / referenceCount;
    return 2 * precision * recall / (precision + recall);
  }
}

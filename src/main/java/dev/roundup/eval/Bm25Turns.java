package dev.roundup.eval;

import dev.roundup.summarize.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The retrieval baseline: Okapi BM25 (k1 1.2, b 0.75) over whole turns, with the ROUGE scorer's
 * tokens and a short English stop list, no stemming and no knowledge of who spoke — what a
 * search box would do with the question.
 */
public final class Bm25Turns {

  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in",
      "on", "for", "with", "about", "what", "who", "whom", "which", "when", "where", "why", "how",
      "did", "do", "does", "was", "were", "is", "are", "be", "been", "that", "this", "these",
      "those", "it", "its", "as", "at", "by", "from", "they", "their", "we", "our", "you", "your",
      "he", "she", "his", "her", "i", "me", "my", "s", "t", "summarize", "discussion", "discuss",
      "discussed", "group", "say", "said", "think", "thought");

  private Bm25Turns() {}

  /** The ts of the {@code k} best turns for the question, best first. */
  public static List<String> rank(List<Message> turns, String question, int k) {
    List<List<String>> docs = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    long total = 0;
    for (Message m : turns) {
      List<String> tokens = tokens(m.text());
      docs.add(tokens);
      total += tokens.size();
      tokens.stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    double avg = turns.isEmpty() ? 1 : Math.max(1.0, (double) total / turns.size());
    List<String> query = tokens(question).stream().distinct().toList();
    record Scored(int index, double score) {}
    List<Scored> scored = new ArrayList<>();
    int n = turns.size();
    for (int i = 0; i < n; i++) {
      Map<String, Integer> tf = new HashMap<>();
      docs.get(i).forEach(t -> tf.merge(t, 1, Integer::sum));
      double score = 0;
      for (String term : query) {
        Integer f = tf.get(term);
        if (f == null) {
          continue;
        }
        int d = df.get(term);
        double idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
        score += idf * f * (K1 + 1) / (f + K1 * (1 - B + B * docs.get(i).size() / avg));
      }
      if (score > 0) {
        scored.add(new Scored(i, score));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingDouble(Scored::score).reversed()
            .thenComparingInt(Scored::index))
        .limit(k)
        .map(s -> turns.get(s.index()).ts())
        .toList();
  }

  private static List<String> tokens(String text) {
    return Rouge.tokenize(text).stream().filter(t -> !STOP.contains(t)).toList();
  }
}

package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Picks highlights by maximal marginal relevance: each pick trades salience against similarity to
 * what is already picked, with a small bonus for a voice not yet heard. Only the best
 * {@code maxCandidates} sentences are considered, so the cost is bounded however long the
 * conversation.
 */
final class MmrSelector {

  /** Above this similarity a sentence says the same as one already picked. */
  private static final double DUPLICATE = 0.6;

  private final SummarizerTuning tuning;

  MmrSelector(SummarizerTuning tuning) {
    this.tuning = tuning;
  }

  /** Indices of the picked sentences, in conversation order. */
  List<Integer> select(List<Sentence> sentences, double[] scores, TermVectors vectors, int count,
      IntPredicate eligible) {
    if (count <= 0) {
      return List.of(); // a digest asks for no highlights: no need to rank every sentence
    }
    List<Integer> candidates = IntStream.range(0, scores.length)
        .filter(i -> scores[i] > 0 && eligible.test(i))
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparing(i -> i))
        .limit(tuning.maxCandidates())
        .toList();
    if (candidates.isEmpty()) {
      return List.of();
    }
    double top = scores[candidates.get(0)];
    List<Integer> picked = new ArrayList<>();
    Set<String> voices = new HashSet<>();
    Set<String> texts = new HashSet<>();
    List<Integer> pool = new ArrayList<>(candidates);
    while (picked.size() < count && !pool.isEmpty()) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i : pool) {
        double similarity = 0;
        for (int p : picked) {
          similarity = Math.max(similarity, vectors.of(i).dot(vectors.of(p)));
        }
        double value = tuning.mmrLambda() * scores[i] / top - (1 - tuning.mmrLambda()) * similarity;
        String user = sentences.get(i).user();
        if (user != null && !voices.contains(user)) {
          value += tuning.speakerCoverage();
        }
        if (similarity < DUPLICATE && value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      pool.remove(Integer.valueOf(best));
      if (texts.add(sentences.get(best).text().toLowerCase())) {
        picked.add(best);
        voices.add(String.valueOf(sentences.get(best).user()));
      }
    }
    picked.sort(Comparator.naturalOrder());
    return picked;
  }
}

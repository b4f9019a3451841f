package dev.roundup.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of sentences, sparse and unit length, over one conversation. Building them is
 * linear in the number of words; comparing two is linear in their lengths.
 */
final class TermVectors {

  /** One sentence's vector: term ids in ascending order and their weights. */
  record Vector(int[] ids, double[] weights) {
    static final Vector EMPTY = new Vector(new int[0], new double[0]);

    double dot(Vector other) {
      double sum = 0;
      int i = 0;
      int j = 0;
      while (i < ids.length && j < other.ids.length) {
        if (ids[i] == other.ids[j]) {
          sum += weights[i++] * other.weights[j++];
        } else if (ids[i] < other.ids[j]) {
          i++;
        } else {
          j++;
        }
      }
      return sum;
    }

    double dotDense(double[] dense) {
      double sum = 0;
      for (int i = 0; i < ids.length; i++) {
        sum += weights[i] * dense[ids[i]];
      }
      return sum;
    }
  }

  private final Map<String, Integer> ids = new HashMap<>();
  private final double[] idf;
  private final Vector[] vectors;

  TermVectors(List<Sentence> sentences) {
    int[] df = new int[16];
    // lastSeen[id] is 1 + the index of the last sentence that counted the term: a sentence counts
    // each term once, without a per-sentence set.
    int[] lastSeen = new int[16];
    for (Sentence s : sentences) {
      for (String term : s.terms()) {
        int id = ids.computeIfAbsent(term, t -> ids.size());
        if (id >= df.length) {
          df = Arrays.copyOf(df, df.length * 2);
          lastSeen = Arrays.copyOf(lastSeen, df.length);
        }
        if (lastSeen[id] != s.index() + 1) {
          lastSeen[id] = s.index() + 1;
          df[id]++;
        }
      }
    }
    int n = Math.max(1, sentences.size());
    idf = new double[ids.size()];
    for (int id = 0; id < idf.length; id++) {
      // Smoothed so that a term in every sentence still counts a little.
      idf[id] = Math.log(1.0 + (double) n / df[id]);
    }
    vectors = new Vector[sentences.size()];
    for (Sentence s : sentences) {
      vectors[s.index()] = vectorOf(s.terms());
    }
  }

  private Vector vectorOf(List<String> terms) {
    if (terms.isEmpty()) {
      return Vector.EMPTY;
    }
    // Term ids sorted, then counted in runs: the distinct ids in ascending order and their counts.
    int[] all = new int[terms.size()];
    for (int k = 0; k < all.length; k++) {
      all[k] = ids.get(terms.get(k));
    }
    Arrays.sort(all);
    int[] termIds = new int[all.length];
    int[] tf = new int[all.length];
    int distinct = 0;
    for (int k = 0; k < all.length; k++) {
      if (distinct == 0 || termIds[distinct - 1] != all[k]) {
        termIds[distinct++] = all[k];
      }
      tf[distinct - 1]++;
    }
    termIds = Arrays.copyOf(termIds, distinct);
    double[] weights = new double[termIds.length];
    double norm = 0;
    for (int k = 0; k < termIds.length; k++) {
      weights[k] = (1 + Math.log(tf[k])) * idf[termIds[k]];
      norm += weights[k] * weights[k];
    }
    norm = Math.sqrt(norm);
    for (int k = 0; k < weights.length; k++) {
      weights[k] /= norm;
    }
    return new Vector(termIds, weights);
  }

  Vector of(int sentenceIndex) {
    return vectors[sentenceIndex];
  }

  int dimensions() {
    return idf.length;
  }

  /** Term id of a stemmed word, or -1 when the conversation never uses it. */
  int idOf(String term) {
    return ids.getOrDefault(term, -1);
  }
}

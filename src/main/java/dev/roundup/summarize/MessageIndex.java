package dev.roundup.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BM25 index over the messages of one conversation (Robertson and Zaragoza's Okapi BM25, k1 1.2,
 * b 0.75): postings per stemmed term, so a question scores only the messages that share a term
 * with it — a 10,000-message channel costs one pass to build and a few postings lists to ask.
 * Terms are cut and stemmed as the summarizer does for the conversation's language.
 */
final class MessageIndex {

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  /** Messages and term counts of one term, in message order. */
  private static final class Postings {
    int[] messages = new int[4];
    int[] counts = new int[4];
    int size;

    void add(int message) {
      if (size > 0 && messages[size - 1] == message) {
        counts[size - 1]++;
        return;
      }
      if (size == messages.length) {
        messages = Arrays.copyOf(messages, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      messages[size] = message;
      counts[size++] = 1;
    }
  }

  private final Map<String, Postings> postings = new HashMap<>();
  private final int[] lengths;
  private final double averageLength;

  MessageIndex(List<Message> messages, TextAnalysis analysis) {
    lengths = new int[messages.size()];
    long total = 0;
    for (int i = 0; i < messages.size(); i++) {
      String text = messages.get(i).text();
      List<String> terms = analysis.terms(text);
      for (String term : terms) {
        postings.computeIfAbsent(term, t -> new Postings()).add(i);
      }
      lengths[i] = terms.size();
      total += terms.size();
    }
    averageLength = messages.isEmpty() ? 1 : Math.max(1.0, (double) total / messages.size());
  }

  int size() {
    return lengths.length;
  }

  /** Messages that use the term. */
  int documentFrequency(String term) {
    Postings p = postings.get(term);
    return p == null ? 0 : p.size;
  }

  /**
   * BM25's inverse document frequency, always positive; a term no message uses weighs the most,
   * so a question about something never said is known to be unanswered.
   */
  double idf(String term) {
    int n = lengths.length;
    int df = documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Each message's BM25 score for the terms (0 for messages sharing none). */
  double[] scores(List<String> terms) {
    double[] scores = new double[lengths.length];
    for (String term : terms) {
      Postings p = postings.get(term);
      if (p == null) {
        continue;
      }
      double idf = idf(term);
      for (int k = 0; k < p.size; k++) {
        int m = p.messages[k];
        double tf = p.counts[k];
        double norm = K1 * (1 - B + B * lengths[m] / averageLength);
        scores[m] += idf * tf * (K1 + 1) / (tf + norm);
      }
    }
    return scores;
  }

  /** Whether the message uses the term. */
  boolean contains(int message, String term) {
    Postings p = postings.get(term);
    return p != null && Arrays.binarySearch(p.messages, 0, p.size, message) >= 0;
  }
}

package dev.roundup.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores how central each sentence is: cosine similarity to the conversation's centroid (the
 * speaker-balanced mean of all TF-IDF vectors, so one talkative person does not define the
 * topic), times priors for the opening messages, for thread parents with many replies, for
 * complete sentences and for the reader's focus words. Linear in the size of the conversation.
 */
final class SalienceScorer {

  private final SummarizerTuning tuning;

  SalienceScorer(SummarizerTuning tuning) {
    this.tuning = tuning;
  }

  double[] score(PreparedConversation c, TermVectors vectors, Set<String> focus) {
    List<Sentence> sentences = c.sentences();
    boolean[] focused = focusedMessages(c, focus);
    double[] centroid = centroid(c, vectors, focused);
    int maxReplies = c.messages().stream().mapToInt(Message::replyCount).max().orElse(0);
    double[] scores = new double[sentences.size()];
    for (Sentence s : sentences) {
      if (s.smallTalk() || s.terms().isEmpty()) {
        continue;
      }
      double score = vectors.of(s.index()).dotDense(centroid);
      score *= Math.min(1.0, (double) s.terms().size() / tuning.fullLengthTerms());
      score *= 1 + tuning.positionWeight() * Math.exp(-s.messageIndex() / 2.0);
      int replies = s.message().replyCount();
      if (replies > 0 && maxReplies > 0) {
        score *= 1 + tuning.replyWeight() * Math.log1p(replies) / Math.log1p(maxReplies);
      }
      if (!focus.isEmpty()) {
        long hits = s.terms().stream().distinct().filter(focus::contains).count();
        score *= 1 + tuning.focusWeight() * Math.min(2, hits);
      }
      scores[s.index()] = score;
    }
    return scores;
  }

  /**
   * Messages near a focus word: with a focus, they alone define the topic's centre, so that the
   * sentences around the focus words rank high even where the words themselves are not repeated.
   * Null when there is no focus or it is never mentioned.
   */
  private boolean[] focusedMessages(PreparedConversation c, Set<String> focus) {
    if (focus.isEmpty()) {
      return null;
    }
    int n = c.messages().size();
    boolean[] near = new boolean[n];
    boolean any = false;
    for (Sentence s : c.sentences()) {
      if (s.terms().stream().anyMatch(focus::contains)) {
        any = true;
        int from = Math.max(0, s.messageIndex() - tuning.focusWindow());
        int to = Math.min(n - 1, s.messageIndex() + tuning.focusWindow());
        for (int i = from; i <= to; i++) {
          near[i] = true;
        }
      }
    }
    return any ? near : null;
  }

  private static double[] centroid(PreparedConversation c, TermVectors vectors, boolean[] only) {
    Map<String, Integer> perSpeaker = new HashMap<>();
    for (Sentence s : c.sentences()) {
      if (!s.smallTalk()) {
        perSpeaker.merge(String.valueOf(s.user()), 1, Integer::sum);
      }
    }
    double[] centroid = new double[vectors.dimensions()];
    for (Sentence s : c.sentences()) {
      if (s.smallTalk() || only != null && !only[s.messageIndex()]) {
        continue;
      }
      double weight = 1.0 / Math.sqrt(perSpeaker.get(String.valueOf(s.user())));
      TermVectors.Vector v = vectors.of(s.index());
      for (int k = 0; k < v.ids().length; k++) {
        centroid[v.ids()[k]] += weight * v.weights()[k];
      }
    }
    double norm = 0;
    for (double x : centroid) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < centroid.length; i++) {
        centroid[i] /= norm;
      }
    }
    return centroid;
  }
}

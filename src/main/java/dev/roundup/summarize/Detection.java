package dev.roundup.summarize;

import java.util.Set;

/**
 * Something a detector found, with the sentences it used, so the highlights do not repeat them.
 */
record Detection<T>(T value, Set<Integer> sentenceIndices) {

  static <T> Detection<T> of(T value, int sentenceIndex) {
    return new Detection<>(value, Set.of(sentenceIndex));
  }
}

package dev.roundup.summarize;

import java.util.Collections;
import java.util.Set;

/**
 * Something a detector found, with the sentences it used, so the highlights do not repeat them.
 *
 * @param saidBy index of the sentence whose speaker the item is attributed to: the earliest one,
 *               unless the item's words are a later sentence's (a decision announced after it
 *               was agreed is the announcer's)
 */
record Detection<T>(T value, Set<Integer> sentenceIndices, int saidBy) {

  Detection(T value, Set<Integer> sentenceIndices) {
    this(value, sentenceIndices, Collections.min(sentenceIndices));
  }

  static <T> Detection<T> of(T value, int sentenceIndex) {
    return new Detection<>(value, Set.of(sentenceIndex));
  }
}

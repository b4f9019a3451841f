package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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

  /** The earliest sentence the item rests on, whoever it is attributed to (0 when none). */
  int earliest() {
    return sentenceIndices.isEmpty() ? 0 : Collections.min(sentenceIndices);
  }

  static <T> Detection<T> of(T value, int sentenceIndex) {
    return new Detection<>(value, Set.of(sentenceIndex));
  }

  /**
   * What was found, in order, without the items {@code dropped} picks out: the post-filters of
   * {@link DecisionDetector} each drop one kind of non-decision this way. The list is new and may
   * be changed.
   */
  static <T> List<Detection<T>> without(List<Detection<T>> found, Predicate<Detection<T>> dropped) {
    List<Detection<T>> kept = new ArrayList<>();
    for (Detection<T> d : found) {
      if (!dropped.test(d)) {
        kept.add(d);
      }
    }
    return kept;
  }
}

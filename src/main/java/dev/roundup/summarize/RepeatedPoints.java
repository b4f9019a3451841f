package dev.roundup.summarize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same words said more than once make one point: "Agreed on the scope." from four people is
 * one decision citing the four messages, not four decisions (nor a TL;DR that says it as if it
 * were the thread's outcome four times over). Words are compared without case, punctuation or
 * spacing; the first saying keeps its place and its speaker.
 */
final class RepeatedPoints {

  private RepeatedPoints() {}

  static List<Detection<Point>> merged(List<Detection<Point>> found) {
    Map<String, Integer> firstWithWords = new LinkedHashMap<>();
    List<Detection<Point>> out = new ArrayList<>();
    for (Detection<Point> d : found) {
      String words = Terms.plainWords(d.value().text());
      Integer at = words.isEmpty() ? null : firstWithWords.get(words);
      if (at == null) {
        if (!words.isEmpty()) {
          firstWithWords.put(words, out.size());
        }
        out.add(d);
        continue;
      }
      Detection<Point> first = out.get(at);
      Set<Integer> sentences = new HashSet<>(first.sentenceIndices());
      sentences.addAll(d.sentenceIndices());
      Set<String> sources = new LinkedHashSet<>(first.value().sources());
      sources.addAll(d.value().sources());
      List<String> inOrder = sources.stream().sorted(Comparator.comparing(RepeatedPoints::time)).toList();
      out.set(at, new Detection<>(new Point(first.value().text(), inOrder), sentences, first.saidBy()));
    }
    return out;
  }

  /** A Slack ts ("1795770001.000100") as a number, so "9.1" sorts before "10.1". */
  private static BigDecimal time(String ts) {
    try {
      return new BigDecimal(ts);
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }
}

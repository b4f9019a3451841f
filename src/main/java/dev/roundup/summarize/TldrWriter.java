package dev.roundup.summarize;

import java.util.List;

/**
 * Writes the one-line TL;DR: the most central sentence, and the first decision when there is one
 * and the line has room for it.
 */
final class TldrWriter {

  private static final String DECIDED = " Decided: ";

  private TldrWriter() {}

  static String write(String central, List<Point> decisions, int maxChars) {
    String topic = central == null ? "" : oneLine(central);
    if (decisions.isEmpty()) {
      return Sentences.truncate(topic, maxChars);
    }
    String decision = oneLine(decisions.get(0).text());
    if (topic.isEmpty() || topic.equalsIgnoreCase(decision)) {
      return Sentences.truncate(decision, maxChars);
    }
    int topicRoom = Math.max(maxChars / 2, maxChars - DECIDED.length() - decision.length());
    String head = Sentences.truncate(topic, topicRoom);
    String tail = Sentences.truncate(decision, maxChars - head.length() - DECIDED.length());
    return ensureStop(head) + DECIDED + tail;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String ensureStop(String text) {
    return text.matches(".*[.!?…]$") ? text : text + ".";
  }
}

package dev.roundup.summarize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the one-line TL;DR: the topic sentence, said by whom, and the decision given first when
 * there is one and the line has room for it (the summarizer gives its most salient).
 */
final class TldrWriter {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ENDS_A_SENTENCE = Pattern.compile(".*[.!?…。！？]$");

  private TldrWriter() {}

  /**
   * @param central the topic sentence as said, or null
   * @param speaker who said it (user id), or null when unknown
   * @param decided the conversation's word for "Decided" ({@link Labels#decided})
   */
  static String write(String central, String speaker, List<Point> decisions, int maxChars,
      String decided) {
    String joint = " " + decided + ": ";
    String said = central == null ? "" : oneLine(central);
    String topic = said.isEmpty() ? "" : oneLine(Attribution.said(speaker, said));
    if (decisions.isEmpty()) {
      return Sentences.truncate(topic, maxChars);
    }
    String decision = oneLine(decisions.get(0).text());
    if (topic.isEmpty()) {
      return Sentences.truncate(decision, maxChars);
    }
    if (words(said).contains(words(decision))) {
      // The topic sentence already says the decision ("Decision: we hire Ana." and "We hire
      // Ana."): once is enough.
      return Sentences.truncate(topic, maxChars);
    }
    int topicRoom = Math.max(maxChars / 2, maxChars - joint.length() - decision.length());
    String head = Sentences.truncate(topic, topicRoom);
    String tail = Sentences.truncate(decision, maxChars - head.length() - joint.length());
    return ensureStop(head) + joint + tail;
  }

  /** Its plain words ({@link Terms#plainWords}), between spaces so only whole words match. */
  private static String words(String text) {
    return " " + Terms.plainWords(text) + " ";
  }

  private static String oneLine(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static String ensureStop(String text) {
    return ENDS_A_SENTENCE.matcher(text).matches() ? text : text + ".";
  }
}

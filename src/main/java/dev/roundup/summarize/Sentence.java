package dev.roundup.summarize;

import java.util.List;

/**
 * One sentence of one message, as the scoring and detection steps see it.
 *
 * @param index        position among all sentences of the conversation
 * @param messageIndex position of its message in the conversation
 * @param message      the message it came from (for ts, author and thread)
 * @param text         readable plain text, mentions kept as {@code <@U…>}
 * @param terms        stemmed content words
 * @param smallTalk    greeting, thanks or acknowledgement only
 * @param question     asks something (a "?" in any script; Japanese か)
 */
record Sentence(int index, int messageIndex, Message message, String text, List<String> terms,
    boolean smallTalk, boolean question) {

  boolean isQuestion() {
    return question;
  }

  String ts() {
    return message.ts();
  }

  String user() {
    return message.user();
  }
}

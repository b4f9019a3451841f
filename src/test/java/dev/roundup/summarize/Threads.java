package dev.roundup.summarize;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The hand-written Slack threads under {@code src/test/resources/threads/}. */
final class Threads {

  static final List<String> ALL = List.of(
      "incident-checkout-latency.json",
      "design-review-pagination.json",
      "hiring-debrief.json",
      "launch-ios-release.json",
      "noisy-channel-history.json",
      "export/product");

  private Threads() {}

  static Path path(String name) {
    URL url = Objects.requireNonNull(Threads.class.getResource("/threads/" + name), name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Conversation load(String name) {
    try {
      return ConversationFiles.read(path(name), why -> { });
    } catch (ConversationFileException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The action items the detector finds in a {@link #chat}. */
  static List<ActionItem> actionItems(String... userTextPairs) {
    return actionItems(chat(userTextPairs));
  }

  /** The same, with display names for the users (user id → name). */
  static List<ActionItem> actionItems(Map<String, String> names, String... userTextPairs) {
    return actionItems(new Conversation("C1", chat(userTextPairs).messages(), names));
  }

  static List<ActionItem> actionItems(Conversation conversation) {
    return ActionItemDetector.detect(new PreparedConversation(conversation)).stream()
        .map(Detection::value).toList();
  }

  /**
   * A {@link #chat} whose users are named after their ids, without the leading letter and in
   * lower case: "UNKEM" is "nkem", so a thread can name people as people type them.
   */
  static PreparedConversation namedAfterIds(String... userTextPairs) {
    Conversation raw = chat(userTextPairs);
    Map<String, String> names = new java.util.HashMap<>();
    raw.messages().forEach(m -> names.put(m.user(), m.user().substring(1).toLowerCase()));
    return new PreparedConversation(new Conversation(null, raw.messages(), names));
  }

  /**
   * The decisions the rules read in a conversation built in code ({@link #chat}), each as the
   * summary words it.
   */
  static List<String> decisions(String... userTextPairs) {
    return decisionPoints(userTextPairs).stream().map(Point::text).toList();
  }

  /** The decisions the rules read in a {@link #chat}, as points: their words and sources. */
  static List<Point> decisionPoints(String... userTextPairs) {
    return DecisionDetector.detect(new PreparedConversation(chat(userTextPairs))).stream()
        .map(Detection::value).toList();
  }

  /** A conversation built in code: each row is {user, text}; ts increase by one second. */
  static Conversation chat(String... userTextPairs) {
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < userTextPairs.length; i += 2) {
      String ts = (1700000000 + i) + ".000100";
      messages.add(new Message(ts, null, userTextPairs[i], userTextPairs[i + 1], 0));
    }
    return Conversation.of(messages);
  }
}

package dev.roundup.summarize;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What is summarized: a thread or a channel window, messages in time order.
 *
 * @param channelId the Slack channel id, or null when read from a file without one
 * @param messages  messages sorted by ts, oldest first
 */
public record Conversation(String channelId, List<Message> messages) {

  public Conversation {
    messages = messages.stream()
        .sorted(Comparator.comparingDouble(Message::epochSeconds))
        .toList();
  }

  public static Conversation of(List<Message> messages) {
    return new Conversation(null, messages);
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public int size() {
    return messages.size();
  }

  /** The ts of the first message, or null when there is none. */
  public String firstTs() {
    return messages.isEmpty() ? null : messages.get(0).ts();
  }

  /** Reply ts → the ts of its thread, for every thread reply here. */
  public Map<String, String> threadOfReplies() {
    Map<String, String> threadOf = new HashMap<>();
    for (Message m : messages) {
      if (m.isThreadReply()) {
        threadOf.putIfAbsent(m.ts(), m.threadTs());
      }
    }
    return threadOf;
  }

  /** Distinct authors, in order of first appearance. */
  public Set<String> participants() {
    Set<String> users = new LinkedHashSet<>();
    messages.stream().map(Message::user).filter(Objects::nonNull).forEach(users::add);
    return users;
  }
}

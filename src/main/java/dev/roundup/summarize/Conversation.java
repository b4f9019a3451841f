package dev.roundup.summarize;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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

  /** Distinct authors, in order of first appearance. */
  public Set<String> participants() {
    Set<String> users = new LinkedHashSet<>();
    messages.stream().map(Message::user).filter(Objects::nonNull).forEach(users::add);
    return users;
  }
}

package dev.roundup.summarize;

import java.util.ArrayList;
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
 * @param names     display names of the people in it by user id, as far as they are known (an
 *                  export's users.json, a message's user_profile, Slack's user directory); may
 *                  be empty, never null. Summaries still cite ids; names are for whoever shows
 *                  or prompts with them.
 */
public record Conversation(String channelId, List<Message> messages, Map<String, String> names) {

  public Conversation {
    messages = inTimeOrder(messages);
    names = names == null ? Map.of() : Map.copyOf(names);
  }

  /**
   * The messages sorted by ts, ties kept in their given order. Each ts is parsed once: a Slack
   * ts has 16 or 17 digits, which sends {@code Double.parseDouble} down its slow path, and a
   * comparator that parsed would do so twice per comparison.
   */
  private static List<Message> inTimeOrder(List<Message> messages) {
    List<Timed> timed = new ArrayList<>(messages.size());
    for (Message m : messages) {
      timed.add(new Timed(m.epochSeconds(), m));
    }
    timed.sort(Comparator.comparingDouble(Timed::at));
    return timed.stream().map(Timed::message).toList();
  }

  private record Timed(double at, Message message) {
  }

  public Conversation(String channelId, List<Message> messages) {
    this(channelId, messages, Map.of());
  }

  public static Conversation of(List<Message> messages) {
    return new Conversation(null, messages);
  }

  /** The same conversation with other messages (a thread of it, the part that is content). */
  public Conversation withMessages(List<Message> others) {
    return new Conversation(channelId, others, names);
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public int size() {
    return messages.size();
  }

  /** The display name of a user id, or the id itself when the name is not known. */
  public String nameOf(String userId) {
    return names.getOrDefault(userId, userId);
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

package dev.roundup.digest;

import dev.roundup.summarize.Message;
import java.util.List;

/**
 * What one channel said in a digest's period, ready to be digested.
 *
 * @param id       channel id (C…), or the folder name for an export
 * @param name     channel name without '#'
 * @param messages the period's messages (noise already left out), any order
 * @param note     a caveat to show with the channel (e.g. partial coverage), or null
 * @param earlier  messages from before the period of the threads that continued into it, as they
 *                 stood at the previous digest; empty when there is no previous digest to compare
 *                 with (then no question is marked answered since)
 */
public record ChannelMessages(String id, String name, List<Message> messages, String note,
    List<Message> earlier) {

  public ChannelMessages {
    messages = List.copyOf(messages);
    earlier = List.copyOf(earlier);
  }

  public ChannelMessages(String id, String name, List<Message> messages, String note) {
    this(id, name, messages, note, List.of());
  }
}

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
 */
public record ChannelMessages(String id, String name, List<Message> messages, String note) {
  public ChannelMessages {
    messages = List.copyOf(messages);
  }
}

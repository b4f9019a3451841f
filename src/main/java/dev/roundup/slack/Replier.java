package dev.roundup.slack;

import java.util.List;

/**
 * Where a reply goes: a thread (a placeholder edited in place), or a slash command's response URL
 * (ephemeral). Lets one service answer both mentions and commands.
 */
public interface Replier {

  /** Sends one part of a result. */
  void send(MessagePart part);

  /** Sends a whole result, in order. */
  default void sendAll(List<MessagePart> parts) {
    parts.forEach(this::send);
  }

  /** A final line of text: a warning, "nothing to summarize", help. */
  void text(String text);

  /** Where things stand while work goes on; repliers that cannot afford it may drop it. */
  default void progress(String text) {
    text(text);
  }
}

package dev.roundup.digest;

import dev.roundup.summarize.ActionItem;
import dev.roundup.summarize.Point;
import java.util.List;

/**
 * One channel's part of a digest. A quiet channel is shown as one line and carries no items.
 *
 * @param note a caveat to show with the channel (partial coverage), or null
 */
public record ChannelDigest(
    String id,
    String name,
    int messages,
    int participants,
    boolean quiet,
    List<ThreadItem> threads,
    List<Point> decisions,
    List<ActionItem> actionItems,
    List<MentionItem> mentions,
    String note) {

  public ChannelDigest {
    threads = List.copyOf(threads);
    decisions = List.copyOf(decisions);
    actionItems = List.copyOf(actionItems);
    mentions = List.copyOf(mentions);
  }

  /** "#design: 3 messages, nothing notable" — how a quiet channel is shown. */
  public String quietLine() {
    return "#" + name + ": " + (messages == 0 ? "no messages"
        : messages + (messages == 1 ? " message" : " messages") + ", nothing notable");
  }
}

package dev.roundup.summarize;

import java.time.Instant;
import java.util.List;

/**
 * One person's catch-up: first what waits on them, then each channel's highlights, decisions and
 * open questions, the busiest first; channels where nothing notable happened are quiet (one line).
 *
 * @param person  the user id caught up
 * @param since   the start of the period
 * @param waiting what waits on them, most pressing kind first
 * @param receipt what was read and left out, over every channel
 */
public record CatchUp(String person, Instant since, List<Waiting> waiting,
    List<ChannelCatchUp> channels, Receipt receipt) {

  public CatchUp {
    waiting = List.copyOf(waiting);
    channels = List.copyOf(channels);
  }

  /** Something that waits on the person. */
  public record Waiting(Kind kind, String channelId, String ts, String threadTs, String author,
      String text) {}

  /** Why it waits on them, most pressing first. */
  public enum Kind {
    /** A question put to them by mention, which they have not answered. */
    QUESTION,
    /** A mention of them they have not answered. */
    MENTION,
    /** Something they are to do. */
    ACTION_ITEM,
    /** A thread they took part in that others went on with after their last message. */
    THREAD_MOVED
  }

  /**
   * One channel's part.
   *
   * @param quiet shown as one line: few messages and nothing decided or waiting
   */
  public record ChannelCatchUp(String channelId, String name, int messages, int participants,
      boolean quiet, List<Point> highlights, List<Point> decisions, List<Point> openQuestions,
      String note) {

    public ChannelCatchUp {
      highlights = List.copyOf(highlights);
      decisions = List.copyOf(decisions);
      openQuestions = List.copyOf(openQuestions);
    }
  }

  public List<ChannelCatchUp> active() {
    return channels.stream().filter(c -> !c.quiet()).toList();
  }

  public List<ChannelCatchUp> quiet() {
    return channels.stream().filter(ChannelCatchUp::quiet).toList();
  }

  /**
   * Who an item came from, as the reader is told it: its author, unless that is the reader (their
   * own commitment waiting on them is "from" nobody); null when there is none to name.
   */
  public String fromSomeoneElse(Waiting w) {
    return w.author() == null || w.author().equals(person) ? null : w.author();
  }

  /** Nothing happened anywhere. */
  public boolean isEmpty() {
    return waiting.isEmpty() && active().isEmpty();
  }
}

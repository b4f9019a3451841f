package dev.roundup.digest;

import java.util.List;

/**
 * One important thread (or stand-alone message) of a channel.
 *
 * @param ts       ts of the thread parent, the link target
 * @param tldr     one line on what the thread is about
 * @param replies  replies in the period
 * @param focusHit whether it matches the subscriber's focus
 * @param answered questions the thread had open at the previous digest and has answered since
 *                 (empty for a thread that started in the period, or with no previous digest)
 */
public record ThreadItem(String ts, String tldr, int replies, boolean focusHit,
    List<AnsweredQuestion> answered) {

  public ThreadItem {
    answered = List.copyOf(answered);
  }

  /**
   * "3 replies", "1 reply", or "no replies" for a message nobody answered (a thread item may be a
   * message on its own, and "0 replies" read like a thread that lost them).
   */
  static String repliesInWords(int replies) {
    return replies == 0 ? "no replies" : replies + (replies == 1 ? " reply" : " replies");
  }

  public ThreadItem(String ts, String tldr, int replies, boolean focusHit) {
    this(ts, tldr, replies, focusHit, List.of());
  }
}

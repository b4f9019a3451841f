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

  public ThreadItem(String ts, String tldr, int replies, boolean focusHit) {
    this(ts, tldr, replies, focusHit, List.of());
  }
}

package dev.roundup.summarize;

/**
 * One Slack message as the summarizers see it: already filtered of joins, leaves and deleted
 * messages, with edited text in place.
 *
 * @param ts             Slack message timestamp, the message's id within its channel
 * @param threadTs       ts of the thread parent, or null for a top-level message without replies
 * @param user           author's user id (U…), or null when unknown (e.g. an integration)
 * @param text           message text in Slack mrkdwn, mentions still as {@code <@U123>}
 * @param replyCount     number of replies when this is a thread parent, else 0
 * @param addressedToBot the message talks to Roundup (mentions it) rather than to the people in
 *                       the conversation: it is counted, never summarized
 */
public record Message(String ts, String threadTs, String user, String text, int replyCount,
    boolean addressedToBot) {

  public Message {
    if (ts == null || ts.isBlank()) {
      throw new IllegalArgumentException("message ts is required");
    }
    text = text == null ? "" : text;
  }

  /** A message between people. */
  public Message(String ts, String threadTs, String user, String text, int replyCount) {
    this(ts, threadTs, user, text, replyCount, false);
  }

  /** Message time in epoch seconds, derived from the ts ("1700000000.000100"). */
  public double epochSeconds() {
    return Double.parseDouble(ts);
  }

  public boolean isThreadReply() {
    return threadTs != null && !threadTs.equals(ts);
  }
}

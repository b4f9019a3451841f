package dev.roundup.slack;

import java.time.Duration;

/** Told as a long read goes on, so the placeholder can show where it is. */
public interface ReadProgress {

  ReadProgress NONE = new ReadProgress() { };

  /** Called after each page with the number of messages read so far. */
  default void messagesRead(int soFar) { }

  /** Called before waiting out a Slack rate limit. */
  default void rateLimited(Duration wait) { }
}

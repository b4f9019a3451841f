package dev.roundup.ingest;

import dev.roundup.summarize.Message;
import dev.roundup.summarize.SlackMessages;
import java.util.Optional;

/**
 * A message as the store holds it: everything Slack said, noise included, so reply counts and
 * edits stay right; {@link #toMessage()} applies the noise rule when a digest reads it.
 *
 * @param threadTs null outside threads; equals {@code ts} for a thread parent
 */
public record ChannelMessage(String channel, String ts, String threadTs, String user, String botId,
    String text, String subtype, int replyCount, int replyUsersCount, boolean edited) {

  public ChannelMessage {
    text = text == null ? "" : text;
  }

  public boolean isReply() {
    return threadTs != null && !threadTs.equals(ts);
  }

  /** The summarizer's view of it, or empty when it is noise (bot posts, joins, blank). */
  public Optional<Message> toMessage() {
    if (SlackMessages.isNoise(subtype, botId) || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new Message(ts, threadTs, user, text, replyCount));
  }
}

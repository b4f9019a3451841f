package dev.roundup.ingest;

import dev.roundup.summarize.Message;
import dev.roundup.summarize.MessageFilter;
import java.util.Optional;

/**
 * A message as the store holds it: everything Slack said, noise included, so reply counts and
 * edits stay right; {@link #toMessage} applies the conversation rule when it is read.
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

  /** The summarizer's view of it, or empty when it is not conversation (see {@link MessageFilter}). */
  public Optional<Message> toMessage(MessageFilter filter) {
    return filter.message(ts, threadTs, user, botId, subtype, text, replyCount);
  }
}

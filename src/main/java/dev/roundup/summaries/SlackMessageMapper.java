package dev.roundup.summaries;

import dev.roundup.summarize.Message;
import dev.roundup.summarize.MessageFilter;
import java.util.Optional;

/**
 * Turns a Slack SDK message into the summarizer's {@link Message}, or nothing when it is not
 * conversation ({@link MessageFilter}: the same rule the message store is read with).
 */
public final class SlackMessageMapper {

  private final MessageFilter filter;

  public SlackMessageMapper(MessageFilter filter) {
    this.filter = filter;
  }

  /** Whether the message is another bot's post (counted in the receipt). */
  public boolean isBotPost(com.slack.api.model.Message m) {
    return filter.isBotPost(m.getUser(), m.getBotId(), m.getSubtype());
  }

  public Optional<Message> map(com.slack.api.model.Message m) {
    return filter.message(m.getTs(), m.getThreadTs(), m.getUser(), m.getBotId(), m.getSubtype(),
        m.getText(), m.getReplyCount() == null ? 0 : m.getReplyCount());
  }
}

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

  public Optional<Message> map(com.slack.api.model.Message m) {
    return filter.message(m.getTs(), m.getThreadTs(), m.getUser(), m.getBotId(), m.getSubtype(),
        m.getText(), m.getReplyCount() == null ? 0 : m.getReplyCount());
  }
}

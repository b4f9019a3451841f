package dev.roundup.slack;

import dev.roundup.summarize.Message;
import dev.roundup.summarize.SlackMessages;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns a Slack SDK message into the summarizer's {@link Message}, or nothing when it is noise:
 * the summarizer's noise rule ({@link SlackMessages#isNoise}), Roundup's own posts, and requests
 * addressed to Roundup itself.
 */
public final class SlackMessageMapper {

  private final String botUserId;
  private final Predicate<String> isRequestToBot;

  /**
   * @param isRequestToBot true for the text of a message that only asks Roundup to summarize
   *                       (such a message is a command, not conversation)
   */
  public SlackMessageMapper(String botUserId, Predicate<String> isRequestToBot) {
    this.botUserId = botUserId;
    this.isRequestToBot = isRequestToBot;
  }

  public Optional<Message> map(com.slack.api.model.Message m) {
    if (SlackMessages.isNoise(m.getSubtype(), m.getBotId()) || botUserId.equals(m.getUser())
        || m.getText() == null || m.getText().isBlank() || isRequestToBot.test(m.getText())) {
      return Optional.empty();
    }
    int replies = m.getReplyCount() == null ? 0 : m.getReplyCount();
    return Optional.of(new Message(m.getTs(), m.getThreadTs(), m.getUser(), m.getText(), replies));
  }
}

package dev.roundup.slack;

import dev.roundup.summarize.Message;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a Slack SDK message into the summarizer's {@link Message}, or nothing when it is noise:
 * housekeeping subtypes (joins, leaves, topic changes), bot posts (Roundup's own placeholders and
 * summaries among them), deleted messages, and requests addressed to Roundup itself.
 */
public final class SlackMessageMapper {

  private static final Set<String> KEPT_SUBTYPES = Set.of("thread_broadcast", "file_share", "me_message");

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
    if (isNoise(m.getSubtype(), m.getBotId()) || botUserId.equals(m.getUser())
        || m.getText() == null || m.getText().isBlank() || isRequestToBot.test(m.getText())) {
      return Optional.empty();
    }
    int replies = m.getReplyCount() == null ? 0 : m.getReplyCount();
    return Optional.of(new Message(m.getTs(), m.getThreadTs(), m.getUser(), m.getText(), replies));
  }

  /** Housekeeping subtypes and bot posts are noise; plain messages and a few content subtypes are not. */
  public static boolean isNoise(String subtype, String botId) {
    return botId != null || (subtype != null && !KEPT_SUBTYPES.contains(subtype));
  }
}

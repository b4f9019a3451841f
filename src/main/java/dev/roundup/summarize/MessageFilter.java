package dev.roundup.summarize;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What counts as conversation, whichever way a message was read (from Slack, from the store, from
 * an export): not housekeeping or bot posts ({@link SlackMessages#isNoise}), not empty, not
 * Roundup's own posts, and not a bare request addressed to Roundup ("@roundup summarize"), which
 * is the command that asked for the summary rather than something said. Any other message that
 * mentions Roundup talks to the bot, not to the people in the conversation: it is kept, marked
 * {@link Message#addressedToBot()}, so the summary can say it was ignored.
 *
 * @param botUser        Roundup's user id in the workspace being read (with several workspaces it
 *                       is another user in each), or null when there is none (the command line)
 * @param isRequestToBot true for the text of a message that only asks Roundup for something
 */
public record MessageFilter(Supplier<String> botUser, Predicate<String> isRequestToBot) {

  /** Roundup is {@code botUserId} (null: no one) wherever it reads. */
  public MessageFilter(String botUserId, Predicate<String> isRequestToBot) {
    this(() -> botUserId, isRequestToBot);
  }

  /** Only the noise rule: for files and exports, where Roundup has no user id. */
  public static final MessageFilter NOISE_ONLY = new MessageFilter((String) null, text -> false);

  /**
   * Whether the message is a post by a bot or an integration other than Roundup: left out of the
   * conversation, and counted in the receipt (Roundup's own posts and housekeeping are not).
   */
  public boolean isBotPost(String user, String botId, String subtype) {
    boolean bot = botId != null && !botId.isBlank() || "bot_message".equals(subtype);
    String botUserId = botUser.get();
    return bot && !(botUserId != null && botUserId.equals(user));
  }

  /** The summarizer's message, or empty when this one is not conversation. */
  public Optional<Message> message(String ts, String threadTs, String user, String botId,
      String subtype, String text, int replyCount) {
    String botUserId = botUser.get();
    if (SlackMessages.isNoise(subtype, botId) || text == null || text.isBlank()
        || botUserId != null && botUserId.equals(user) || isRequestToBot.test(text)) {
      return Optional.empty();
    }
    boolean toBot = botUserId != null && dev.roundup.slack.SlackText.mentions(text, botUserId);
    return Optional.of(new Message(ts, threadTs, user, text, replyCount, toBot));
  }
}

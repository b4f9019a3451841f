package dev.roundup.tasks;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the escaped references Slack puts in slash-command text ({@code <#C123|eng>},
 * {@code <@U123|alex>}, {@code <https://…/archives/C123/p1700000000123456>}) and writes thread links.
 */
final class SlackLinks {

  static final Pattern CHANNEL = Pattern.compile("<#([CG][A-Z0-9]+)(?:\\|[^>]*)?>");
  static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
  static final Pattern THREAD_LINK = Pattern.compile(
      "<?https?://[^\\s/>]+/archives/([CG][A-Z0-9]+)/p(\\d{10})(\\d{6})[^\\s>]*>?");

  private SlackLinks() {}

  /** The channel id when the whole token is a channel reference. */
  static Optional<String> channel(String token) {
    Matcher m = CHANNEL.matcher(token);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static Optional<String> user(String token) {
    Matcher m = USER.matcher(token);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** A link to the thread that Slack and this parser both understand. */
  static String permalinkPath(String channelId, String threadTs) {
    return "<https://slack.com/archives/" + channelId + "/p" + threadTs.replace(".", "") + ">";
  }
}

package dev.roundup.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's escaped references, read and written in one place: user mentions ({@code <@U123>} and
 * the legacy {@code <@U123|alex>}), channel links ({@code <#C123|eng>}, {@code <#C123>}), and
 * message links ({@code https://…/archives/C123/p1700000000123456}). {@link SlackMarkup} turns
 * whole messages into plain text; everything else that needs to recognise a mention or a channel
 * uses the patterns here, so every reader agrees on the forms Slack sends.
 */
public final class SlackText {

  /** A user mention; group 1 is the user id. */
  public static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
  /** A channel link; group 1 is the channel id, group 2 the name when Slack included it. */
  public static final Pattern CHANNEL = Pattern.compile("<#([CG][A-Z0-9]+)(?:\\|([^>]*))?>");
  /** A link to a message; groups: channel id, seconds and microseconds of its ts. */
  public static final Pattern MESSAGE_LINK = Pattern.compile(
      "<?https?://[^\\s/>]+/archives/([CG][A-Z0-9]+)/p(\\d{10})(\\d{6})[^\\s>]*>?");

  private SlackText() {}

  /** The user ids mentioned, in order of first mention, without repeats. */
  public static List<String> userIds(String text) {
    List<String> ids = new ArrayList<>();
    if (text == null) {
      return ids;
    }
    Matcher m = USER.matcher(text);
    while (m.find()) {
      if (!ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** Whether the text mentions this user, in either form. */
  public static boolean mentions(String text, String userId) {
    return text != null && (text.contains("<@" + userId + ">") || text.contains("<@" + userId + "|"));
  }

  /** The text without user mentions, spaces collapsed and trimmed. */
  public static String withoutUserMentions(String text) {
    return text == null ? "" : USER.matcher(text).replaceAll(" ").trim().replaceAll("\\s+", " ");
  }

  /** The user id when the whole token is a user mention. */
  public static Optional<String> userId(String token) {
    Matcher m = USER.matcher(token);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The channel id when the whole token is a channel link. */
  public static Optional<String> channelId(String token) {
    Matcher m = CHANNEL.matcher(token);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The first channel linked in the text, if any. */
  public static Optional<String> firstChannelId(String text) {
    Matcher m = CHANNEL.matcher(text == null ? "" : text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  public static String mention(String userId) {
    return "<@" + userId + ">";
  }

  public static String channelLink(String channelId) {
    return "<#" + channelId + ">";
  }

  /** A link to a thread that Slack renders and {@link #MESSAGE_LINK} reads back. */
  public static String threadLink(String channelId, String threadTs) {
    return "<https://slack.com/archives/" + channelId + "/p" + threadTs.replace(".", "") + ">";
  }

  /**
   * Text someone typed, made safe to echo inside mrkdwn: Slack's three control characters are
   * escaped, so typed {@code <!channel>} or {@code <https://…|label>} cannot notify or disguise.
   */
  public static String escape(String typed) {
    if (typed == null) {
      return "";
    }
    return typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

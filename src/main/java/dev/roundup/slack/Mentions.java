package dev.roundup.slack;

import java.util.regex.Pattern;

/** User mentions in Slack text ({@code <@U123>} or {@code <@U123|name>}). */
public final class Mentions {

  private static final Pattern MENTION = Pattern.compile("<@[UW][A-Z0-9]+(?:\\|[^>]*)?>");

  private Mentions() {}

  /** The text without any user mentions, trimmed. */
  public static String strip(String text) {
    return text == null ? "" : MENTION.matcher(text).replaceAll(" ").trim().replaceAll("\\s+", " ");
  }

  public static boolean mentions(String text, String userId) {
    return text != null && (text.contains("<@" + userId + ">") || text.contains("<@" + userId + "|"));
  }
}

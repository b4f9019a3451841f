package dev.roundup.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Slack mrkdwn into readable plain text. User mentions stay as {@code <@U123>} so that
 * owners can be read from them and Slack still renders them; everything else that would look like
 * markup noise in a summary (link syntax, emoji codes, code blocks, quoted text) is resolved or
 * dropped.
 */
public final class SlackMarkup {

  private static final Pattern CODE_BLOCK = Pattern.compile("```.*?```", Pattern.DOTALL);
  private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]*)`");
  /** Quoted lines repeat someone else's words; scoring them would count those words twice. */
  private static final Pattern QUOTE_LINE = Pattern.compile("(?m)^\\s*(?:&gt;|>)[^\\n]*$");
  private static final Pattern ANGLE = Pattern.compile("<([^<>\\n]+)>");
  private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+'-]+:(?::skin-tone-\\d:)?");
  /** "…thread :rocket: Target is…": an emoji before a capital stands in for a full stop. */
  private static final Pattern EMOJI_BEFORE_CAPITAL =
      Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*:[a-z0-9_+'-]+:(?::skin-tone-\\d:)?\\s+(?=\\p{Lu})");
  private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w_])_([^_\\n]+)_(?![\\w_])");
  private static final Pattern STRIKE = Pattern.compile("(?<![\\w~])~([^~\\n]+)~(?![\\w~])");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");
  private static final Pattern BULLET = Pattern.compile("(?m)^\\s*(?:[•◦▪*-]|\\d+[.)])\\s+");

  private SlackMarkup() {}

  /** Plain text with lines preserved (a line break ends a sentence in chat). */
  public static String toPlainText(String mrkdwn) {
    if (mrkdwn == null || mrkdwn.isEmpty()) {
      return "";
    }
    // Each rewrite runs only when its marker character is present: most chat lines have none,
    // and this runs on every message of a 10,000-message channel.
    String text = mrkdwn;
    if (text.contains("```")) {
      text = CODE_BLOCK.matcher(text).replaceAll(" ");
    }
    if (text.contains("&gt;") || text.contains(">")) {
      text = QUOTE_LINE.matcher(text).replaceAll("");
    }
    if (text.indexOf('`') >= 0) {
      text = INLINE_CODE.matcher(text).replaceAll("$1");
    }
    if (text.indexOf('<') >= 0) {
      text = resolveAngleBrackets(text);
    }
    int colon = text.indexOf(':');
    if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) { // an emoji code has two
      text = EMOJI_BEFORE_CAPITAL.matcher(text).replaceAll(". ");
      text = EMOJI.matcher(text).replaceAll(" ");
    }
    if (text.indexOf('*') >= 0) {
      text = BOLD.matcher(text).replaceAll("$1");
    }
    if (text.indexOf('_') >= 0) {
      text = ITALIC.matcher(text).replaceAll("$1");
    }
    if (text.indexOf('~') >= 0) {
      text = STRIKE.matcher(text).replaceAll("$1");
    }
    text = BULLET.matcher(text).replaceAll("");
    // Slack escapes only these three; decoded after the link syntax is resolved.
    if (text.indexOf('&') >= 0) {
      text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
    if (hasSpaceRun(text)) {
      text = SPACES.matcher(text).replaceAll(" ");
    }
    if (text.indexOf('\n') < 0) {
      return text.strip(); // one line (a \r would have become a space above)
    }
    text = BLANK_LINES.matcher(text).replaceAll("\n");
    return text.lines().map(String::strip).filter(l -> !l.isEmpty())
        .reduce((a, b) -> a + "\n" + b).orElse("");
  }

  /** Whether {@link #SPACES} would change anything: two spaces in a row or other blank chars. */
  private static boolean hasSpaceRun(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\u000B' || c == '\f' || c == '\r'
          || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  private static String resolveAngleBrackets(String text) {
    Matcher m = ANGLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(resolve(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String resolve(String inner) {
    int bar = inner.indexOf('|');
    String target = bar < 0 ? inner : inner.substring(0, bar);
    String label = bar < 0 ? null : inner.substring(bar + 1);
    if (target.startsWith("@")) {
      // <@U123|name> is the legacy form; Slack renders <@U123> itself.
      return "<" + target + ">";
    }
    if (target.startsWith("#")) {
      return label != null && !label.isBlank() ? "#" + label : "<" + target + ">";
    }
    if (target.startsWith("!")) {
      if (label != null && !label.isBlank()) {
        return label.startsWith("@") || target.startsWith("!date") ? label : "@" + label;
      }
      String special = target.substring(1);
      int caret = special.indexOf('^');
      return "@" + (caret < 0 ? special : special.substring(0, caret));
    }
    if (label != null && !label.isBlank()) {
      return label;
    }
    return target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
  }
}

package dev.roundup.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Slack mrkdwn into readable plain text. User mentions stay as {@code <@U123>} so that
 * owners can be read from them and Slack still renders them; everything else that would look like
 * markup noise in a summary (link syntax, emoji codes, code blocks, quoted text) is resolved or
 * dropped. Struck-through text ({@code ~…~}) is dropped with its marks: the writer took it back,
 * and read as plain text it would say the opposite of what they now mean. Links, bare URLs and
 * inline code are set aside before the emoji and emphasis rules run and put back after, so a
 * colon in {@code :<https://…>} is never half of an emoji code and a {@code ~/} in a path is
 * never strikethrough.
 */
public final class SlackMarkup {

  private static final Pattern CODE_BLOCK = Pattern.compile("```.*?```", Pattern.DOTALL);
  private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]*)`");
  /** Quoted lines repeat someone else's words; scoring them would count those words twice. */
  private static final Pattern QUOTE_LINE = Pattern.compile("(?m)^\\s*(?:&gt;|>)[^\\n]*$");
  private static final Pattern ANGLE = Pattern.compile("<([^<>\\n]+)>");
  private static final Pattern BARE_URL = Pattern.compile("\\b(?:https?|ftp)://[^\\s<>]+");
  private static final Pattern EMOJI = Pattern.compile(":[a-z0-9_+'-]+:(?::skin-tone-\\d:)?");
  /** "…thread :rocket: Target is…": an emoji before a capital stands in for a full stop. */
  private static final Pattern EMOJI_BEFORE_CAPITAL =
      Pattern.compile("(?<=[\\p{L}\\p{N}])\\s*:[a-z0-9_+'-]+:(?::skin-tone-\\d:)?\\s+(?=\\p{Lu})");
  // Slack emphasis opens on a non-space and closes on a non-space: "~/a and ~/b" is two paths,
  // not struck-through text. Inner markers of another kind are allowed (bold inside italics).
  private static final Pattern BOLD =
      Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*\\n]*?[^\\s*])\\*(?![\\w*])");
  private static final Pattern ITALIC =
      Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=[^\\s_])([^_\\n]*?[^\\s_])_(?![\\p{L}\\p{N}_])");
  private static final String STRUCK = "(?<![\\w~])~(?=[^\\s~/])([^~\\n]*?[^\\s~])~(?![\\w~/])";
  private static final Pattern STRIKE = Pattern.compile(STRUCK);
  /** Struck text before punctuation goes with the space before it: "MySQL ~(not Postgres)~.". */
  private static final Pattern STRIKE_BEFORE_PUNCTUATION =
      Pattern.compile("[ \\t]*" + STRUCK + "(?=[,.;:!?])");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");
  private static final Pattern BULLET = Pattern.compile("(?m)^\\s*(?:[•◦▪*-]|\\d+[.)])\\s+");
  /** Stands in for a set-aside span; private-use characters never occur in chat text. */
  private static final char HOLD_OPEN = '\uE000';
  private static final char HOLD_CLOSE = '\uE001';
  private static final Pattern HELD = Pattern.compile(HOLD_OPEN + "(\\d+)" + HOLD_CLOSE);

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
    List<String> held = new ArrayList<>();
    if (text.indexOf('`') >= 0) {
      text = hold(INLINE_CODE, text, held, m -> m.group(1));
    }
    if (text.indexOf('<') >= 0) {
      text = hold(ANGLE, text, held, m -> resolve(m.group(1)));
    }
    if (text.contains("://")) {
      text = hold(BARE_URL, text, held, Matcher::group);
    }
    int colon = text.indexOf(':');
    if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) { // an emoji code has two
      text = EMOJI_BEFORE_CAPITAL.matcher(text).replaceAll(". ");
      text = EMOJI.matcher(text).replaceAll(" ");
    }
    // Emphasis nests (bold in italics, italics in bold): each rule runs until nothing changes,
    // a couple of rounds at most.
    for (int round = 0; round < 3; round++) {
      String before = text;
      if (text.indexOf('*') >= 0) {
        text = BOLD.matcher(text).replaceAll("$1");
      }
      if (text.indexOf('_') >= 0) {
        text = ITALIC.matcher(text).replaceAll("$1");
      }
      if (text.indexOf('~') >= 0) {
        text = STRIKE_BEFORE_PUNCTUATION.matcher(text).replaceAll("");
        text = STRIKE.matcher(text).replaceAll(" ");
      }
      if (text.equals(before)) {
        break;
      }
    }
    text = BULLET.matcher(text).replaceAll("");
    if (!held.isEmpty()) {
      text = restore(text, held);
    }
    // Slack escapes only these three; decoded after the link syntax is resolved.
    if (text.indexOf('&') >= 0) {
      text = decodeEntities(text);
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

  /** Slack's three entities decoded ({@code &amp;} last, so "&amp;lt;" stays "&lt;"). */
  public static String decodeEntities(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Replaces each match by a placeholder and remembers what it stands for. */
  private static String hold(Pattern pattern, String text, List<String> held,
      java.util.function.Function<Matcher, String> value) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      held.add(value.apply(m));
      m.appendReplacement(out, Matcher.quoteReplacement(
          HOLD_OPEN + String.valueOf(held.size() - 1) + HOLD_CLOSE));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String restore(String text, List<String> held) {
    // Held spans may hold placeholders of their own (a URL inside a code span): a few rounds.
    String out = text;
    for (int round = 0; round < 3 && out.indexOf(HOLD_OPEN) >= 0; round++) {
      Matcher m = HELD.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(held.get(Integer.parseInt(m.group(1)))));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
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
      if (special.startsWith("subteam^")) {
        return "@group"; // a user group without its handle: Slack always sends the label
      }
      int caret = special.indexOf('^');
      return "@" + (caret < 0 ? special : special.substring(0, caret));
    }
    if (label != null && !label.isBlank()) {
      return label;
    }
    return target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
  }
}

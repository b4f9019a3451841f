package dev.roundup.slack;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summary points say who said them: {@code <@U…>: text}. Posted as is, that mention would notify
 * the person every time a summary or digest quotes them, so Roundup names them in bold instead
 * ({@code *Dana*: text}). Owners of action items stay real mentions: being asked to do something is
 * worth a notification.
 */
public final class QuietAttribution {

  /** Leaves attribution as a mention (used where no names are at hand, e.g. unit tests). */
  public static final QuietAttribution KEEP_MENTIONS = new QuietAttribution(null);

  private static final Pattern LEADING_MENTION = Pattern.compile("^" + SlackText.USER.pattern() + ":\\s*");

  private final Function<String, String> names;

  /** @param names user id → display name (fall back to the id when unknown) */
  public QuietAttribution(Function<String, String> names) {
    this.names = names;
  }

  public String apply(String line) {
    if (names == null || line == null) {
      return line;
    }
    Matcher m = LEADING_MENTION.matcher(line);
    return m.find() ? "*" + names.apply(m.group(1)) + "*: " + line.substring(m.end()) : line;
  }
}

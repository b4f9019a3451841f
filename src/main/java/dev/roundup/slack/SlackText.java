package dev.roundup.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  public static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]{1,31})(?:\\|[^>]*)?>");
  /** A channel link; group 1 is the channel id, group 2 the name when Slack included it. */
  public static final Pattern CHANNEL = Pattern.compile("<#([CG][A-Z0-9]{1,31})(?:\\|([^>]*))?>");
  /**
   * A channel name typed without Slack's escaping ({@code #leads}, as a form's text or a command
   * Slack could not link arrives); group 1 is the name. Not inside a link or an entity, and a
   * sentence's full stop after it is not part of it.
   */
  public static final Pattern TYPED_CHANNEL =
      Pattern.compile("(?i)(?<![<\\w&/])#([a-z0-9][a-z0-9._-]{0,79})(?<!\\.)(?![\\w>|])");
  /** A link to a message; groups: channel id, seconds and microseconds of its ts. */
  public static final Pattern MESSAGE_LINK = Pattern.compile(
      "<?https?://[^\\s/>]+/archives/([CG][A-Z0-9]+)/p(\\d{10})(\\d{6})[^\\s>]*>?");

  private SlackText() {}

  /**
   * A link to a message as someone pasted it ("Copy link" on a message), found in typed text.
   *
   * @param channelId the channel it is in
   * @param ts        the message's ts
   * @param threadTs  the thread it is a reply in ({@code ?thread_ts=…}), or null
   * @param start     where the link (with its {@code <…>} markup) starts in the text
   * @param end       where it ends
   */
  public record PastedMessageLink(String channelId, String ts, String threadTs, int start, int end) {

    /** The thread the message belongs to: the one the link names, else the message's own. */
    public String thread() {
      return threadTs != null ? threadTs : ts;
    }
  }

  /**
   * The first link to a Slack message in typed text, however it arrived: bare (as typed), in
   * Slack's {@code <url>} or {@code <url|label>} markup (as Slack sends a pasted link), with or
   * without {@code ?thread_ts=…&cid=…} and with Slack's {@code &amp;} for {@code &}; empty when the
   * text has none.
   */
  public static Optional<PastedMessageLink> messageLink(String text) {
    Matcher m = PASTED_LINK.matcher(text == null ? "" : text);
    while (m.find()) {
      String url = m.group(1) != null ? m.group(1) : m.group(2);
      Matcher link = ARCHIVES_URL.matcher(url);
      if (link.matches()) {
        Matcher thread = THREAD_TS.matcher(link.group(4));
        return Optional.of(new PastedMessageLink(link.group(1), link.group(2) + "." + link.group(3),
            thread.find() ? thread.group(1) : null, m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

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
    return text == null ? "" : SPACES.matcher(USER.matcher(text).replaceAll(" ").trim()).replaceAll(" ");
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

  /**
   * The first channel name typed in the text that Slack did not turn into a link, if any: with
   * channels escaped (the manifest asks for it), Slack leaves a name as typed only when the person
   * cannot see such a channel, so a command answers that it found none rather than reading the
   * name as words. A name of digits alone ("PR #42") is a number, not a channel.
   */
  public static Optional<String> unlinkedChannelName(String text) {
    Matcher m = TYPED_CHANNEL.matcher(text == null ? "" : text);
    while (m.find()) {
      if (m.group(1).chars().anyMatch(Character::isLetter)) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether two texts a person typed say the same words, whatever their case and spacing: a task
   * or digest asked for again in other spacing is the same one.
   */
  public static boolean sameWords(String a, String b) {
    return words(a).equals(words(b));
  }

  private static String words(String text) {
    return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
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

  /** Whether the text is a Slack id (U…, C…, T…): capitals and digits, at most 32 of them. */
  public static boolean isId(String text) {
    return text != null && ID.matcher(text).matches();
  }

  /**
   * Text someone typed, made plain for parsing: marks that change the direction of text and
   * zero-width spaces are removed, other control characters too, and every kind of space becomes a
   * plain one. Zero-width joiners stay: emoji and some scripts need them.
   */
  public static String typed(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int plain = plain(c);
      if (plain != c && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null && plain >= 0) {
        sb.append((char) plain);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** The character to keep in its place, or -1 to drop it. */
  private static int plain(char c) {
    if (c == '\n' || c == '\t' || c == '\r') {
      return c;
    }
    if (INVISIBLE.indexOf(c) >= 0 || Character.getType(c) == Character.CONTROL) {
      return -1;
    }
    return Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c;
  }

  /**
   * Text someone typed, made safe to echo inside mrkdwn: {@code &}, {@code <} and {@code >} are
   * escaped, so typed {@code <!channel>} cannot notify, and direction marks are removed, so the
   * text cannot reorder what Roundup writes around it. User mentions and channel links stay: Slack
   * renders them as names and they notify no one in a reply only the typist sees. A web link stays
   * a working link with its address shown: {@code <https://x|label>} becomes
   * {@code label (<https://x>)}, so a label cannot disguise where it goes. Idempotent: Slack sends slash-command text already escaped
   * ({@code &lt;}), and that is not escaped twice.
   */
  public static String escape(String typed) {
    if (typed == null) {
      return "";
    }
    String text = typed(typed);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '<') {
        int end = referenceEnd(text, i);
        String reference = end < 0 ? null : text.substring(i, end + 1);
        if (reference != null && (USER.matcher(reference).matches() || CHANNEL.matcher(reference).matches())) {
          out.append(reference);
          i = end + 1;
          continue;
        }
        Matcher link = reference == null ? null : TYPED_LINK.matcher(reference);
        if (link != null && link.matches()) {
          // A link stays a link, its address in sight: a label cannot pass one address off as another.
          String url = "<" + link.group(1) + ">";
          out.append(link.group(2) == null || link.group(2).isBlank() ? url
              : escape(link.group(2)) + " (" + url + ")");
          i = end + 1;
          continue;
        }
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&' && !ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
        out.append("&amp;");
      } else {
        out.append(c);
      }
      i++;
    }
    return out.toString();
  }

  /**
   * Where a {@code <@…>}, {@code <#…>} or web or mail link starting at {@code at} closes, or -1 (a
   * bounded look only).
   */
  private static int referenceEnd(String text, int at) {
    boolean mention = at + 1 < text.length() && (text.charAt(at + 1) == '@' || text.charAt(at + 1) == '#');
    boolean link = text.startsWith("http", at + 1) || text.startsWith("mailto:", at + 1);
    if (!mention && !link) {
      return -1;
    }
    int limit = Math.min(text.length(), at + (link ? MAX_LINK : MAX_REFERENCE));
    for (int i = at + 2; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '>') {
        return i;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** Typed text quoted in a refusal: escaped, on one line, and cut to {@value #MAX_ECHO} characters. */
  public static String echo(String typed) {
    String text = SPACES.matcher(typed(typed).strip()).replaceAll(" ");
    if (text.length() > MAX_ECHO) {
      int cut = MAX_ECHO;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      text = text.substring(0, cut) + "…";
    }
    return escape(text);
  }

  /** The longest stretch of someone's text that a refusal quotes back. */
  public static final int MAX_ECHO = 80;
  /** A mention or channel link with a name is short; longer is not one. */
  private static final int MAX_REFERENCE = 300;
  /** Slack's links run to a few thousand characters with their label; a longer one is words. */
  private static final int MAX_LINK = 4_096;
  private static final Pattern ID = Pattern.compile("[A-Z0-9]{2,32}");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt);");
  /** A web or mail link as Slack sends what was typed: {@code <https://…>} or {@code <https://…|label>}. */
  private static final Pattern TYPED_LINK =
      Pattern.compile("<((?:https?://|mailto:)[^|<>\\s]+)(?:\\|([^<>]*))?>");
  /** A web link in Slack's markup (group 1, label dropped) or typed bare (group 2). */
  private static final Pattern PASTED_LINK =
      Pattern.compile("<(https?://[^|<>\\s]+)(?:\\|[^<>]*)?>|(?<![\\w<])(https?://[^<>\\s]+)");
  /** A message's address: channel, seconds and microseconds of its ts, then whatever follows. */
  private static final Pattern ARCHIVES_URL =
      Pattern.compile("https?://[^/\\s]+/archives/([CG][A-Z0-9]{1,31})/p(\\d{10})(\\d{6})(?!\\d)(\\S*)");
  /** The thread a reply's link names, after {@code ?}, {@code &} or Slack's {@code &amp;}. */
  private static final Pattern THREAD_TS = Pattern.compile("[?&;]thread_ts=(\\d{10}\\.\\d{6})");
  /** Direction marks, embeddings, overrides and isolates; zero-width space, word joiner, BOM. */
  private static final String INVISIBLE = "\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
      + "\u2060\u2066\u2067\u2068\u2069\u061C\uFEFF";
}

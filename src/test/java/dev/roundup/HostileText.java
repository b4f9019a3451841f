package dev.roundup;

import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/**
 * Generators of what people (and attackers) type: words Roundup's parsers know, numbers out of
 * range, Slack's escapes and ones it never sends, mrkdwn, SQL- and HTML-looking text, quotes that
 * never close, right-to-left and zero-width characters, emoji, random Unicode, and very long text.
 * Property tests of every parser of user text draw from these.
 */
public final class HostileText {

  /** Words of the commands and the schedule grammar, so that some inputs get far into a parser. */
  public static final List<String> WORDS = List.of("every", "each", "other", "weekday", "weekdays",
      "day", "week", "month", "year", "monday", "Friday", "tue", "at", "on", "in", "the", "of", "and",
      "to", "me", "9am", "4pm", "12:00", "25:00", "noon", "midnight", "tomorrow", "today", "next",
      "last", "since", "hours", "days", "3d", "7d", "90d", "91d", "2h", "1st", "31st", "0th",
      "remind", "summarize", "digest", "focus", "list", "ls", "help", "?", "pause", "resume", "run",
      "delete", "rm", "edit", "preview", "timezone", "tz", "all", "thread", "this", "dm", "with",
      "about", "Europe/Berlin", "America/New_York", "UTC", "Mars/Olympus", "GMT+99", "..", "/");

  /** Numbers a parser may choke on. */
  public static final List<String> NUMBERS = List.of("0", "1", "3", "#3", "-1", "-0", "+5", "1e9",
      "1.5", "007", "2147483647", "2147483648", "9223372036854775807", "99999999999999999999",
      "0x1F", "٣", "１２", "NaN", "Infinity", "1_000");

  /** Slack's escapes (well-formed and not), mrkdwn, and markup that must never pass unescaped. */
  public static final List<String> MARKUP = List.of("<#C0ENG|eng>", "<#C0ENG>", "<#C0DESIGN|design>",
      "<#C0LEADS|leads>", "<#CNOSUCH|ghost>", "<@U0ALICE>", "<@U0BORIS|boris>", "<@UNOSUCH>",
      "<!channel>", "<!here>", "<!everyone>", "<!subteam^S123|@team>", "<https://evil.example|bank>",
      "<mailto:a@b.c>", "<#C" + "X".repeat(40) + ">", "<@U" + "9".repeat(40) + ">", "<#", "<@", "<", ">",
      "&", "&lt;", "&gt;", "&amp;", "&#x3c;", "*bold*", "_it_", "~s~", "`code`", "```block```", "> quote",
      "#eng", "#general", "#no-such-channel", "@alice",
      "https://x.slack.com/archives/C0ENG/p1700000000000100", "in thread https://nowhere/x");

  /** Text that looks like SQL, HTML, format strings and other injection attempts. */
  public static final List<String> INJECTION = List.of("'; DROP TABLE tasks; --", "\" OR 1=1 --",
      "Robert'); DELETE FROM digest_subscriptions;--", "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>", "%s%s%n", "{0}", "${jndi:ldap://x/a}", "\\", "\\n", "../../etc/passwd",
      "\u0000", "\u0007", "\u001b[2J", "\r\n", "\t");

  /** Quotes, opened and left open. */
  public static final List<String> QUOTES = List.of("\"", "“", "”", "'", "\"launches", "“risks",
      "focus \"open", "'", "\"\"", "«", "»");

  /** Characters that change direction, take no width, or are not the plain space. */
  public static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u200E", "\u200F",
      "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060",
      "\uFEFF", "\u00A0", "\u2007", "\u3000", "\u061C", "\u180E");

  /** Emoji, scripts written right to left, combining marks, and characters outside the BMP. */
  public static final List<String> UNICODE = List.of("👋", "👨‍👩‍👧", "🏳️‍🌈", "שלום", "مرحبا", "résumé",
      "e\u0301", "日本語", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ω", "ß", "İ", "ﬁ", "\uD83D\uDE00", "ǅ");

  private static final java.util.regex.Pattern PLAIN_LINK =
      java.util.regex.Pattern.compile("<(?:https?://|mailto:)[^|<>\\s]+>");

  private HostileText() {}

  /**
   * Whether text Roundup writes has a {@code <} or {@code >} that is not a user mention, a channel
   * link, a link to a Slack message or a web or mail link without a label: such a bracket is live
   * mrkdwn ({@code <!channel>}, a label passing one address off as another), so typed text that
   * reaches a reply must arrive escaped.
   */
  public static boolean hasRawMarkup(String text) {
    String withoutReferences = text;
    for (java.util.regex.Pattern reference : List.of(dev.roundup.slack.SlackText.MESSAGE_LINK,
        dev.roundup.slack.SlackText.USER, dev.roundup.slack.SlackText.CHANNEL, PLAIN_LINK)) {
      withoutReferences = reference.matcher(withoutReferences).replaceAll("");
    }
    return withoutReferences.indexOf('<') >= 0 || withoutReferences.indexOf('>') >= 0;
  }

  /** One fragment of any kind, random Unicode and ASCII runs included. */
  public static Gen<String> fragment() {
    return frequency(List.of(
        Pair.of(6, pick(WORDS)),
        Pair.of(3, pick(NUMBERS)),
        Pair.of(3, pick(MARKUP)),
        Pair.of(2, pick(INJECTION)),
        Pair.of(2, pick(QUOTES)),
        Pair.of(2, pick(INVISIBLE)),
        Pair.of(2, pick(UNICODE)),
        Pair.of(2, codePoints(1, 6)),
        Pair.of(2, ascii(1, 12))));
  }

  /** Up to {@code maxFragments} fragments joined by spaces or nothing. */
  public static Gen<String> text(int maxFragments) {
    Gen<String> separator = frequency(Pair.of(8, constant(" ")), Pair.of(1, constant("")),
        Pair.of(1, pick(List.of("  ", "\n", ",", "\t", "\u00A0"))));
    return range(0, maxFragments).flatMap(n -> in -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(separator.generate(in));
        }
        sb.append(fragment().generate(in));
      }
      return sb.toString();
    });
  }

  /** Mostly short text, sometimes a fragment repeated into thousands of characters, once in a while 40,000. */
  public static Gen<String> any() {
    Gen<String> repeated = fragment().zip(range(100, 3_000), String::repeat)
        .map(s -> s.length() > 6_000 ? s.substring(0, 6_000) : s);
    Gen<String> huge = fragment().map(f -> (f.isEmpty() ? "x" : f).repeat(40_000 / Math.max(1, f.length()) + 1)
        .substring(0, 40_000));
    return frequency(List.of(Pair.of(40, text(10)), Pair.of(3, repeated), Pair.of(1, huge)));
  }

  /** Printable ASCII, including every punctuation character. */
  public static Gen<String> ascii(int min, int max) {
    return range(min, max).flatMap(n -> in -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append((char) range(0x20, 0x7e).generate(in).intValue());
      }
      return sb.toString();
    });
  }

  /** Any Unicode scalar values (no lone surrogates: Slack sends valid UTF-8). */
  public static Gen<String> codePoints(int min, int max) {
    return range(min, max).flatMap(n -> in -> {
      StringBuilder sb = new StringBuilder();
      while (sb.codePointCount(0, sb.length()) < n) {
        int cp = range(1, 0x10FFFF).generate(in);
        if (cp < 0xD800 || cp > 0xDFFF) {
          sb.appendCodePoint(cp);
        }
      }
      return sb.toString();
    });
  }
}

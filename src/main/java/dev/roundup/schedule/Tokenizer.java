package dev.roundup.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a phrase into tokens. Dates ({@code 2026-12-31}, {@code 12/31}, day first with dots
 * {@code 31.12.} and {@code 31.12.2026}), clock times
 * ({@code 9:15am}, {@code 9.15}), ordinals ({@code 1st}) and hours with a meridiem ({@code 4pm})
 * stay whole;
 * "a.m." becomes "am", "o'clock" becomes "oclock", "@" becomes "at". Other punctuation is dropped,
 * except commas, slashes and hyphens, which separate list items ("tue/thu") and ranges
 * ("mon-fri").
 */
final class Tokenizer {

  private static final Pattern TOKEN = Pattern.compile(String.join("|",
      "\\d{4}-\\d{1,2}-\\d{1,2}",
      "\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?",
      "(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:\\d{4}|\\d{2})?(?![\\d.])",
      "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:[ap]\\.m\\.?|[ap]m|[ap])\\b)?",
      "\\d{1,2}(?:[ap]\\.m\\.?|[ap]m|[ap])\\b",
      "\\d+(?:st|nd|rd|th)\\b",
      "\\d{1,2}h\\d{0,2}\\b",
      "\\d{3,4}h\\b",
      "\\d{1,2}\\.\\d{2}(?:\\s?(?:[ap]\\.m\\.?|[ap]m|[ap])\\b)?(?![.\\d])",
      "\\d+",
      "[ap]\\.m\\.?",
      "o'clock",
      "[a-z]+",
      "[,/@-]"));

  private Tokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(lowerKeepingOffsets(text));
    while (m.find()) {
      tokens.add(new Token(normalize(m.group()), m.start(), m.end()));
    }
    return tokens;
  }

  /**
   * Lower case one char at a time: String.toLowerCase may change the length ("İ" becomes two
   * chars), and every token's offsets must point into the text as typed.
   */
  private static String lowerKeepingOffsets(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = chars[i] == '\u2019' ? '\'' : Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private static String normalize(String raw) {
    String t = raw.replace("a.m.", "am").replace("p.m.", "pm").replace("a.m", "am").replace("p.m", "pm")
        .replace(" ", "");
    if (t.equals("o'clock")) {
      return "oclock";
    }
    if (t.equals("@")) {
      return "at";
    }
    return t;
  }
}

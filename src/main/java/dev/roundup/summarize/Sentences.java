package dev.roundup.summarize;

import java.util.regex.Pattern;

/** Small text helpers for output sentences. */
final class Sentences {

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;:!?)]+$");
  private static final Pattern DANGLING_SEPARATOR = Pattern.compile("[,;:\\-–—]$");

  private Sentences() {}

  /**
   * The text with its first letter upper-cased, when its first word is an ordinary lower-case
   * word. A URL, a path or a name in mixed case ("https://…", "~/bin", "iOS", "e.g.") is left
   * as typed: capitalising it would change what it says.
   */
  static String capitalize(String text) {
    String t = text.strip();
    if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
      return t;
    }
    int end = 0;
    while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
      end++;
    }
    String first = TRAILING_PUNCTUATION.matcher(t.substring(0, end)).replaceAll("");
    for (int i = 0; i < first.length(); i++) {
      char c = first.charAt(i);
      if (!Character.isLowerCase(c) && c != '\'' && c != '’' && c != '-') {
        return t;
      }
    }
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  /** At most {@code max} characters, cut at a word boundary with an ellipsis. */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return DANGLING_SEPARATOR.matcher(text.substring(0, cut).stripTrailing()).replaceAll("") + "…";
  }
}

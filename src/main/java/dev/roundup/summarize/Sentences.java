package dev.roundup.summarize;

/** Small text helpers for output sentences. */
final class Sentences {

  private Sentences() {}

  static String capitalize(String text) {
    String t = text.strip();
    if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
      return t;
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
    return text.substring(0, cut).stripTrailing().replaceAll("[,;:\\-–—]$", "") + "…";
  }
}

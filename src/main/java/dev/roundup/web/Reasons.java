package dev.roundup.web;

/** Pieces of a request quoted back in a refusal: short, and printable ASCII only. */
final class Reasons {

  private static final int MAX_QUOTED = 40;

  private Reasons() {}

  /**
   * The text as it may appear in a refusal's reason: characters other than printable ASCII become
   * {@code ?} and it is cut to {@value #MAX_QUOTED} characters, so a refusal never echoes a large
   * or strange body back to whoever sent it.
   */
  static String quote(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < MAX_QUOTED; i++) {
      char c = text.charAt(i);
      sb.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '?');
    }
    return text.length() > MAX_QUOTED ? sb + "..." : sb.toString();
  }
}

package dev.roundup.summarize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims what opens a spoken or chatty sentence without adding to it: discourse markers and
 * interjections ("Well,", "Oh,", "So,", "OK,") and a titled person addressed ("Mr. Smith,",
 * "Sir,"). A summary line is read out of its conversation, where those words only cost the reader
 * time. Only text shown to people is trimmed; scoring sees the sentence as said. A bare first name
 * ("Kate, …") is kept: it cannot be told from other openers reliably, and it often says who is
 * involved.
 */
final class SpokenOpenings {

  private static final Pattern MARKER = Pattern.compile("(?i)^(?:well|oh|ah|ahh|so|ok|okay"
      + "|alright|all right|yes|yeah|yep|no|nope|now|anyway|actually|look|listen|hey|hi|hello"
      + "|um|uh|hmm+|wow|gosh|right|sure|fine|great|i see|you know|i mean|excuse me|sorry"
      + "|dear|honey|sir|madam|ma'am)\\s*(?:[,!.…]+|\\s-+)\\s*");
  private static final Pattern TITLED_NAME = Pattern.compile(
      "^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\\.?\\s+\\p{Lu}[\\p{L}'-]*\\s*,\\s*");
  /** Openers stacked one after another ("Oh, well, sir, …") are trimmed in turn, a few at most. */
  private static final int MAX_OPENERS = 4;

  private SpokenOpenings() {}

  static String trim(String sentence) {
    String original = sentence.strip();
    String t = original;
    for (int i = 0; i < MAX_OPENERS; i++) {
      String before = t;
      t = strip(TITLED_NAME, strip(MARKER, t));
      if (t.equals(before)) {
        break;
      }
    }
    // Trimming must leave a sentence; when the opener was all there was, keep it as said.
    return t.codePoints().filter(Character::isLetterOrDigit).count() < 3 ? original : t;
  }

  private static String strip(Pattern opener, String text) {
    Matcher m = opener.matcher(text);
    return m.find() ? text.substring(m.end()) : text;
  }
}

package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts plain message text into sentences: at line breaks (chat lines are sentences) and after
 * {@code . ! ?} followed by a space, except after common abbreviations and initials, and after
 * {@code 。！？}, which need no space.
 */
final class SentenceSplitter {

  // Chinese and Japanese full stops end a sentence without a space after them.
  private static final Pattern END =
      Pattern.compile("[.!?…]+[\"')\\]]*\\s+|[。！？]+[」』）]*\\s*");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?i)(?:\\b(?:e\\.g|i\\.e|etc|vs|mr|mrs|ms|dr|st|approx|incl|jan|feb|mar|apr|jun|jul|aug"
          + "|sep|sept|oct|nov|dec|a\\.m|p\\.m)|\\b\\p{Lu})\\.$");
  /** Characters at the end of a sentence that can hold any of the abbreviations above. */
  private static final int ABBREVIATION_TAIL = 10;

  private SentenceSplitter() {}

  static List<String> split(String plainText) {
    List<String> sentences = new ArrayList<>();
    for (String line : plainText.split("\n")) {
      splitLine(line, sentences);
    }
    return sentences;
  }

  private static void splitLine(String line, List<String> out) {
    Matcher m = END.matcher(line);
    int start = 0;
    while (m.find()) {
      String head = line.substring(start, m.end()).strip();
      String punct = line.substring(m.start(), m.end()).strip();
      boolean abbreviation = punct.equals(".") && endsWithAbbreviation(head);
      if (!abbreviation) {
        add(head, out);
        start = m.end();
      }
    }
    add(line.substring(start).strip(), out);
  }

  /**
   * An abbreviation ends the text, so only its last few characters are searched (the longest,
   * "approx.", has seven); transparent bounds let {@code \b} see the character before them.
   */
  private static boolean endsWithAbbreviation(String head) {
    return ABBREVIATION.matcher(head)
        .region(Math.max(0, head.length() - ABBREVIATION_TAIL), head.length())
        .useTransparentBounds(true)
        .find();
  }

  private static void add(String sentence, List<String> out) {
    if (sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
      out.add(sentence);
    }
  }
}

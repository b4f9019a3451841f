package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** User mentions ({@code <@U123>}) in cleaned text. */
final class Mentions {

  static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)>");

  private Mentions() {}

  /** Mentioned user ids, in order, without repeats. */
  static List<String> in(String text) {
    List<String> ids = new ArrayList<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      if (!ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }
}

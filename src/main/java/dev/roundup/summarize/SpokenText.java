package dev.roundup.summarize;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tidies spoken text (huddle notes, pasted call transcripts): drops transcriber annotations such
 * as {@code {vocalsound}} or {@code [inaudible]}, filler sounds ("um", "uh", "mm-hmm") and
 * stuttered repeats ("the the"), which carry no meaning and would crowd out words that do.
 * Written chat rarely has any of these, so it passes through unchanged.
 */
final class SpokenText {

  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,.;:]\\s*");
  private static final Pattern ANNOTATION = Pattern.compile(
      "\\{[a-z_]+\\}|\\[(?i:inaudible|crosstalk|laughter|laughs|silence|pause|noise|music"
          + "|unintelligible)\\]|\\((?i:laughs|laughter|inaudible|pause|crosstalk)\\)");
  private static final Pattern FILLER = Pattern.compile(
      "(?i)(?<![\\w'-])(?:um+|uh+|uhm+|erm+|er|hmm+|mm+|mm-hmm|uh-huh|ah+)(?![\\w'-])[,.]?");
  private static final Pattern FILLER_WORD =
      Pattern.compile("um+|uh+|uhm+|erm+|er|hmm+|mm+|mm-hmm|uh-huh|ah+");
  private static final Pattern REPEAT = Pattern.compile("(?i)\\b(\\w+)(?:\\s+\\1\\b)+");
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,.!?;:])");
  private static final Pattern DOUBLE_COMMA = Pattern.compile(",\\s*(?=[,.!?])");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

  private SpokenText() {}

  static String tidy(String text) {
    if (!looksSpoken(text)) {
      return text;
    }
    String t = ANNOTATION.matcher(text).replaceAll(" ");
    t = FILLER.matcher(t).replaceAll(" ");
    t = REPEAT.matcher(t).replaceAll("$1");
    t = SPACE_BEFORE_PUNCT.matcher(t).replaceAll("$1");
    t = DOUBLE_COMMA.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ");
    return LEADING_PUNCTUATION.matcher(t.strip()).replaceAll("");
  }

  /**
   * A cheap gate, one pass over the words: an annotation bracket, a filler sound or a word said
   * twice in a row must occur for the patterns above to change anything.
   */
  private static boolean looksSpoken(String text) {
    if (text.indexOf('{') >= 0 || text.indexOf('[') >= 0 || text.indexOf('(') >= 0) {
      return true;
    }
    String previous = "";
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      // Every filler sound starts with one of these letters; most words skip the pattern.
      boolean mayBeFiller = "uehma".indexOf(word.charAt(0)) >= 0;
      if (word.equals(previous) || mayBeFiller && FILLER_WORD.matcher(word).matches()) {
        return true;
      }
      previous = word;
    }
    return false;
  }
}

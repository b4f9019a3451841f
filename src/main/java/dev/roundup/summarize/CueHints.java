package dev.roundup.summarize;

import java.util.List;
import java.util.Locale;

/**
 * Cheap substring checks run before a cue's regular expression. Most sentences contain none of
 * a cue's words, and a plain {@code contains} is far cheaper than a case-insensitive pattern
 * with many alternatives; on long channels the difference is most of the run time.
 */
record CueHints(List<String> words) {

  static CueHints of(String... words) {
    return new CueHints(List.of(words));
  }

  /** False only when the sentence cannot match: none of the hint words occurs in it. */
  boolean mayMatch(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }
}

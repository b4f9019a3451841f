package dev.roundup.summarize;

import java.util.List;
import java.util.Locale;

/**
 * Cheap substring checks run before a cue's regular expression. Most sentences contain none of
 * a cue's words, and a plain {@code contains} is far cheaper than a case-insensitive pattern
 * with many alternatives; on long channels the difference is most of the run time.
 */
record CueHints(List<String> words) {

  /**
   * The last text lower-cased on this thread: one sentence is checked against several cues in a
   * row, and lower-casing it once rather than once per cue halves the cost of the checks.
   */
  private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

  static CueHints of(String... words) {
    return new CueHints(List.of(words));
  }

  /** False only when the sentence cannot match: none of the hint words occurs in it. */
  boolean mayMatch(String text) {
    String lower = lowerCase(text);
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String lowerCase(String text) {
    String[] last = LAST.get();
    if (last[0] != text) { // the same String object: the same sentence
      last[0] = text;
      last[1] = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
    return last[1];
  }
}

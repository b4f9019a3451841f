package dev.roundup.schedule;

import java.util.List;
import java.util.Optional;

/**
 * "did you mean Wednesday?": the schedule word a word not understood is a slip of, so a refusal
 * names the word at fault and its likely fix instead of only saying it was not read. Only whole
 * day and month names and the longer schedule words are offered, and only for words of four
 * letters or more, so that ordinary words of a message ("mom", "marc") are not taken for typos.
 */
final class Spelling {

  /** Day, relative-day and schedule words, as they are shown in a suggestion. */
  private static final List<String> WORDS = List.of("Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July",
      "August", "September", "October", "November", "December", "every", "tomorrow", "today",
      "tonight", "weekday", "weekdays", "weekend", "daily", "weekly", "monthly", "hourly",
      "minutes", "hours", "morning", "afternoon", "evening", "until", "starting");
  /** Words that name the day a one-off runs on by themselves: "tomorow" starts a schedule. */
  private static final List<String> RELATIVE = List.of("tomorrow", "today", "tonight");

  private Spelling() {}

  /** The schedule word {@code word} is likely a slip of (edit distance 1, or 2 for long words). */
  static Optional<String> suggest(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    int allowed = w.length() >= 7 ? 2 : 1;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : WORDS) {
      // The distance is at least the difference in length: a word far longer than any schedule
      // word (pasted text, 40,000 characters of it) is compared with none.
      if (Math.abs(w.length() - candidate.length()) > allowed) {
        continue;
      }
      int d = distance(w, candidate.toLowerCase(java.util.Locale.ROOT));
      if (d > 0 && d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the suggestion names a day by itself, as "tomorrow" does. */
  static boolean namesADay(String suggestion) {
    return RELATIVE.contains(suggestion);
  }

  /** Edit distance counting a swap of two neighbouring letters as one edit ("wendesday"). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

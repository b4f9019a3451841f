package dev.roundup.digest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subscriber's focus ("launches, risks, customer issues") as word stems, and how many of them
 * a text mentions. Stems are crude on purpose (plural and -ing/-ed endings dropped) so "launch"
 * matches "launches" and "launching" without a dictionary.
 */
public final class FocusMatcher {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern NOT_WORDS = Pattern.compile("<[@#!][^>]*>|https?://\\S+");
  private static final Set<String> FILLER = Set.of("and", "the", "for", "with", "about", "any",
      "all", "our", "from", "into", "that", "this", "what", "new");

  private final List<String> stems;

  private FocusMatcher(List<String> stems) {
    this.stems = stems;
  }

  public static FocusMatcher of(String focus) {
    if (focus == null || focus.isBlank()) {
      return new FocusMatcher(List.of());
    }
    Set<String> stems = new LinkedHashSet<>();
    Matcher m = WORD.matcher(focus.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String word = m.group();
      if (word.length() >= 3 && !FILLER.contains(word)) {
        stems.add(stem(word));
      }
    }
    return new FocusMatcher(new ArrayList<>(stems));
  }

  public boolean isEmpty() {
    return stems.isEmpty();
  }

  /** How many distinct focus stems the text mentions. */
  public int hits(String text) {
    if (stems.isEmpty() || text == null) {
      return 0;
    }
    // Runs on every message of every channel: skip the markup pass when there is no markup, and
    // count distinct stems without building a set.
    boolean markup = text.indexOf('<') >= 0 || text.contains("http");
    String plain = markup ? NOT_WORDS.matcher(text).replaceAll(" ") : text;
    boolean[] found = new boolean[stems.size()];
    int count = 0;
    Matcher m = WORD.matcher(plain.toLowerCase(Locale.ROOT));
    while (m.find() && count < found.length) {
      int at = stems.indexOf(stem(m.group()));
      if (at >= 0 && !found[at]) {
        found[at] = true;
        count++;
      }
    }
    return count;
  }

  static String stem(String word) {
    String w = word;
    for (String suffix : new String[] {"ing", "ies", "es", "ed", "s"}) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
        w = w.substring(0, w.length() - suffix.length());
        if (suffix.equals("ies")) {
          w = w + "y";
        }
        break;
      }
    }
    // "launche" (launches minus s) and "launch" must meet: drop a final e as well.
    return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }
}

package dev.roundup.summarize;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two sentences are about the same thing: a content word in common, or a number ("June
 * 12-13 or June 19-20?" — "19-20 works"), which names an option as well as a word does.
 */
final class SameSubject {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[-–/.:]\\d+)*");

  private SameSubject() {}

  static boolean shares(Sentence a, Sentence b) {
    for (String term : b.terms()) {
      if (a.terms().contains(term)) {
        return true;
      }
    }
    if (!hasDigit(b.text()) || !hasDigit(a.text())) {
      return false; // most sentences name no number: spare them the pattern
    }
    Set<String> named = numbers(a);
    return numbers(b).stream().anyMatch(named::contains);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "June 12-13 or June 19-20?" — "19-20 works": dates, times and versions name an option as
   * well as words do, though short numbers are no content terms.
   */
  static Set<String> numbers(Sentence s) {
    if (!hasDigit(s.text())) {
      return Set.of();
    }
    Set<String> found = new HashSet<>();
    java.util.regex.Matcher m = NUMBER.matcher(s.text());
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}

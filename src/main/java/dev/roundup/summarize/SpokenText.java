package dev.roundup.summarize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies spoken text (huddle notes, pasted call transcripts): drops transcriber annotations such
 * as {@code {vocalsound}} or {@code [inaudible]}, filler sounds and, in English, stuttered repeats
 * ("the the"), which carry no meaning and would crowd out words that do. Written chat rarely has
 * any of these, so it passes through unchanged.
 *
 * <p>Filler sounds are a language's own: English "um" is German and French "um" ("kümmert sich um
 * die Übersetzung"), Portuguese "um" is "a", German "er" is "he". Each language drops only the
 * sounds that are never a word in it, and a language without a list drops none. Doubled words
 * are grammar in other languages ("nous nous voyons", "die Leute, die die Tests schreiben"), so
 * only English folds repeats. Text quoted back to people is never tidied: a quote shows what was
 * written.
 */
final class SpokenText {

  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,.;:]\\s*");
  private static final Pattern ANNOTATION = Pattern.compile(
      "\\{[a-z_]+\\}|\\[(?i:inaudible|crosstalk|laughter|laughs|silence|pause|noise|music"
          + "|unintelligible)\\]|\\((?i:laughs|laughter|inaudible|pause|crosstalk)\\)");
  /**
   * Filler sounds by language, capitalised at most on their first letter: "ER" (the emergency
   * room) and "UM" are acronyms. "mm" after a number is millimetres ("a 5 mm gap").
   */
  private static final Map<String, Fillers> FILLERS = Map.of(
      "en", filler("[Mm]m-hmm|[Uu]h-huh|[Uu]hm+|[Uu]m+|[Uu]h+|[Ee]rm+|[Ee]r|[Hh]mm+|(?<!\\d\\s?)[Mm]m+"
          + "|[Aa]h+"),
      "de", filler("[ÄäÖö]hm*|[Hh]m+"),
      "fr", filler("[Ee]uh+|[Bb]euh+|[Hh]um+|[Hh]mm+"),
      "es", filler("[Ee]hm+|[Mm]mm+|[Hh]mm+"),
      "pt", filler("[Hh]ã+|[Aa]hn+|[Hh]mm+"));
  /** A word said twice or more in a row; "that that" and "had had" are English grammar. */
  private static final Pattern REPEAT =
      Pattern.compile("(?i)\\b(?!(?:that|had)\\b)(\\w+)(?:\\s+\\1\\b)+");
  private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([,.!?;:])");
  private static final Pattern DOUBLE_COMMA = Pattern.compile(",\\s*(?=[,.!?])");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

  private SpokenText() {}

  /**
   * Whether two words in a row are the same but for case, a word being a run of the characters
   * {@code \w} stands for, the two parted by whitespace alone: true of every text in which
   * {@link #REPEAT} finds a repeat, since its first word starts where a run does (a boundary
   * cannot fall inside one) and its second ends where a run does. {@link #REPEAT} has no literal
   * text to look for first, and trying its back-reference from every word of every message costs
   * more than this walk; nearly no text passes it.
   */
  static boolean sameWordTwice(String text) {
    int n = text.length();
    int space = 0;
    while (true) {
      while (space < n && !isSpace(text.charAt(space))) {
        space++;
      }
      if (space >= n) {
        return false;
      }
      int next = space;
      while (next < n && isSpace(text.charAt(next))) {
        next++;
      }
      int first = space;
      while (first > 0 && isWordChar(text.charAt(first - 1))) {
        first--;
      }
      int length = space - first;
      if (length > 0 && next + length <= n
          && (next + length == n || !isWordChar(text.charAt(next + length)))
          && text.regionMatches(true, first, text, next, length)) {
        return true;
      }
      space = next;
    }
  }

  /** A character of {@code \s} (without Unicode classes): [ \t\n\x0B\f\r]. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A character of {@code \w} (without Unicode classes): [a-zA-Z_0-9]. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static Fillers filler(String sounds) {
    return new Fillers(
        Pattern.compile("(?<![\\p{L}\\p{N}'-])(?:" + sounds + ")(?![\\p{L}\\p{N}'-])[,.]?"),
        Pattern.compile(sounds), letters(sounds));
  }

  /**
   * A language's filler sounds: the pattern that drops them ({@code pattern}), a sound alone
   * ({@code sound}) and the characters sounds are written with ({@code letters}). The pattern
   * has no literal text to look for first and ran on every message; {@link #mayBeIn} is a cheap
   * walk over the text that is true wherever the pattern finds a sound.
   */
  private record Fillers(Pattern pattern, Pattern sound, String letters) {

    /**
     * Whether a word of the text (a run of letters, digits, apostrophes and hyphens: what the
     * pattern's look-behind and look-ahead stop at) is written only with the sounds' characters
     * and is a sound: a sound the pattern finds is such a word whole. Most words have a character
     * no sound has, so the sound is tried on few.
     */
    boolean mayBeIn(String text) {
      Matcher matcher = null;
      int n = text.length();
      int start = 0;
      while (start < n) {
        while (start < n && !inWord(text.charAt(start))) {
          start++;
        }
        int end = start;
        boolean soundLetters = true;
        while (end < n && inWord(text.charAt(end))) {
          soundLetters &= letters.indexOf(text.charAt(end)) >= 0;
          end++;
        }
        if (soundLetters && end > start) {
          matcher = matcher == null ? sound.matcher(text) : matcher;
          if (matcher.region(start, end).matches()) {
            return true;
          }
        }
        start = end;
      }
      return false;
    }

    /**
     * A character of {@code [\p{L}\p{N}'-]}. Half of a surrogate pair counts as none: no sound
     * is written with one, so a word it borders is tried the more.
     */
    private static boolean inWord(char c) {
      if (Character.isLetter(c) || c == '\'' || c == '-') {
        return true;
      }
      int type = Character.getType(c);
      return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER;
    }
  }

  /**
   * The characters the sounds are written with: their letters, outside escapes such as the
   * {@code \d} of a look-behind, and the hyphen of "mm-hmm".
   */
  private static String letters(String sounds) {
    StringBuilder letters = new StringBuilder("-");
    for (int i = 0; i < sounds.length(); i++) {
      char c = sounds.charAt(i);
      if (c == '\\') {
        i++;
      } else if (Character.isLetter(c)) {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  /** The text tidied as spoken {@code language} (an ISO 639-1 code, see {@link LanguageDetector}). */
  static String tidy(String text, String language) {
    Fillers fillers = FILLERS.get(language);
    Pattern filler = fillers == null ? null : fillers.pattern();
    boolean english = "en".equals(language);
    boolean annotated =
        text.indexOf('{') >= 0 || text.indexOf('[') >= 0 || text.indexOf('(') >= 0;
    boolean filled = filler != null && fillers.mayBeIn(text) && RegexPrefilter.find(filler, text);
    boolean repeated = english && sameWordTwice(text) && RegexPrefilter.find(REPEAT, text);
    if (!annotated && !filled && !repeated) {
      return text;
    }
    String t = annotated ? ANNOTATION.matcher(text).replaceAll(" ") : text;
    if (filled) {
      t = filler.matcher(t).replaceAll(" ");
    }
    if (english) {
      t = REPEAT.matcher(t).replaceAll("$1");
    }
    t = SPACE_BEFORE_PUNCT.matcher(t).replaceAll("$1");
    t = DOUBLE_COMMA.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ");
    return LEADING_PUNCTUATION.matcher(t.strip()).replaceAll("");
  }
}

package dev.roundup.summarize;

import java.util.Map;
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
  private static final Map<String, Pattern> FILLERS = Map.of(
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

  private static Pattern filler(String sounds) {
    return Pattern.compile("(?<![\\p{L}\\p{N}'-])(?:" + sounds + ")(?![\\p{L}\\p{N}'-])[,.]?");
  }

  /** The text tidied as spoken {@code language} (an ISO 639-1 code, see {@link LanguageDetector}). */
  static String tidy(String text, String language) {
    Pattern filler = FILLERS.get(language);
    boolean english = "en".equals(language);
    boolean annotated =
        text.indexOf('{') >= 0 || text.indexOf('[') >= 0 || text.indexOf('(') >= 0;
    boolean filled = filler != null && RegexPrefilter.find(filler, text);
    boolean repeated = english && RegexPrefilter.find(REPEAT, text);
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

package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits plain text into the terms that carry content: lower-cased, light-stemmed words without
 * stop words. Mentions, channel references and links are not words and are left out, so that
 * a user id never counts as shared vocabulary.
 */
final class Terms {

  private static final Pattern NOT_WORDS = Pattern.compile("<[@#!][^>]*>|https?://\\S+|#[\\w-]+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  static final Set<String> STOP_WORDS = Set.copyOf(List.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
      "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do",
      "does", "doesn't", "doing", "don't", "down", "during", "each", "else", "even", "ever", "few",
      "for", "from", "further", "get", "gets", "got", "had", "hadn't", "has", "hasn't", "have",
      "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers",
      "herself", "him", "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if",
      "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "let", "let's", "like",
      "maybe", "me", "might", "more", "most", "much", "must", "mustn't", "my", "myself", "no",
      "nor", "not", "now", "of", "off", "oh", "ok", "okay", "on", "once", "one", "only", "or",
      "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "really", "same", "shall",
      "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such",
      "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there",
      "there's", "these", "they", "they'd", "they'll", "they're", "they've", "thing", "things",
      "think", "this", "those", "though", "through", "to", "too", "um", "uh", "under", "until",
      "up", "us", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "well", "were",
      "weren't", "what", "what's", "when", "when's", "where", "where's", "which", "while", "who",
      "who's", "whom", "why", "why's", "will", "with", "won't", "would", "wouldn't", "yeah", "yes",
      "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself",
      "yourselves", "mm", "hmm", "uh-huh", "okay", "gonna", "wanna", "kind", "sort", "lot",
      "actually", "basically", "probably", "anyway", "sure", "right", "know", "mean", "going",
      "go", "say", "said", "see", "yep", "yup", "nope", "hey", "hi", "hello", "thanks", "thank",
      "ll", "re", "ve", "s", "t", "d", "m"));

  private Terms() {}

  /** The text without mentions, channel references and links, which are not words. */
  static String withoutMarkup(String text) {
    boolean markup = text.indexOf('<') >= 0 || text.indexOf('#') >= 0 || text.contains("http");
    return markup ? NOT_WORDS.matcher(text).replaceAll(" ") : text;
  }

  /**
   * The text lower-cased, with everything but letters and digits turned into single spaces: two
   * sayings compared without case, punctuation or spacing ("Agreed on the scope!" and "agreed on
   * the scope"). Mentions and links stay, as their ids and words.
   */
  static String plainWords(String text) {
    return NOT_LETTER_OR_DIGIT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT))
        .replaceAll(" ").strip();
  }

  /** Lower-cased words in order, stop words included; mentions, channels and links left out. */
  static List<String> words(String text) {
    String plain = withoutMarkup(text).replace('’', '\'');
    // A word is [\p{L}\p{N}]+(?:'\p{L}+)? ("don't" is one word). Scanned by hand rather than
    // with a pattern: this runs on every sentence of every conversation, and is several times
    // faster so.
    List<String> words = new ArrayList<>();
    int n = plain.length();
    int i = 0;
    while (i < n) {
      int cp = plain.codePointAt(i);
      if (!isLetterOrNumber(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && isLetterOrNumber(cp = plain.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      if (i < n && plain.charAt(i) == '\'') { // "don't": an apostrophe and letters stay on
        int end = i + 1;
        while (end < n && Character.isLetter(cp = plain.codePointAt(end))) {
          end += Character.charCount(cp);
        }
        i = end > i + 1 ? end : i;
      }
      words.add(plain.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** {@code [\p{L}\p{N}]}: a letter, or a digit, letter number or other number. */
  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Stemmed content words in order. */
  static List<String> content(String text) {
    return contentOf(words(text));
  }

  /** Stemmed content words of the given {@link #words(String)}, in order. */
  static List<String> contentOf(List<String> words) {
    List<String> terms = new ArrayList<>();
    for (String word : words) {
      if (isContent(word)) {
        terms.add(stem(word));
      }
    }
    return terms;
  }

  static boolean isContent(String word) {
    return word.length() > 1 && !STOP_WORDS.contains(word) && !isNumberOnly(word);
  }

  private static boolean isNumberOnly(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return word.length() < 3; // "2026" or "500" say something; "3" rarely does
  }

  /**
   * A light suffix stripper: enough for "deploys", "deploying" and "deployed" to meet, without
   * the aggressive conflations of a full Porter stemmer.
   */
  static String stem(String word) {
    String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    if (w.length() <= 3) {
      return w;
    }
    w = stripSuffix(w);
    // "release", "released", "releasing" and "releases" all end up as "releas".
    return w.length() > 4 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }

  private static String stripSuffix(String w) {
    int n = w.length();
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("ing") && n > 5) {
      return undouble(w.substring(0, n - 3));
    }
    if (w.endsWith("ed") && n > 4) {
      return undouble(w.substring(0, n - 2));
    }
    if (n > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes")
        || w.endsWith("xes"))) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}

package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A message's wording as a set of numbered features, for {@link WordingModel}: its words and
 * pairs of words, and its first word, each hashed into {@link #DIMENSIONS} slots (the hashing
 * trick: no vocabulary is kept, and a word never seen simply lands where the model knows
 * nothing). Japanese, written without spaces, is read as runs of two and three characters.
 * Numbers read as one digit and mentions as one token, so "48h" and "24h", "@ana" and "@ben" are
 * the same word: what is said counts, not who or how much.
 *
 * <p>The numbering is fixed by {@link String#hashCode}, which the Java language specifies, so a
 * model written by {@code train-decisions} reads the same on every JVM. The language takes part
 * in each feature's number: "no" weighs differently in English and in Spanish.
 */
public final class WordingFeatures {

  /** Slots features are hashed into; the model has one weight per slot. */
  public static final int DIMENSIONS = 1 << 18;

  /** A mention as the plain text keeps it ("<@U123>", "<!here>"), read as one token. */
  private static final Pattern SLACK_MENTION = Pattern.compile("<[@!][^>]*>");
  private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
  private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}._-]+");
  private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}0'@]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private WordingFeatures() {}

  /** The sorted, distinct feature numbers of {@code text} said in {@code language}. */
  public static int[] of(String text, String language) {
    return of(text, language, "");
  }

  /**
   * The features of a message and of the reply to it, in one set: the reply's words are
   * numbered apart from the same words in the message ("on it" said back is not "on it" asked).
   */
  public static int[] ofExchange(String message, String reply, String language) {
    return IntStream.concat(Arrays.stream(of(message, language, "")),
        Arrays.stream(of(reply, language, "reply|"))).sorted().distinct().toArray();
  }

  private static int[] of(String text, String language, String role) {
    String lower = SLACK_MENTION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" @ ");
    String plain = DIGITS.matcher(MENTION.matcher(MARKUP.matcher(lower).replaceAll(" "))
        .replaceAll(" @ ")).replaceAll("0");
    List<String> tokens = "ja".equals(language) ? characterRuns(plain) : words(plain);
    int[] hashed = new int[tokens.size()];
    for (int i = 0; i < hashed.length; i++) {
      hashed[i] = Math.floorMod((role + language + "|" + tokens.get(i)).hashCode(), DIMENSIONS);
    }
    return Arrays.stream(hashed).sorted().distinct().toArray();
  }

  /** Words, pairs of neighbouring words, and the first word marked as such. */
  private static List<String> words(String plain) {
    List<String> words = new ArrayList<>();
    for (String w : NOT_A_WORD.split(plain)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      tokens.add(words.get(i));
      if (i + 1 < words.size()) {
        tokens.add(words.get(i) + " " + words.get(i + 1));
      }
    }
    if (!words.isEmpty()) {
      tokens.add("^" + words.get(0));
    }
    return tokens;
  }

  /** Runs of two and three characters of text written without spaces. */
  private static List<String> characterRuns(String plain) {
    String s = SPACE.matcher(plain).replaceAll("");
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      tokens.add(s.substring(i, i + 2));
      if (i + 2 < s.length()) {
        tokens.add(s.substring(i, i + 3));
      }
    }
    return tokens;
  }
}

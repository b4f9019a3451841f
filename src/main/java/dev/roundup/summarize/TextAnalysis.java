package dev.roundup.summarize;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How text in one language is cut into words and the stemmed content terms that scoring compares.
 * English uses Roundup's own light stemmer and stop list (what the ROUGE eval was tuned with);
 * German, French, Spanish, Portuguese, Italian and Dutch use Lucene's stop lists and light
 * stemmers; Japanese, written without spaces, uses Lucene's Kuromoji morphological analyzer.
 * Each is built the first time a conversation in its language is seen, so an English-only
 * deployment never loads a dictionary.
 */
interface TextAnalysis {

  /** Lower-cased words in order, stop words included; mentions, channels and links left out. */
  List<String> words(String sentence);

  /** The stemmed content terms of a sentence whose {@link #words} are given. */
  List<String> terms(String sentence, List<String> words);

  /** The stemmed content terms of a sentence, its {@link #words} read first. */
  default List<String> terms(String sentence) {
    return terms(sentence, words(sentence));
  }

  Map<String, TextAnalysis> LOADED = new ConcurrentHashMap<>();

  TextAnalysis ENGLISH = new TextAnalysis() {
    @Override
    public List<String> words(String sentence) {
      return Terms.words(sentence);
    }

    @Override
    public List<String> terms(String sentence, List<String> words) {
      return Terms.contentOf(words);
    }
  };

  /** The analysis for an ISO 639-1 code; English for codes without one. */
  static TextAnalysis of(String language) {
    return switch (language) {
      case "de", "fr", "es", "pt", "it", "nl" ->
          LOADED.computeIfAbsent(language, EuropeanAnalysis::new);
      case "ja" -> LOADED.computeIfAbsent(language, code -> new JapaneseAnalysis());
      default -> ENGLISH;
    };
  }
}

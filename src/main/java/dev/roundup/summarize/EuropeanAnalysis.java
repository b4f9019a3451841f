package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;

/**
 * Words and terms of a European language written with spaces: words as {@link Terms#words}
 * finds them (elided articles such as French "l'" split off), content terms without Lucene's stop
 * words for the language, reduced by Lucene's light stemmer for it (Dutch has none: words stay
 * whole). Stemmers keep no state between calls, so one instance serves every thread.
 */
final class EuropeanAnalysis implements TextAnalysis {

  private static final Pattern ELISION = Pattern.compile("^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu"
      + "|puisqu|dell|dall|nell|sull|all|un)'");
  /** Chat words every language's list misses: greetings, fillers, acknowledgements. */
  private static final Set<String> CHAT = Set.of("ok", "okay", "ja", "nein", "oui", "non", "sí",
      "si", "não", "nao", "sim", "danke", "merci", "gracias", "obrigado", "obrigada", "grazie",
      "bedankt", "hallo", "salut", "hola", "olá", "ola", "ciao", "hi", "hey", "bitte", "vale",
      "genau", "d'accord", "dacord", "claro", "beleza", "certo", "já", "ya");

  private final CharArraySet stopWords;
  private final BiFunction<char[], Integer, Integer> stemmer;

  EuropeanAnalysis(String language) {
    switch (language) {
      case "de" -> {
        stopWords = GermanAnalyzer.getDefaultStopSet();
        GermanLightStemmer s = new GermanLightStemmer();
        stemmer = s::stem;
      }
      case "fr" -> {
        stopWords = FrenchAnalyzer.getDefaultStopSet();
        FrenchLightStemmer s = new FrenchLightStemmer();
        stemmer = s::stem;
      }
      case "es" -> {
        stopWords = SpanishAnalyzer.getDefaultStopSet();
        SpanishLightStemmer s = new SpanishLightStemmer();
        stemmer = s::stem;
      }
      case "pt" -> {
        stopWords = PortugueseAnalyzer.getDefaultStopSet();
        PortugueseLightStemmer s = new PortugueseLightStemmer();
        stemmer = s::stem;
      }
      case "it" -> {
        stopWords = ItalianAnalyzer.getDefaultStopSet();
        ItalianLightStemmer s = new ItalianLightStemmer();
        stemmer = s::stem;
      }
      default -> {
        stopWords = DutchAnalyzer.getDefaultStopSet();
        stemmer = (chars, length) -> length;
      }
    }
  }

  @Override
  public List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    for (String word : Terms.words(sentence)) {
      words.add(ELISION.matcher(word).replaceFirst(""));
    }
    return words;
  }

  @Override
  public List<String> terms(String sentence, List<String> words) {
    List<String> terms = new ArrayList<>();
    for (String word : words) {
      if (word.length() > 1 && !stopWords.contains(word) && !CHAT.contains(word)
          && !Terms.STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
        char[] chars = word.toCharArray();
        terms.add(new String(chars, 0, stemmer.apply(chars, chars.length)));
      }
    }
    return terms;
  }
}

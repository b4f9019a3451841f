package dev.roundup.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a conversation's dominant language from stop words, the cheapest signal there is:
 * function words make up a large share of any chat text and barely overlap between languages.
 * Words shared by several profiles count for less. Each profile holds the everyday words of chat
 * too ("ça", "pra", "hoy", "heute", the elided "j'"), so that a thread of two short messages is
 * told apart rather than taken for English; a word another language of the set writes as often
 * ("le", "bien", "vale", "gente") would only blur the two, and is left out. Covers English, German, French, Spanish,
 * Portuguese, Italian and Dutch, and Japanese by its script (kana and kanji have no stop words
 * between spaces to count); anything else, or too little text to tell, is English.
 */
final class LanguageDetector {

  private static final int MIN_EVIDENCE = 3;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern NOT_PROSE =
      Pattern.compile("<[^>]*>|`[^`]*`|https?://\\S+|:[a-z0-9_+-]+:");

  private static final Map<String, String> NAMES = Map.of(
      "en", "English", "de", "German", "fr", "French", "es", "Spanish",
      "pt", "Portuguese", "it", "Italian", "nl", "Dutch", "ja", "Japanese");
  /** Share of letters in Japanese script from which a conversation is Japanese. */
  private static final double JAPANESE_SHARE = 0.3;

  private static final Map<String, Set<String>> PROFILES = Map.of(
      "en", Set.of("the", "and", "is", "are", "was", "were", "to", "of", "that", "it", "for",
          "with", "this", "we", "you", "have", "be", "not", "will", "can", "what", "should",
          "would", "just", "about", "there", "they", "from", "i", "our"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ich", "wir", "sie", "ein",
          "eine", "mit", "auf", "für", "zu", "auch", "es", "den", "dem", "sind", "haben", "wird",
          "noch", "aber", "kann", "schon", "bitte", "dass", "oder", "wie", "heute", "morgen",
          "jetzt", "gleich", "dann", "mach", "mache", "hab", "habe", "bei", "von", "im", "danke"),
      "fr", Set.of("le", "la", "les", "et", "est", "pas", "je", "nous", "vous", "une", "des",
          "du", "pour", "avec", "sur", "que", "qui", "dans", "ce", "cette", "sont", "mais",
          "il", "elle", "ont", "fait", "aussi", "être", "très", "oui", "au", "aux", "ça", "leur",
          "faut", "encore", "suis", "peut", "tout", "merci", "demain",
          // the elided "j'", "qu'", "c'": letters no other profile writes alone
          "j", "qu", "c"),
      "es", Set.of("el", "los", "las", "y", "es", "no", "una", "del", "por", "con", "para",
          "que", "está", "pero", "como", "más", "muy", "sí", "yo", "nosotros", "también", "hay",
          "esto", "ser", "tiene", "puede", "ya", "porque", "cuando", "hacer", "tenemos", "este",
          "esta", "estoy", "todavía", "veremos", "me", "lo", "la", "hoy", "mañana", "ahora",
          "pues", "eso", "gracias", "al", "su"),
      "pt", Set.of("o", "os", "as", "e", "é", "não", "um", "uma", "do", "da", "dos", "das",
          "em", "no", "na", "para", "com", "que", "mas", "você", "eu", "nós", "também", "está",
          "isso", "muito", "sim", "tem", "pode", "fazer", "pro", "pra", "ao", "já", "lá", "tá",
          "vou", "vai", "hoje", "amanhã", "ele", "ela", "valeu", "obrigado", "agora"),
      "it", Set.of("il", "lo", "gli", "e", "è", "non", "un", "una", "del", "della", "di",
          "per", "con", "che", "ma", "anche", "sono", "io", "noi", "voi", "questo", "molto",
          "sì", "ho", "hai", "può", "fare", "perché", "quando", "come"),
      "nl", Set.of("de", "het", "een", "en", "is", "niet", "ik", "wij", "we", "jij", "je",
          "van", "voor", "met", "op", "dat", "die", "maar", "ook", "zijn", "was", "heb",
          "hebben", "kan", "wordt", "nog", "wel", "graag", "dit", "naar"));

  private static final Map<String, Integer> SHARED_BY = sharedCounts();
  private static final double MARK_WEIGHT = 0.5;
  private static final Map<Character, String> MARKS = Map.of(
      'ñ', "es", '¿', "es", '¡', "es", 'ã', "pt", 'õ', "pt", 'ß', "de", 'ä', "de", 'ö', "de",
      'ü', "de", 'è', "fr");

  private LanguageDetector() {}

  /** The English name of the dominant language ("German"), English when unsure. */
  static String detect(List<Message> messages) {
    return NAMES.get(code(messages));
  }

  /** The ISO 639-1 code of the dominant language ("de"), "en" when unsure. */
  static String code(List<Message> messages) {
    // A channel's language shows in its first few thousand words; reading 10,000 messages to
    // find it would cost more than summarizing them.
    messages = sample(messages);
    if (japaneseShare(messages.stream().map(Message::text).toList()) >= JAPANESE_SHARE) {
      return "ja";
    }
    Map<String, Double> scores = new HashMap<>();
    for (Message message : messages) {
      score(message.text(), scores);
    }
    String best = "en";
    double bestScore = scores.getOrDefault("en", 0.0);
    for (Map.Entry<String, Double> score : scores.entrySet()) {
      if (score.getValue() > bestScore) {
        best = score.getKey();
        bestScore = score.getValue();
      }
    }
    return bestScore >= MIN_EVIDENCE ? best : "en";
  }

  /**
   * The language one message is written in, given the conversation's ({@link #code}): a message
   * is too short to reach the evidence a conversation needs, so the conversation's language
   * counts as a head start, and the message is another language only when its own words and
   * letters outweigh that ("Wer kümmert sich um die Übersetzung?" in an English channel).
   */
  static String messageCode(String text, String conversationCode) {
    if (japaneseShare(List.of(text)) >= JAPANESE_SHARE) {
      return "ja";
    }
    Map<String, Double> scores = new HashMap<>();
    score(text, scores);
    scores.merge(conversationCode, HEAD_START, Double::sum);
    String best = conversationCode;
    double bestScore = scores.get(conversationCode);
    for (Map.Entry<String, Double> score : scores.entrySet()) {
      if (score.getValue() > bestScore) {
        best = score.getKey();
        bestScore = score.getValue();
      }
    }
    return best;
  }

  /** What the conversation's language weighs in one of its messages: a stop word's worth. */
  private static final double HEAD_START = 1.0;

  /** Adds the text's stop words and marks to each language's score. */
  private static void score(String text, Map<String, Double> scores) {
    Matcher words = WORD.matcher(NOT_PROSE.matcher(text).replaceAll(" "));
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      Integer shared = SHARED_BY.get(word);
      if (shared == null) {
        continue;
      }
      for (Map.Entry<String, Set<String>> profile : PROFILES.entrySet()) {
        if (profile.getValue().contains(word)) {
          scores.merge(profile.getKey(), 1.0 / shared, Double::sum);
        }
      }
    }
    // Letters and marks only one language of the set writes weigh like a couple of stop words,
    // capitals too ("Übersetzung").
    for (int i = 0; i < text.length(); i++) {
      String lang = MARKS.get(Character.toLowerCase(text.charAt(i)));
      if (lang != null) {
        scores.merge(lang, MARK_WEIGHT, Double::sum);
      }
    }
  }

  private static final int SAMPLE_CHARS = 20_000;

  /** Messages spread over the conversation, about {@value #SAMPLE_CHARS} characters of them. */
  private static List<Message> sample(List<Message> messages) {
    long total = 0;
    for (Message m : messages) {
      total += m.text().length();
    }
    if (total <= SAMPLE_CHARS) {
      return messages;
    }
    int step = (int) Math.ceil((double) total / SAMPLE_CHARS);
    List<Message> out = new java.util.ArrayList<>();
    for (int i = 0; i < messages.size(); i += step) {
      out.add(messages.get(i));
    }
    return out;
  }

  /** Letters in kana or kanji over all letters, markup and links left out. */
  private static double japaneseShare(List<String> texts) {
    long letters = 0;
    long japanese = 0;
    for (String said : texts) {
      String text = NOT_PROSE.matcher(said).replaceAll(" ");
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetter(cp)) {
          letters++;
          Character.UnicodeScript script = Character.UnicodeScript.of(cp);
          if (script == Character.UnicodeScript.HIRAGANA
              || script == Character.UnicodeScript.KATAKANA
              || script == Character.UnicodeScript.HAN) {
            japanese++;
          }
        }
      }
    }
    return letters == 0 ? 0 : (double) japanese / letters;
  }

  /**
   * The language to write in: the configured one (a code like "de" or a name like "Japanese"),
   * or the detected one when configured as "auto".
   */
  static String outputLanguage(String configured, List<Message> messages) {
    if (configured == null || configured.isBlank() || "auto".equalsIgnoreCase(configured)) {
      return detect(messages);
    }
    String trimmed = configured.trim();
    return NAMES.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
  }

  private static Map<String, Integer> sharedCounts() {
    Map<String, Integer> counts = new HashMap<>();
    PROFILES.values().forEach(words -> words.forEach(w -> counts.merge(w, 1, Integer::sum)));
    return counts;
  }
}

package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts plain message text into sentences: at line breaks (chat lines are sentences) and after
 * {@code . ! ?} followed by a space, and after {@code 。！？}, which need no space. A full stop that
 * belongs to a word does not end a sentence: an abbreviation or an initial ("e.g.", "z.B.",
 * "Sr.", "U.S."), "No." before a number, and a number that goes on: an ordinal or a version
 * followed by a lower-case word or a month ("ab dem 1. Januar", "el 1. de marzo", "2.1. wird
 * übersprungen") and, in German, an ordinal before a noun ("am 3. Tag"). Cutting there would
 * leave a summary item that ends mid-thought ("…ab dem 1.").
 */
final class SentenceSplitter {

  // Chinese and Japanese full stops end a sentence without a space after them.
  private static final Pattern END =
      Pattern.compile("[.!?…]+[\"')\\]]*\\s+|[。！？]+[」』）]*\\s*");
  /** Abbreviations of the languages Roundup reads, and initials ("J. Smith", "U.S.", "M."). */
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?iu)(?:(?<![\\p{L}.])(?:e\\.g|i\\.e|etc|vs|mr|mrs|ms|dr|dra|drs|st|approx|incl|jan|feb|mar"
          + "|apr|jun|jul|aug|sep|sept|oct|nov|dec|a\\.m|p\\.m|prof|nr|ca|bzw|usw|z\\.b|d\\.h|u\\.a"
          + "|evtl|ggf|inkl|sr|sra|srta|ud|uds|mme|mlle|cf|p\\.ex|p\\.ej|aprox|núm|nº)"
          + "|(?<![\\p{L}.])\\p{Lu}|(?<=\\p{Lu}\\.)\\p{Lu})\\.$");
  /**
   * A capital standing alone before the full stop, after a space ("A and C."; not "U.S.", "8°C."
   * nor "good q.").
   */
  private static final Pattern LONE_LETTER = Pattern.compile("(?<!\\S)\\p{Lu}\\.$");
  /** Characters at the end of a sentence that can hold any of the abbreviations above. */
  private static final int ABBREVIATION_TAIL = 10;
  /** "No. 2", "Nos. 3 and 4": an abbreviation only before a number ("No. We wait." is a no). */
  private static final Pattern NUMBER_SIGN = Pattern.compile("(?i)(?<![\\p{L}.])(?:no|nos|num)\\.$");
  /**
   * A number, ordinal or version ending in a full stop: "1.", "15.", "2.1.", as a word of its own
   * (after a space, a bracket or a quote) or closing a range of them ("1.–3. Januar", "am 1./2.
   * Juni"). One joined to anything else is no ordinal but ends the sentence: a time ("stop at
   * 10:12. crew is out"), a ticket ("#88213. they say"), an agreement ("+1. can we also …"), a
   * figure ("~30. i can do it").
   */
  private static final Pattern NUMBER = Pattern.compile(
      "(?:(?<![^\\s\\u00A0\\u202F(\\[«»„“‚‘\"'¿¡])|(?<=\\d\\.[-–/]))\\d+(?:\\.\\d+)*\\.$");
  private static final Pattern NEXT_WORD = Pattern.compile("^[\"'«„“(]*([\\p{L}\\p{N}]+)");
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "januar", "jänner", "februar", "märz", "mai", "juni",
      "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet",
      "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril",
      "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
      "diciembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro",
      "outubro", "novembro", "dezembro");
  /**
   * German capitalises nouns, so "am 3. Tag" and "Wir brauchen 3. Dann …" look alike; what opens
   * a new sentence is nearly always one of these words, and no noun is.
   */
  private static final Set<String> GERMAN_OPENERS = Set.of(
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "es",
      "er", "sie", "wir", "ich", "du", "ihr", "man", "dann", "danach", "aber", "und", "oder",
      "doch", "also", "so", "da", "dort", "hier", "jetzt", "heute", "morgen", "gestern", "bitte",
      "ok", "okay", "ja", "nein", "auch", "noch", "schon", "wenn", "weil", "dass", "ob", "wie",
      "was", "wer", "wo", "warum", "wann", "mit", "für", "bei", "nach", "vor", "ab", "am", "im",
      "in", "auf", "zum", "zur", "um", "bis", "seit", "sonst", "dafür", "deshalb", "daher",
      "trotzdem", "allerdings", "außerdem", "zudem", "vielleicht", "leider", "zuerst", "erst",
      "später", "sobald", "danke", "hallo", "alles", "nicht", "kein", "keine", "mein", "meine",
      "unser", "unsere", "dein", "deine", "sein", "seine", "diese", "dieser", "dieses", "welche",
      "welcher", "sollen", "sollten", "können", "kann", "müssen", "wird", "werden", "ist",
      "sind", "hat", "haben", "gibt", "gut", "klar", "genau", "stimmt", "passt");

  /** The longest piece read as one sentence; real ones stay well under it. */
  static final int MAX_SENTENCE = 1_000;
  private static final Pattern BREAK = Pattern.compile("[\\s,;、，；]");

  private SentenceSplitter() {}

  /** Where the first piece of an over-long run ends: after its last break, else at the limit. */
  private static int pieceEnd(String run) {
    Matcher b = BREAK.matcher(run).region(MAX_SENTENCE / 2, MAX_SENTENCE);
    int end = -1;
    while (b.find()) {
      end = b.end();
    }
    if (end > 0) {
      return end;
    }
    return Character.isHighSurrogate(run.charAt(MAX_SENTENCE - 1)) ? MAX_SENTENCE - 1 : MAX_SENTENCE;
  }

  /**
   * The sentences of plain text in the given language (an ISO 639-1 code, see
   * {@link LanguageDetector}; it decides how an ordinal before a capitalised word reads).
   */
  static List<String> split(String plainText, String language) {
    boolean german = "de".equals(language);
    List<String> sentences = new ArrayList<>();
    for (String line : plainText.split("\n")) {
      splitLine(line, german, sentences);
    }
    return sentences;
  }

  private static void splitLine(String line, boolean german, List<String> out) {
    Matcher m = END.matcher(line);
    int start = 0;
    while (m.find()) {
      String head = line.substring(start, m.end()).strip();
      String punct = line.substring(m.start(), m.end()).strip();
      boolean goesOn = punct.equals(".") && goesOn(head, line.substring(m.end()), german);
      if (!goesOn) {
        add(head, out);
        start = m.end();
      }
    }
    add(line.substring(start).strip(), out);
  }

  /** Whether the full stop that ends {@code head} belongs to a word the text goes on after. */
  private static boolean goesOn(String head, String rest, boolean german) {
    Matcher next = NEXT_WORD.matcher(rest);
    String word = next.find() ? next.group(1) : null;
    // "not with A and C. i'll redo the rota": a name goes on in capitals after an initial ("J.
    // Smith"); a lower-case word or a mention after a lone letter starts the next sentence.
    if (endsWith(LONE_LETTER, head) && (word == null || Character.isLowerCase(word.charAt(0)))) {
      return false;
    }
    if (endsWith(ABBREVIATION, head)) {
      return true;
    }
    if (word == null) {
      return false;
    }
    if (endsWith(NUMBER_SIGN, head)) {
      return Character.isDigit(word.charAt(0));
    }
    if (!endsWith(NUMBER, head)) {
      return false;
    }
    char first = word.charAt(0);
    if (Character.isLowerCase(first) || MONTHS.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return german && Character.isUpperCase(first)
        && !GERMAN_OPENERS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the text ends in a match of the pattern. Only its last few characters are searched
   * (the longest abbreviation, "approx.", has seven); transparent bounds let the look-behinds see
   * the characters before them.
   */
  private static boolean endsWith(Pattern pattern, String head) {
    return pattern.matcher(head)
        .region(Math.max(0, head.length() - ABBREVIATION_TAIL), head.length())
        .useTransparentBounds(true)
        .find();
  }

  private static void add(String sentence, List<String> out) {
    // A run this long without a full stop is a pasted log or a list typed on one line, not a
    // sentence: read in pieces, cut at a space or comma, so no rule's cost grows with it (several
    // look across a whole sentence) and a 40,000-character message reads as fast as short ones.
    while (sentence.length() > MAX_SENTENCE) {
      int cut = pieceEnd(sentence);
      add(sentence.substring(0, cut).strip(), out);
      sentence = sentence.substring(cut).strip();
    }
    if (sentence.codePoints().anyMatch(Character::isLetterOrDigit)) {
      out.add(sentence);
    }
  }
}

package dev.roundup.summarize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of thing a question asks for, read from how it is asked, and whether a sentence gives
 * it. "When does the embargo lift?" wants a time or a date, and a sentence that only shares its
 * words ("review the draft before the embargo lifts") does not say when; "where are we going?"
 * wants a place; "what is p95 now?" and "how big was the queue?" want a value stated ("p95 is back
 * at 185 ms"), not a sentence that mentions p95 beside a time; "what are the three steps?" wants
 * them listed ("invite your team, connect a channel, try a summary"). The words that only say what
 * kind is asked for ("how big", "the dates", "three", "où", "va") are no topic: no message need
 * contain them, so {@link QuestionTerms} leaves them out ({@link #askingWords}).
 */
final class AskedFor {

  /** The kind of answer wanted; {@link #ANY} when the question's form says nothing about it. */
  enum Kind { WHEN, WHERE, VALUE, LIST, ANY }

  private static final String OPENING = "(?iu)^[\\W&&[^\\p{L}]]*(?:(?:and|so|ok|und|et|y|e)\\s+)?";

  private static final Pattern WHEN = Pattern.compile(OPENING + "(?:when|wann|quand|cuándo|cuando"
      + "|quando)(?![\\p{L}])|(?iu)(?<![\\p{L}])(?:what|which)\\s+(?:is|are|was|were)\\s+the\\s+"
      + "(?:date|dates|day|days|time)(?![\\p{L}])|(?iu)(?<![\\p{L}])(?:quelle|quelles|quel)\\s+"
      + "(?:est|sont)\\s+(?:la|les|le)\\s+(?:date|dates|jour|jours|heure)(?![\\p{L}])"
      + "|(?iu)(?<![\\p{L}])(?:cuál|cuáles)\\s+(?:es|son)\\s+(?:la|las|el|los)\\s+(?:fecha|fechas"
      + "|día|días|hora)(?![\\p{L}])|(?iu)(?<![\\p{L}])(?:qual|quais)\\s+(?:é|são)\\s+(?:a|as|o|os)"
      + "\\s+(?:data|datas|dia|dias|hora)(?![\\p{L}])|(?iu)(?<![\\p{L}])(?:welches|welche|was)\\s+"
      + "(?:ist|sind)\\s+(?:das|die|der)\\s+(?:datum|daten|termin|termine|tag|tage)(?![\\p{L}])");
  private static final Pattern WHERE = Pattern.compile(OPENING + "(?:where|wo|wohin|où|dónde"
      + "|donde|adónde|onde|aonde)(?![\\p{L}])");
  /** "how big/many/much…", "wie viel/groß…", "combien", "cuánto", "quanto", "what is X". */
  private static final Pattern VALUE = Pattern.compile(OPENING + "(?:how\\s+(?:big|many|much|long"
      + "|large|high|low|fast|slow|far|old|often|deep|bad)|wie\\s+(?:viel|viele|groß|gross|lange"
      + "|hoch|schnell|weit|oft|alt|tief)|combien|cuánto|cuánta|cuántos|cuántas|quanto|quanta"
      + "|quantos|quantas|what\\s+(?:is|are|was|were)|what's|whats"
      + "|(?:was|wie)\\s+(?:ist|sind|war)|(?:quel|quelle)\\s+est|(?:cuál|qué)\\s+es|qual\\s+é)"
      + "(?![\\p{L}])");
  /** "what are the (three) steps", "list the…", "quelles sont les…", "cuáles son…". */
  private static final Pattern LIST = Pattern.compile(OPENING + "(?:(?:what|which)\\s+(?:are"
      + "|were)\\s+the|list|name\\s+the|welche\\s+sind|was\\s+sind\\s+die|quels\\s+sont"
      + "|quelles\\s+sont|cuáles\\s+son|quais\\s+são)(?![\\p{L}])");

  /**
   * Words that say what kind of answer is wanted, not what about: wh-words, the adjective of "how
   * big", "date", the number of things listed, and going somewhere for "where".
   */
  private static final Set<String> ASKING = Set.of("when", "wann", "quand", "cuándo", "cuando",
      "quando", "where", "wo", "wohin", "où", "dónde", "donde", "adónde", "onde", "aonde",
      "how", "wie", "combien", "cuánto", "cuánta", "cuántos", "cuántas", "quanto", "quanta",
      "quantos", "quantas", "quel", "quelle", "quels", "quelles", "cuál", "cuáles", "qual", "quais",
      "welche", "welches");
  private static final Set<String> DATES = Set.of("date", "dates", "datum", "daten", "termin",
      "termine", "fecha", "fechas", "data", "datas", "day", "days", "time", "jour", "jours",
      "heure", "día", "días", "hora", "dia", "dias", "tag", "tage");
  private static final Set<String> SIZES = Set.of("big", "many", "much", "long", "large", "high",
      "low", "fast", "slow", "far", "old", "often", "deep", "bad", "viel", "viele", "groß",
      "gross", "lange", "hoch", "schnell", "weit", "oft", "alt", "tief");
  private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "deux", "trois",
      "quatre", "cinq", "sept", "dos", "tres", "cuatro", "cinco", "seis", "siete", "dois", "duas",
      "três", "quatro", "sete");
  private static final Set<String> GOING = Set.of("go", "going", "goes", "gonna", "head",
      "heading", "va", "vont", "allons", "aller", "vas", "gehen", "geht", "gehts", "fahren",
      "fährt", "ir", "vamos", "van", "vai", "vão");

  /** A time or a date, in each language Roundup reads. */
  private static final Pattern TIME = Pattern.compile("(?iu)\\d{1,2}(?::\\d{2})?\\s*(?:am|pm"
      + "|h(?![\\p{L}])|uhr|utc)|\\d{1,2}[:h]\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}"
      + "|(?<![\\p{L}])(?:jan|january|feb|february|mar|march|apr|april|may|june?|july?|aug|august"
      + "|sept?|september|oct|october|nov|november|dec|december|januar|februar|märz|mai|juni|juli"
      + "|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre"
      + "|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
      + "|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro"
      + "|outubro|dezembro|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag"
      + "|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi"
      + "|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
      + "|segunda|terça|quarta|quinta|sexta|today|tonight|tomorrow|yesterday|noon|midnight"
      + "|heute|morgen|gestern|aujourd'hui|demain|hier|hoy|mañana|ayer|hoje|amanhã|ontem"
      + "|eod|eow)(?![\\p{L}])");
  /** A place: a preposition of place or direction, then a name. */
  private static final Pattern PLACE = Pattern.compile("(?u)(?<![\\p{L}])(?:in|at|to|from|nach"
      + "|aus|à|au|en|vers|a|em|no|na|para)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+");
  /** A list: items after a colon, or three and more items separated by commas or bullets. */
  private static final Pattern ENUMERATION = Pattern.compile("(?s):\\s*[^,;]+(?:[,;]\\s*[^,;]+){1,}"
      + "|[^,;]+(?:,\\s*[^,;]+){2,}|(?m)^\\s*(?:[-•*]|\\d+[.)])\\s+.+\\n\\s*(?:[-•*]|\\d+[.)])\\s+");
  /** The words between a subject and its value: "is (back) at 185", "ist bei", "est à". */
  private static final Set<String> STATING = Set.of("is", "are", "was", "were", "s", "now",
      "still", "ist", "sind", "war", "waren", "liegt", "liegen", "steht", "est", "sont", "était",
      "étaient", "es", "son", "está", "están", "era", "estaba", "é", "são", "estão", "estava");
  private static final Set<String> BEFORE_VALUE = Set.of("back", "at", "about", "around", "over",
      "under", "now", "still", "only", "just", "up", "to", "down", "roughly", "nearly", "almost",
      "currently", "bei", "über", "unter", "etwa", "ca", "à", "de", "environ", "presque", "a",
      "en", "unos", "cerca", "em", "quase");

  private final Kind kind;

  private AskedFor(Kind kind) {
    this.kind = kind;
  }

  static AskedFor of(String question) {
    String q = question == null ? "" : question.strip();
    if (RegexPrefilter.find(WHEN, q)) {
      return new AskedFor(Kind.WHEN);
    }
    if (RegexPrefilter.find(WHERE, q)) {
      return new AskedFor(Kind.WHERE);
    }
    if (RegexPrefilter.find(LIST, q)) {
      return new AskedFor(Kind.LIST);
    }
    if (RegexPrefilter.find(VALUE, q)) {
      return new AskedFor(Kind.VALUE);
    }
    return new AskedFor(Kind.ANY);
  }

  Kind kind() {
    return kind;
  }

  /** The question's words that say only what kind of answer it wants (lower-cased words). */
  Set<String> askingWords(List<String> words) {
    Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (ASKING.contains(w) && (kind == Kind.WHEN || kind == Kind.WHERE || i < 3)) {
        out.add(w);
      }
      if (kind == Kind.VALUE && SIZES.contains(w) && i > 0
          && (words.get(i - 1).equals("how") || words.get(i - 1).equals("wie"))) {
        out.add(w);
      }
      if (kind == Kind.WHEN && DATES.contains(w)) {
        out.add(w);
      }
      if ((kind == Kind.LIST || kind == Kind.VALUE) && NUMBERS.contains(w)) {
        out.add(w);
      }
      if (kind == Kind.WHERE && GOING.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether the sentence gives what is asked: a time or date, a place, a value stated of one of
   * the question's terms, or a list; any sentence, for a question of no particular kind.
   *
   * @param asked the question's terms, stemmed by {@code analysis} (for a value: of what)
   */
  boolean givenBy(String sentence, Set<String> asked, TextAnalysis analysis) {
    return switch (kind) {
      case WHEN -> RegexPrefilter.find(TIME, sentence);
      case WHERE -> RegexPrefilter.find(PLACE, sentence);
      case LIST -> RegexPrefilter.find(ENUMERATION, sentence);
      case VALUE -> statesValue(sentence, asked, analysis);
      case ANY -> true;
    };
  }

  /** Whether one of the asked terms is followed by a copula and a number: "p95 is back at 185". */
  private static boolean statesValue(String sentence, Set<String> asked, TextAnalysis analysis) {
    List<String> words = analysis.words(sentence);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!asked.contains(w) && analysis.terms(w, List.of(w)).stream().noneMatch(asked::contains)) {
        continue;
      }
      for (int j = i + 1; j < Math.min(words.size(), i + 9); j++) {
        if (!STATING.contains(words.get(j).toLowerCase(Locale.ROOT))) {
          continue;
        }
        int k = j + 1;
        while (k < words.size() && BEFORE_VALUE.contains(words.get(k))) {
          k++;
        }
        if (k < words.size() && Character.isDigit(words.get(k).charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }
}

package dev.roundup.summarize;

import dev.roundup.slack.SlackText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a task reads in a summary: "<@U2> can you update the runbook by Friday?" → "Update the
 * runbook by Friday", and whether what is left still says what to do to what ("Use" or "Test"
 * alone has lost its object).
 */
final class TaskWording {

  /**
   * Mentions the task is addressed to, with a Japanese honorific after one ("<@U2> さん、…"):
   * the honorific belongs to the name, not to the task.
   */
  private static final Pattern LEADING_MENTIONS =
      Pattern.compile("^(?:\\s*" + SlackText.USER.pattern()
          + "\\s*(?:さん|さま|様|くん|君|ちゃん|氏)?[\\s,:、，]*)+");
  private static final Pattern REQUEST_WORDS = Pattern.compile(
      "(?i)^\\W*(?:and\\s+|also\\s+)?(?:(?:can|could|would|will)\\s+(?:you|someone|somebody"
          + "|anyone)\\s+(?:please\\s+)?|would you mind\\s+|please\\s+|(?:needs?|has|have)\\s+to\\s+"
          + "|to\\s+|should\\s+|is going to\\s+|will\\s+|'ll\\s+|" + EnglishCues.ASKED_OF_ANYONE + ")");
  /**
   * "kann jemand das Makro aktualisieren", "quelqu'un peut mettre à jour la macro", "¿alguien
   * puede actualizar la plantilla?", "alguém pode atualizar a macro?", "jemand muss den Vermieter
   * anrufen", "alguien tiene que llamar al proveedor": a task asked of anyone or said to need doing,
   * whose verb after the asking words is the task's own ("Das Makro aktualisieren", "Mettre à jour
   * la macro"), in the languages whose other request words stay woven into the sentence.
   */
  private static final Pattern ASKED_OF_ANYONE = Pattern.compile(
      "(?iu)^[\\W&&[^\\p{L}]]*(?:(?:und|auch|et|aussi|y|también|e|também|ah)\\s+)?"
          + "(?:(?:kann|könnte)\\s+(?:jemand|wer)\\s+(?:bitte\\s+)?"
          + "|(?:jemand|wer)\\s+(?:muss|müsste|sollte)\\s+"
          + "|(?:est-ce\\s+qu')?quelqu'un\\s+(?:peut|pourrait|doit|devrait)\\s+"
          + "|il\\s+faut\\s+que\\s+quelqu'un\\s+"
          + "|alguien\\s+(?:puede|podría|tiene\\s+que|debería|debe)\\s+"
          + "|alguém\\s+(?:pode|poderia|precisa|tem\\s+que|deveria)\\s+)(?=\\p{L})");
  static final Pattern ACCEPTANCE_OPENER = Pattern.compile(
      "(?i)^\\W*(?:sure|yes|yep|yeah|ok|okay|will do|on it|of course|absolutely|no problem"
          + "|sounds good)\\b[\\s,.!:;-]*");
  /** A taking said whole, after a yes and before a word of time ({@link #onlyTakesItOn}). */
  private static final Pattern ONLY_TAKING = Pattern.compile(
      "(?iu)^[\\W&&[^\\p{L}¿]]*(?:(?:ja|jo|jep|ok|okay|klar|gerne|sim|beleza|claro|vale|sí|si"
          + "|oui|d['’]accord|bien\\s+sûr)[\\W&&[^\\p{L}]]+)*"
          + "(?:mach(?:e|['’])?\\s+ich|übernehme?\\s+ich|erledige?\\s+ich|bin\\s+dran"
          + "|deixa\\s+comigo|pode\\s+deixar|je\\s+m['’]en\\s+(?:occupe|charge)"
          + "|(?:yo\\s+)?me\\s+encargo(?:\\s+yo)?|(?:yo\\s+)?lo\\s+hago(?:\\s+yo)?)"
          // "mach ich dann heute noch", "mach ich diese woche": when, said with it.
          + "(?:\\s+(?:dann|gleich|sofort|jetzt|morgen|heute|noch|nachher|diese\\s+woche|agora|hoje"
          + "|amanhã|ainda|esta\\s+semana|ahora|hoy|mañana|demain|ce\\s+soir"
          + "|cette\\s+semaine|tout\\s+de\\s+suite)){0,3}[\\W&&[^\\p{L}?？]]*$");
  /** Courtesy, and the tag that puts a plan to the others ("i'll book the venue, ok?"). */
  private static final Pattern TRAILING = Pattern.compile(
      "(?i)[\\s,]*(?:please|thanks|thank you|thx|pls|plz"
      + "|(?<=,\\s?)(?:ok|okay|alright|all right|yeah))?[\\s?!.。？！]*$");

  private TaskWording() {}

  static String phrase(PreparedConversation c, String text) {
    return phrase(c.cues(), text);
  }

  static String phrase(Cues cues, String text) {
    String t = LEADING_MENTIONS.matcher(text.strip()).replaceFirst("");
    t = cues.labels().matcher(t).replaceFirst("");
    if (cues.isEnglish()) {
      // Other languages keep the sentence whole: their request and commitment words are woven
      // into the verb ("ich passe … an"), and a sentence cut at the wrong place reads worse.
      t = ACCEPTANCE_OPENER.matcher(t).replaceFirst("");
      t = REQUEST_WORDS.matcher(t).replaceFirst("");
    } else {
      t = ASKED_OF_ANYONE.matcher(t).replaceFirst("");
    }
    return Sentences.capitalize(withoutTrailing(t));
  }

  /** The text without the courtesy or the tag it ends with ("…, ok?", "… please"). */
  static String withoutTrailing(String text) {
    return TRAILING.matcher(text).replaceFirst("");
  }

  /**
   * The sentence of a message that says the task: its first that says something in two content
   * words or more and is neither a question nor small talk ("fix the filter, but it stays
   * paused …"), else its first question that does ("mei you own the retrain, end of month?");
   * none when it only agrees or names nothing ("ça marche", "do it alex").
   */
  static Optional<Sentence> taskSentence(PreparedConversation c, int message) {
    List<Sentence> said = c.sentencesOf(message).stream()
        .filter(x -> !x.smallTalk() && x.terms().size() >= 2
            && !Agreement.isBare(c.cues(), x.text(), x.text()) && !reportsDone(c, x))
        .toList();
    return said.stream().filter(x -> !x.isQuestion()).findFirst()
        .or(() -> said.stream().findFirst());
  }

  /**
   * "forwarded to siobhan. also …": a short English sentence opening with a verb in the past
   * reports what was done; the task, if any, is in another sentence. Not "moved it to friday,
   * pls let the client know", which asks in the same sentence.
   */
  private static boolean reportsDone(PreparedConversation c, Sentence x) {
    if (!c.cues().isEnglish() || RegexPrefilter.find(Cues.PLEASE, x.text())) {
      return false;
    }
    List<String> words = Terms.words(x.text());
    // Not "need", "speed up", "proceed", "shred", "embed": no past; nor "shared lib", "sealed
    // envelopes into the box": a past form before its thing is an adjective.
    String first = words.isEmpty() ? "" : words.get(0).toLowerCase(Locale.ROOT);
    return words.size() > 1 && words.size() <= REPORT_WORDS && first.length() > 4
        && first.endsWith("ed")
        && !first.endsWith("eed") && !NOT_PAST.contains(first)
        && DONE_TO.contains(words.get(1).toLowerCase(Locale.ROOT));
  }

  /** The most words a bare report of what was done has: "forwarded it to siobhan just now". */
  private static final int REPORT_WORDS = 6;
  /** Verbs ending in "-ed" in their plain form. */
  private static final Set<String> NOT_PAST = Set.of("shred", "embed", "imbed");

  /** Words after a past verb that make it a report of what was done: "forwarded to siobhan". */
  private static final Set<String> DONE_TO = Set.of("to", "it", "them", "him",
      "her", "that", "this", "back", "over", "out", "up", "already", "now", "both", "all");

  /**
   * "Mach ich", "jo, mach ich 👍", "Deixa comigo", "je m'en occupe", "me encargo": taking
   * something on in a language whose commitments keep their whole sentence ({@link #phrase}),
   * with no word of what is taken on. ("Je les préviens", "Ich ruf ihn an" say what; "mach ich?"
   * and "¿lo hago yo?" ask.)
   */
  static boolean onlyTakesItOn(String text) {
    return RegexPrefilter.find(ONLY_TAKING, text);
  }

  /**
   * A task says what to do to what: "Use", "Test" or "Have it done by Monday" alone has lost its
   * object. At least one content word besides the verb and the date.
   */
  static boolean hasObject(PreparedConversation c, String text) {
    if (text.isBlank()) {
      return false;
    }
    if (!c.cues().isEnglish()) {
      return c.sentences().isEmpty() || !TextAnalysis.of(c.language()).terms(text).isEmpty();
    }
    String withoutDue = DueDates.find(text).map(d -> text.replace(d, " ")).orElse(text);
    List<String> words = Terms.words(withoutDue);
    List<String> content = Terms.contentOf(words);
    if (content.isEmpty() || words.size() < 2) {
      return false;
    }
    // The first word is the verb ("Update the runbook"): something must follow it.
    return content.size() >= 2 || !content.get(0).equals(Terms.stem(words.get(0)));
  }
}

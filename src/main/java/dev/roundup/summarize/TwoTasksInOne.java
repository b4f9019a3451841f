package dev.roundup.summarize;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "I'll write the postmortem, and reply to the 6 tickets today": two tasks said in one breath,
 * the second after a comma and "and" ("und", "et", "y", "e") and opening with its own verb, are
 * two items, each with its own due date. Without the comma ("fix the parser and add a test") or
 * when what follows is no new task ("…, and then we'll see", "…, and the docs", or the fallback
 * "…, y si no llama a los de Dentalia") it stays one.
 */
final class TwoTasksInOne {

  private static final Pattern COMMA_AND =
      Pattern.compile("(?iu),\\s*(?:and|und|et|y|e)\\s+(?=\\p{L})");
  /**
   * Words that open no task of their own after the "and": articles, pronouns and linking words
   * in the cue languages (the English ones are stop words already).
   */
  static final Set<String> OPENS_NO_TASK = Set.of("der", "die", "das", "den", "dem",
      "ein", "eine", "es", "wir", "ich", "dann", "le", "la", "les", "un", "une", "il", "on",
      "nous", "je", "puis", "ensuite", "el", "los", "las", "una", "lo", "se", "yo", "luego",
      "después", "o", "os", "as", "um", "uma", "eu", "ele", "depois", "then", "also",
      // "ask if they have a loan unit, and if not call Dentalia": the fallback of the same task.
      "otherwise", "wenn", "falls", "sonst", "sinon", "si", "senão",
      // "ask northgate for reinstatement, and whether they'd look at the claim": what the first
      // task asks, not a second task.
      // Not "wie", "como": also "as" ("…, und wie besprochen schick die Fotos").
      "whether", "how", "what", "why", "where", "which", "ob", "warum", "comment", "pourquoi",
      "cómo", "qué");
  /**
   * "…, e reavaliamos no fim de 2027", "…, et on en reparle": a verb in the "we" form is a plan of
   * the group, not a second task of the speaker's.
   */
  private static final Pattern WE_FORM = Pattern.compile("(?iu)\\p{L}+(?:mos|ons)");
  /**
   * "Piet, lighting plan to me by Wednesday, and remember the 50 lux limit": keeping a thing in
   * mind ("remember the …", "keep in mind the …", "und denk an die …", "et pense à la …",
   * "y recuerda el …", "e lembra do …") is how the first task is to be done, not a second task;
   * "…, and remember to book the room" ("pense à réserver", "acuérdate de reservar") still is.
   */
  private static final Pattern MINDFUL_OF_A_THING = Pattern.compile("(?iu)^(?:remember|keep\\s+in"
      + "\\s+mind|bear\\s+in\\s+mind|mind)\\s+(?:the|that|our|this|these|those)\\b"
      + "|^(?:denk(?:t)?|achte(?:t)?|beachte(?:t)?)\\s+(?:an\\s+|auf\\s+)?(?:die|den|das|der|unsere?[nm]?)\\b"
      + "|^(?:pense(?:z)?\\s+(?:à\\s+la|à\\s+l'|au|aux)|n'oublie(?:z)?\\s+pas\\s+(?:la|le|les|l'))"
      + "|^(?:recuerda(?:d)?|ten(?:ed)?\\s+en\\s+cuenta|no\\s+olvides)\\s+(?:el|la|los|las|que)\\b"
      + "|^(?:lembra(?:-te)?|lembre(?:-se)?|não\\s+esque(?:ce|ça))\\s+d[oa]s?\\b");
  /**
   * The speaker's "I" and what makes it a commitment, opening an English second task: "i'll",
   * "i will", "i can", "i'm going to"; the task is worded without them, as the first is.
   */
  private static final Pattern ENGLISH_SPEAKER_AGAIN = Pattern.compile(
      "(?i)(?:also\\s+)?i(?:'ll|\\s+will|\\s+can|'m\\s+going\\s+to|'m\\s+gonna)\\s+(?:also\\s+)?");
  /**
   * The speaker named again before the verb in the other languages: "je", "ich", "yo", "eu".
   * Their commitments keep the speaker's words, so the second task keeps it too.
   */
  private static final Pattern SPEAKER_AGAIN = Pattern.compile("(?iu)(?:je|j'|ich|yo|eu)\\s*(?=\\p{L})");
  /** Content words each half needs to be a task: a verb and what it acts on. */
  private static final int TASK_TERMS = 2;

  private TwoTasksInOne() {}

  /**
   * Whether the words open the way a task does, with its verb: not with an article, a pronoun or
   * a linking word ("the release went out", "dann sehen wir"), nor with a past form ("deployed").
   */
  static boolean opensWithAVerb(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0).toLowerCase(Locale.ROOT);
    return Terms.isContent(first) && !OPENS_NO_TASK.contains(first) && !first.endsWith("ed")
        && (ASKING.contains(first) || words.size() < 2
            || !SUBJECT_BEFORE.contains(words.get(1).toLowerCase(Locale.ROOT)));
  }

  /**
   * "…, and police will want the drug details", "…, and finance needs the receipts": a first
   * word followed by one of these is the subject of a statement, not the verb of a task.
   */
  private static final Set<String> SUBJECT_BEFORE = Set.of("will", "would", "wants", "want",
      "needs", "need", "is", "are", "was", "were", "has", "have", "had", "should", "might",
      "may", "must", "can", "could", "ll", "says", "said", "thinks", "knows");
  /** "…, and ask will they take the pallets back", "…, and check has it got a projector". */
  private static final Set<String> ASKING = Set.of("ask", "check", "see", "confirm", "find");

  /** The candidate as it is, or as two candidates when it names two tasks. */
  static List<ActionCandidate> split(Sentence s, ActionCandidate candidate) {
    String text = candidate.item.text();
    Matcher m = COMMA_AND.matcher(text);
    if (!m.find()) {
      return List.of(candidate);
    }
    String first = text.substring(0, m.start()).strip();
    String second = text.substring(m.end()).strip();
    // "I'll tell the supplier, and i'll open a couple of the kits to check", "je réserve le
    // boîtier, et je fais un test sur place": the speaker's second task says its "I" again.
    String verbFirst = second;
    if (candidate.kind == ActionCandidate.Kind.COMMITMENT) {
      Matcher english = ENGLISH_SPEAKER_AGAIN.matcher(second);
      Matcher own = SPEAKER_AGAIN.matcher(second);
      if (english.lookingAt()) {
        second = second.substring(english.end());
        verbFirst = second;
      } else if (own.lookingAt()) {
        verbFirst = second.substring(own.end());
      }
    }
    List<String> secondWords = Terms.words(verbFirst);
    if (!opensWithAVerb(secondWords) || WE_FORM.matcher(secondWords.get(0)).matches()
        || RegexPrefilter.find(MINDFUL_OF_A_THING, second)
        || Terms.content(first).size() < TASK_TERMS
        || Terms.content(second).size() < TASK_TERMS) {
      return List.of(candidate);
    }
    ActionItem item = candidate.item;
    // "…, and reply to the tickets today": the date goes with the half that says it.
    String secondDue = DueDates.find(second).orElse(null);
    candidate.item = new ActionItem(item.owner(), first,
        DueDates.find(first).orElse(secondDue == null ? item.due() : null), item.sources());
    candidate.terms = new HashSet<>(Terms.content(first));
    ActionCandidate next = new ActionCandidate(new ActionItem(item.owner(),
        Sentences.capitalize(second), secondDue, item.sources()),
        candidate.kind, s);
    return List.of(candidate, next);
  }
}

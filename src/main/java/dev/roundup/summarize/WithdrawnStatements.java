package dev.roundup.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a speaker took back is not in the summary: "I'll send the invoice friday" — "actually
 * scratch that, finance sends those now" leaves no action item, "we go with the lake venue. ..
 * hmm forget that" no decision, "does the export depend on it? ... no wait, ignore me" no open
 * question. The words that take something back are each language's ({@link Cues#withdraws}).
 *
 * <p>What is taken back is what the speaker said just before: the earlier sentences of the same
 * message, or else their previous message. Someone else may have spoken in between ("st mark's
 * cold room" — "it's been broken since march" — "oh. ok scratch that"), at most twice and without
 * asking anything: "forget it" right after someone's question answers that question, it takes
 * back nothing of one's own. A point that also rests on the retraction or on anything said after
 * it ("scratch that, I'll send it monday" merged with the first wording) stays. Small talk is
 * not what is taken back: "ok. scratch that" takes back the speaker's message before.
 */
final class WithdrawnStatements {

  /**
   * Other people's messages that may come between a statement and its retraction: "ok let's do
   * it … hamish can you set up the form" — "🙌 on it" — "hold on, our insurance only covers
   * members" — "ugh. ok scratch that": the one asked takes it on, another objects.
   */
  private static final int OTHERS_BETWEEN = 2;

  /**
   * A cry alone in its sentence before a retraction ("ugh. ok scratch that", "mist. vergesst
   * das", "zut. oubliez ça"): not what is taken back.
   */
  private static final Pattern CRY = Pattern.compile("(?iu)^[\\W_]*(?:ugh+|argh+|damn|dammit|ffs"
      + "|sigh|meh|welp|oops|whoops|shoot|crap|omg|mist|verdammt|menno|mince|zut|merde|vaya"
      + "|joder|mierda|ostras|putz|droga|poxa|eita|caraca|nossa|あー|うわ|しまった|げっ)[\\W_]*$");

  /** How far back a sentence taken back by name may be, in messages. */
  private static final int NAMED_LOOK_BACK = 6;

  /** How far back the speaker's previous message may be. */
  private static final int LOOK_BACK = OTHERS_BETWEEN + 1;

  private WithdrawnStatements() {}

  /**
   * The detections, without those whose speaker took back what they rest on; {@code found}
   * itself when none is, so that a caller can tell nothing changed (the summarizer then reads
   * the open questions once, not again).
   */
  static <T> List<Detection<T>> without(PreparedConversation c, List<Detection<T>> found) {
    Retractions retractions = read(c);
    if (retractions.taken().isEmpty()) {
      return found;
    }
    List<Detection<T>> kept = Detection.without(found,
        d -> withdrawn(d, retractions.taken(), retractions.onlyNaming()));
    return kept.size() == found.size() ? found : kept;
  }

  /**
   * The sentences their speaker took back, which no highlight repeats: "I will send the invoice
   * friday" is not worth a reader's attention once "scratch that" follows it.
   */
  static Set<Integer> takenBack(PreparedConversation c) {
    return read(c).taken().keySet();
  }

  /**
   * Whether what {@code d} rests on was taken back after the last sentence it rests on. A
   * retraction that only names what it takes back ("ok, scratch the double bill") says nothing
   * new, so a point that came to cite it (as the latest word on the same subject) rests on it no
   * more than on the words it takes back.
   */
  private static boolean withdrawn(Detection<?> d, Map<Integer, Integer> takenBack,
      Set<Integer> onlyNaming) {
    int last = d.sentenceIndices().stream().filter(s -> !onlyNaming.contains(s))
        .mapToInt(Integer::intValue).max().orElse(-1);
    return d.sentenceIndices().stream()
        .anyMatch(s -> takenBack.containsKey(s) && takenBack.get(s) > last);
  }

  /** Whether the sentence opens by taking back what was said before, in its own language. */
  static boolean takesBack(PreparedConversation c, Sentence s) {
    return Cues.of(c.languageOf(s.messageIndex())).withdraws(s.text());
  }

  /**
   * Each sentence taken back, with the sentence that takes it back, and the retractions by name
   * that say nothing but what they take back; read once per conversation, as the detectors and
   * the trees after them all ask.
   */
  private static Retractions read(PreparedConversation c) {
    return c.once("sentences taken back", () -> {
      Map<Integer, Integer> taken = new HashMap<>();
      Set<Integer> onlyNaming = new HashSet<>();
      for (Sentence s : c.sentences()) {
        if (s.user() == null) {
          continue;
        }
        Optional<Cues.NamedRetraction> named =
            Cues.of(c.languageOf(s.messageIndex())).withdrawsByName(s.text());
        List<Sentence> byName = named.map(n -> takenBackByName(c, s, n.name())).orElse(List.of());
        if (!byName.isEmpty() && named.get().nameAlone()) {
          onlyNaming.add(s.index());
        }
        for (Sentence earlier : takesBack(c, s) ? whatItTakesBack(c, s) : byName) {
          if (!earlier.smallTalk()) {
            taken.putIfAbsent(earlier.index(), s.index());
          }
        }
      }
      return new Retractions(taken, onlyNaming);
    });
  }

  /** What {@link #read} finds in a conversation. */
  private record Retractions(Map<Integer, Integer> taken, Set<Integer> onlyNaming) {}

  /**
   * "ok let's do the double bill on saturday" … "ffs. ok scratch the double bill": what the
   * speaker takes back by naming it is their own sentence, said a few messages before, that
   * carries every word of the name. Others may have spoken in between, asking too: the name
   * says what is meant.
   */
  private static List<Sentence> takenBackByName(PreparedConversation c, Sentence retraction,
      String name) {
    TextAnalysis analysis = TextAnalysis.of(c.languageOf(retraction.messageIndex()));
    List<String> named = analysis.terms(name);
    if (named.isEmpty()) {
      return List.of();
    }
    List<Sentence> candidates = new ArrayList<>(c.sentencesOf(retraction.messageIndex()).stream()
        .filter(s -> s.index() < retraction.index()).toList());
    for (int m : c.preceding(retraction.messageIndex(), NAMED_LOOK_BACK)) {
      if (retraction.user().equals(c.messages().get(m).user())) {
        candidates.addAll(c.sentencesOf(m));
      }
    }
    return candidates.stream().filter(s -> s.terms().containsAll(named)).toList();
  }

  /** The sentences a retraction refers to: the speaker's just before it, or none. */
  private static List<Sentence> whatItTakesBack(PreparedConversation c, Sentence retraction) {
    List<Sentence> own = c.sentencesOf(retraction.messageIndex());
    List<Sentence> before = own.subList(0, own.indexOf(retraction)).stream()
        .filter(s -> !s.smallTalk() && !RegexPrefilter.find(CRY, s.text())).toList();
    if (!before.isEmpty()) {
      return before;
    }
    int others = 0;
    for (int m : c.preceding(retraction.messageIndex(), LOOK_BACK)) {
      String user = c.messages().get(m).user();
      if (retraction.user().equals(user)) {
        return c.sentencesOf(m);
      }
      if (++others > OTHERS_BETWEEN || c.sentencesOf(m).stream().anyMatch(Sentence::isQuestion)) {
        return List.of();
      }
    }
    return List.of();
  }
}

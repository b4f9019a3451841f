package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A bare taking, "mach ich", "deixa comigo", "je m'en occupe": a commitment with no word of what
 * is taken on ({@link TaskWording#onlyTakesItOn}), in a language whose commitments keep their
 * whole sentence, that accepts no request read as one ({@link CommitmentObjects}, which asks this
 * class only then). After the speaker's own task in the same message it takes that task on again
 * and is no second item; otherwise it reads as what the message it answers asks.
 */
final class BareTakings {

  private BareTakings() {}

  /** Whether the candidate is a bare taking with an owner. */
  static boolean isOne(ActionCandidate candidate) {
    return candidate.kind == Kind.COMMITMENT && candidate.item.owner() != null
        && TaskWording.onlyTakesItOn(candidate.item.text());
  }

  /**
   * The bare taking as an item: none when it takes on the speaker's own task said before it in
   * the same message ("muss ich bei der allianz nachhaken. mach ich diese woche"), unless a
   * request or who-question was put to the speaker just before ("kannst du die Aufsteller
   * bestellen?" — "ich schreib dem Lieferanten wegen der Rechnung. mach ich morgen"); else
   * worded as what it answers.
   */
  static Optional<ActionCandidate> read(PreparedConversation c, List<ActionCandidate> found,
      ActionCandidate taking) {
    String owner = taking.item.owner();
    boolean afterOwnTask = found.stream()
        .anyMatch(f -> f.messageIndex == taking.messageIndex && owner.equals(f.item.owner()));
    return afterOwnTask && !askedJustBefore(c, taking) ? Optional.empty()
        : Optional.of(wordedAsWhatItAnswers(c, taking));
  }

  /**
   * The sentences of the message just before the candidate's in its thread, when someone other
   * than its owner wrote it: where a request the candidate may take on is put.
   */
  static Stream<Sentence> saidJustBefore(PreparedConversation c, ActionCandidate candidate) {
    return c.preceding(candidate.messageIndex, 1).stream()
        .filter(i -> !candidate.item.owner().equals(c.messages().get(i).user()))
        .flatMap(i -> c.sentencesOf(i).stream());
  }

  /** Whether the message just before, by someone else, puts a request or a who-question. */
  private static boolean askedJustBefore(PreparedConversation c, ActionCandidate taking) {
    ReplyWords words = ReplyWords.of(c.cues());
    return saidJustBefore(c, taking)
        .anyMatch(q -> RegexPrefilter.find(c.cues().request(), q.text())
            || q.isQuestion() && RegexPrefilter.find(words.whoTakes(), q.text()));
  }

  /**
   * "frag mal bei Frau Behrens nach" — "mach ich"; "<@thiago> organiza os motoristas?" — "deixa
   * comigo": the taking reads as the message just before it in its thread, from someone else,
   * in that message's words. Its sources stay the taking's own.
   */
  private static ActionCandidate wordedAsWhatItAnswers(PreparedConversation c,
      ActionCandidate taking) {
    ActionItem item = taking.item;
    for (int i : c.preceding(taking.messageIndex, 1)) {
      String by = c.messages().get(i).user();
      if (by != null && !by.equals(item.owner())
          && TaskWording.taskSentence(c, i).isPresent()) {
        String task = TaskWording.phrase(c, askedIn(c, i));
        taking.item = new ActionItem(item.owner(), task,
            item.due() != null ? item.due() : DueDates.find(task).orElse(null), item.sources());
      }
    }
    return taking;
  }

  /**
   * The words of a message a bare taking answers: all of it when it is a sentence or two ("gute
   * frage, keine ahnung ob das meldepflichtig ist. frag mal bei Frau Behrens nach"); of a longer
   * one, its first sentence that asks or requests something, else its last that says something,
   * where an ask closing a status report stands ("ontem fechamos 40 caixas. a transportadora
   * atrasou de novo. organiza os motoristas pra amanhã?" — "deixa comigo").
   */
  private static String askedIn(PreparedConversation c, int message) {
    List<Sentence> sentences = c.sentencesOf(message);
    if (sentences.size() <= 2) {
      return c.plainText(message);
    }
    List<Sentence> said = sentences.stream()
        .filter(s -> !s.smallTalk() && s.terms().size() >= 2).toList();
    return said.stream()
        .filter(s -> s.isQuestion() || RegexPrefilter.find(c.cues().request(), s.text()))
        .findFirst().or(() -> said.isEmpty() ? Optional.empty()
            : Optional.of(said.get(said.size() - 1)))
        .map(Sentence::text).orElse(c.plainText(message));
  }
}

package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the owner reported a task finished a few messages on ("Rolling back" … "Rollback
 * done", "Pause the billing cron" … "paused"): a summary's action items are what is still to do.
 * "is it booked?" asks; "room's booked" reports.
 */
final class FinishedItems {

  /** Messages after an item within which its owner may report it done. */
  private static final int DONE_WINDOW = 5;

  /**
   * "done by friday", "fertig bis Freitag", "listo para el lunes", "pronto até sexta", "fait
   * d'ici vendredi": the word for done with a deadline promises, it does not report.
   */
  private static final Pattern DONE_BY = Pattern.compile("(?iu)^\\W*(?:\\p{L}+\\s+)?(?:done|finished"
      + "|ready|fertig|erledigt|listo|lista|hecho|terminado|pronto|pronta|feito|fait|prêt|prête"
      + "|terminé)\\s+(?:by|until|before|bis|vor|para|antes|hasta|até|d'ici|avant|pour)"
      + "(?!\\p{L})");

  /**
   * "once the first three are done", "sobald das durch ist", "une fois que c'est fait", "cuando
   * esté hecho", "assim que estiver pronto", "終わったら": a clause that waits for something to be
   * done, in any of the cue languages.
   */
  private static final Pattern UNTIL_DONE = Pattern.compile("(?iu)\\b(?:once|when|after|until|till"
      + "|as\\s+soon\\s+as|sobald|nachdem|une\\s+fois|dès\\s+que|quand|cuando|una\\s+vez"
      + "|en\\s+cuanto|quando|assim\\s+que|depois\\s+que)\\b[^.!?;]*|[^。、]*(?:終わったら|済んだら)");

  private FinishedItems() {}

  static boolean doneLater(PreparedConversation c, ActionCandidate candidate) {
    return doneLater(c, candidate.item, lastMessage(c, candidate));
  }

  /**
   * Whether the owner reports the candidate done, unless the report comes after a later request
   * to them, which it answers: "I'll take access reviews" … "<@omar> can you give greta org
   * admin?" — "done" finishes the second only. After a later commitment of theirs the report may
   * be about either ("Mache ich gleich." … "Ich stelle es nächste Woche um." … "Zertifikat ist
   * erneuert").
   */
  static boolean doneLater(PreparedConversation c, ActionCandidate candidate,
      List<ActionCandidate> all) {
    int last = lastMessage(c, candidate);
    int before = all.stream().filter(o -> o != candidate && o.kind == Kind.REQUEST
            && java.util.Objects.equals(o.item.owner(), candidate.item.owner()))
        .mapToInt(o -> lastMessage(c, o)).filter(m -> m > last).min().orElse(Integer.MAX_VALUE);
    String owner = candidate.item.owner();
    if (owner == null) {
      return false;
    }
    for (int i : c.following(last, DONE_WINDOW)) {
      if (i > before) {
        return false;
      }
      if (reportsDone(c, candidate.item, i)) {
        return true;
      }
    }
    return false;
  }

  private static int lastMessage(PreparedConversation c, ActionCandidate candidate) {
    return candidate.sentences.stream().mapToInt(i -> c.sentences().get(i).messageIndex())
        .max().orElse(candidate.messageIndex);
  }

  /** Whether the item's owner reports it done within a few messages after {@code last}. */
  static boolean doneLater(PreparedConversation c, ActionItem item, int last) {
    String owner = item.owner();
    if (owner == null) {
      return false;
    }
    for (int i : c.following(last, DONE_WINDOW)) {
      if (reportsDone(c, item, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether message {@code i} is the item's owner reporting it done. */
  private static boolean reportsDone(PreparedConversation c, ActionItem item, int i) {
    Message later = c.messages().get(i);
    if (!item.owner().equals(later.user())) {
      return false;
    }
    // "is it booked?" asks; "room's booked" reports. "let's look at it once the first three are
    // done" waits for other work: the clause that says so reports nothing.
    String plain = c.plainText(i);
    if (RegexPrefilter.of(UNTIL_DONE).mayMatch(plain)) {
      plain = UNTIL_DONE.matcher(plain).replaceAll("");
    }
    return !c.cues().isQuestion(plain)
        && !RegexPrefilter.find(DONE_BY, plain)
        && (RegexPrefilter.find(c.cues().done(), plain) || reportsVerbDone(item, plain));
  }

  /** "Pause the billing cron" answered "paused": the task's own verb, now in the past. */
  private static boolean reportsVerbDone(ActionItem item, String reply) {
    List<String> task = Terms.words(item.text());
    List<String> said = Terms.words(reply);
    return !task.isEmpty() && !said.isEmpty() && said.get(0).endsWith("ed")
        && Terms.stem(said.get(0)).equals(Terms.stem(task.get(0)));
  }
}

package dev.roundup.summarize;

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

  private FinishedItems() {}

  static boolean doneLater(PreparedConversation c, ActionCandidate candidate) {
    int last = candidate.sentences.stream().mapToInt(i -> c.sentences().get(i).messageIndex())
        .max().orElse(candidate.messageIndex);
    return doneLater(c, candidate.item, last);
  }

  /** Whether the item's owner reports it done within a few messages after {@code last}. */
  static boolean doneLater(PreparedConversation c, ActionItem item, int last) {
    String owner = item.owner();
    if (owner == null) {
      return false;
    }
    for (int i : c.following(last, DONE_WINDOW)) {
      Message later = c.messages().get(i);
      String plain = c.plainText(i);
      // "is it booked?" asks; "room's booked" reports.
      if (owner.equals(later.user()) && !c.cues().isQuestion(plain)
          && !DONE_BY.matcher(plain).find()
          && (c.cues().done().matcher(plain).find() || reportsVerbDone(item, plain))) {
        return true;
      }
    }
    return false;
  }

  /** "Pause the billing cron" answered "paused": the task's own verb, now in the past. */
  private static boolean reportsVerbDone(ActionItem item, String reply) {
    List<String> task = Terms.words(item.text());
    List<String> said = Terms.words(reply);
    return !task.isEmpty() && !said.isEmpty() && said.get(0).endsWith("ed")
        && Terms.stem(said.get(0)).equals(Terms.stem(task.get(0)));
  }
}

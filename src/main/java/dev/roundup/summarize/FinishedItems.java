package dev.roundup.summarize;

import dev.roundup.summarize.ActionCandidate.Kind;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether the owner reported a task finished a few messages on ("Rolling back" … "Rollback
 * done", "Pause the billing cron" … "paused"): a summary's action items are what is still to do.
 * "is it booked?" asks; "room's booked" reports.
 */
final class FinishedItems {

  /** Messages after an item within which its owner may report it done. */
  private static final int DONE_WINDOW = 5;
  /** The first content words of a done report, among which it names the task it finishes. */
  private static final int NAMED_FIRST = 2;
  /** Words at the start of a reply among which the task's verb in the past reports it done. */
  private static final int VERB_DONE_WITHIN = 3;

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
   * Which of {@code all} their owner reports done, unless the report comes after a later request
   * to them, which it answers: "I'll take access reviews" … "<@omar> can you give greta org
   * admin?" — "done" finishes the second only. After a later commitment of theirs the report may
   * be about either ("Mache ich gleich." … "Ich stelle es nächste Woche um." … "Zertifikat ist
   * erneuert"). The requests are sorted by owner once ({@link LaterRequests}): looking through
   * every candidate for each one grows with the square of a long channel's items.
   */
  static Predicate<ActionCandidate> doneLater(PreparedConversation c,
      List<ActionCandidate> all) {
    LaterRequests requests = new LaterRequests(c, all);
    return candidate -> doneLater(c, candidate, requests, all);
  }

  private static boolean doneLater(PreparedConversation c, ActionCandidate candidate,
      LaterRequests requests, List<ActionCandidate> all) {
    int last = lastMessage(c, candidate);
    int before = requests.firstAfter(candidate.item.owner(), last);
    String owner = candidate.item.owner();
    if (owner == null) {
      return false;
    }
    for (int i : c.following(last, DONE_WINDOW)) {
      if (i > before) {
        return false;
      }
      if (reportsDone(c, candidate.item, i)) {
        return !namesAnotherTask(c, candidate, i, all);
      }
    }
    return false;
  }

  /**
   * Whether done report {@code i} names, in its words, another task its owner took on before it
   * and none of this candidate's: "rory send her a prepaid label" — "on it" … "i'll change the
   * job sheet template tonight" — "label sent" finishes the label, not the template.
   */
  private static boolean namesAnotherTask(PreparedConversation c, ActionCandidate candidate,
      int i, List<ActionCandidate> all) {
    List<String> words = Terms.content(c.plainText(i));
    if (words.isEmpty() || !Collections.disjoint(words, Terms.content(candidate.item.text()))) {
      return false;
    }
    // A report names its thing first ("label sent", "quote sent. full element set …"); not
    // "done — they're refunding it to the team card", whose later words tell how it went.
    List<String> named = words.subList(0, Math.min(NAMED_FIRST, words.size()));
    for (ActionCandidate other : all) {
      if (other != candidate && candidate.item.owner().equals(other.item.owner())
          && lastMessage(c, other) < i
          && !Collections.disjoint(named, Terms.content(other.item.text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The messages in which requests to each owner end (their last sentence's), in order: the
   * first after a candidate's bounds the messages that may report it done.
   */
  private static final class LaterRequests {
    private final Map<String, TreeSet<Integer>> byOwner = new HashMap<>();

    LaterRequests(PreparedConversation c, List<ActionCandidate> all) {
      for (ActionCandidate o : all) {
        if (o.kind == Kind.REQUEST) {
          byOwner.computeIfAbsent(o.item.owner(), owner -> new TreeSet<>())
              .add(lastMessage(c, o));
        }
      }
    }

    /**
     * The first message after {@code last} in which a request to {@code owner} ends, or {@link
     * Integer#MAX_VALUE}; the candidate's own request ends at {@code last}, so it is never this.
     */
    int firstAfter(String owner, int last) {
      TreeSet<Integer> ends = byOwner.get(owner);
      Integer next = ends == null ? null : ends.higher(last);
      return next == null ? Integer.MAX_VALUE : next;
    }
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

  /**
   * "Pause the billing cron" answered "paused", "Restart the auth pods" answered "pods
   * restarted": the task's own verb, now in the past, among the reply's first words.
   */
  private static boolean reportsVerbDone(ActionItem item, String reply) {
    List<String> task = Terms.words(item.text());
    List<String> said = Terms.words(reply);
    if (task.isEmpty()) {
      return false;
    }
    String verb = Terms.stem(task.get(0));
    for (String w : said.subList(0, Math.min(VERB_DONE_WITHIN, said.size()))) {
      // "workers not restarted yet", "should be deployed after the freeze": not done.
      if (NOT_YET.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (w.endsWith("ed") && Terms.stem(w).equals(verb)) {
        return true;
      }
    }
    return false;
  }

  /** Words before a verb in the past that say it is not done: a negation, a modal, "be", "to". */
  private static final Set<String> NOT_YET = Set.of("not", "never", "no",
      "haven", "hasn", "isn", "aren", "wasn", "weren", "didn", "t", "should", "will", "would",
      "could", "can", "must", "be", "to", "being", "get", "gets");
}

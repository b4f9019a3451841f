package dev.roundup.summarize;

import dev.roundup.summarize.ConversationModel.Act;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "can we kill the spots in that room now?" — "doing it"; "no, derig." — "fair. derigging now";
 * "the big room is free at 3" — "👍 booking it now": work said under way in a word or two, as the
 * first reply to someone else's message, is the replier's task, and the task is what that message
 * said to do: the sentence with the verb said back, or for "doing it" and "booking them" the one
 * that says a task. The rules before it read no request there (a question put to everyone, a bare
 * imperative), so the reply was left to none.
 *
 * <p>Read after the tasks said in words and the directives taken on are found and merged, so it
 * adds an item only where no item cites the reply, and where the replier has no task of a moment before that the reply goes on with
 * ("i can bulk-reverse from the admin panel. doing it now"). Not a look taken ("pulling it now",
 * "checking now"), whose finding follows, nor work the replier reports done a moment later
 * ("restarting now" — "pods restarted"). English only: other languages' words for work under way
 * are read as commitments where they are said.
 */
final class WorkUnderWay {

  /**
   * A sentence that only says work is under way now, or the very thing asked taken in hand:
   * "derigging now", "ok pausing it right now", "doing it", "👍 booking them"; the -ing word in
   * group "verb" or "taken". A bare "reviewing", "asking them", "tagging" is left alone: whether
   * it is a task or a word in passing, readers differ.
   */
  private static final Pattern UNDER_WAY = Pattern.compile("(?iu)^[^\\p{L}\\p{N}]*(?:(?:ok(?:ay)?"
      + "|yep|yes|sure|fair|right|kk?)[^\\p{L}\\p{N}]+)*(?!" + EnglishCues.NOT_A_DOING
      + "|(?:check|pull|dig|watch|show|search|grep|test|investigat|scroll|refresh)ing\\b)"
      + "(?:(?<taken>doing|booking)\\s+(?:it|them|that|this)(?:\\s+(?:right\\s+)?now)?"
      + "|(?<verb>\\p{L}{3,}ing)(?:\\s+(?:it|them|that|this|those|these))?\\s+(?:right\\s+)?now)"
      + "[^\\p{L}\\p{N}]*$");
  /**
   * A no opening a directive, with its mark: "no, derig." (not the "no" of "no more refunds
   * without approval").
   */
  private static final Pattern NO_FIRST = Pattern.compile("(?i)^\\W*(?:no|nope)[,.!]+\\s*(?=\\p{L})");
  /** Messages back in which the replier's own task is what their "doing it now" goes on with. */
  private static final int OWN_TASK_WITHIN = 5;

  private WorkUnderWay() {}

  /** The items found, and a task for each reply of work under way that no item cites. */
  static List<Detection<ActionItem>> addTasks(PreparedConversation c,
      List<Detection<ActionItem>> found) {
    if (!c.cues().isEnglish()) {
      return found;
    }
    Set<Integer> cited = c.messagesCitedBy(found);
    List<Detection<ActionItem>> all = new ArrayList<>(found);
    for (int r = 0; r < c.messages().size(); r++) {
      if (cited.contains(r)) {
        continue;
      }
      Optional<Detection<ActionItem>> task = task(c, r, all);
      if (task.isPresent()) {
        all.add(task.get());
        cited.add(r);
      }
    }
    return all;
  }

  private static Optional<Detection<ActionItem>> task(PreparedConversation c, int r,
      List<Detection<ActionItem>> found) {
    List<Sentence> reply = c.sentencesOf(r);
    String owner = c.messages().get(r).user();
    Matcher underWay = reply.isEmpty() ? null
        : UNDER_WAY.matcher(reply.get(reply.size() - 1).text());
    // "no, the curator wants them on. photographing them now": a reply that turns the message down
    // takes nothing on.
    Act act = c.model().act(r);
    if (owner == null || underWay == null || !underWay.find()
        || reply.stream().anyMatch(s -> s.isQuestion()) || act == Act.REFUSAL
        || act == Act.DEFERRAL) {
      return Optional.empty();
    }
    int asked = c.model().respondsTo(r);
    if (asked < 0 || c.model().firstReply(asked, 2) != r || ownTaskJustBefore(c, found, owner, r)) {
      return Optional.empty();
    }
    // A verb under way is the one the message said ("derig" for "derigging"; "eating now" after
    // a status takes nothing on); "doing it" and "booking them" take the sentence that says a
    // task. "ah ok" — "doing it" names none.
    List<Sentence> said = c.sentencesOf(asked);
    Optional<Sentence> directive = underWay.group("verb") != null
        ? said.stream().filter(s -> saysVerb(c, s, underWay.group("verb").toLowerCase(Locale.ROOT)))
            .findFirst()
        : TaskWording.taskSentence(c, asked);
    if (directive.isEmpty()) {
      return Optional.empty();
    }
    Sentence d = directive.get();
    String text = TaskWording.phrase(c, NO_FIRST.matcher(d.text()).replaceFirst(""));
    ActionItem item = new ActionItem(owner, text, DueDates.find(text).orElse(null),
        List.of(d.ts(), c.messages().get(r).ts()));
    if (FinishedItems.doneLater(c, item, r)) {
      return Optional.empty();
    }
    Set<Integer> sentences = new HashSet<>(Set.of(d.index()));
    reply.forEach(s -> sentences.add(s.index()));
    return Optional.of(new Detection<>(item, sentences));
  }

  /**
   * Whether the replier took a task on in the last few messages, the reply's own among them: "i
   * can bulk-reverse from the admin panel" … "doing it now" is that task under way, not another.
   */
  private static boolean ownTaskJustBefore(PreparedConversation c,
      List<Detection<ActionItem>> found, String owner, int r) {
    for (Detection<ActionItem> d : found) {
      if (!owner.equals(d.value().owner())) {
        continue;
      }
      for (int m : c.messagesOf(d)) {
        if (m <= r && r - m <= OWN_TASK_WITHIN) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word of the sentence is the -ing word's verb ("derig" for "derigging"). */
  private static boolean saysVerb(PreparedConversation c, Sentence s, String ing) {
    String stem = ing.substring(0, ing.length() - 3);
    String undoubled = stem.length() > 3
        && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
        ? stem.substring(0, stem.length() - 1) : stem;
    return stem.length() >= 3 && TextAnalysis.of(c.language()).words(s.text()).stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .anyMatch(w -> w.equals(stem) || w.equals(undoubled) || w.equals(stem + "e"));
  }
}

package dev.roundup.eval;

import dev.roundup.summarize.Conversation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-written Slack thread with what a careful reader takes from it: the decisions, the action
 * items with their owners, the questions left open, and the traps — messages that look like one
 * of those and are not (a deferral, a musing, a past-tense remark, a message to the bot).
 *
 * @param split      "dev" (written first, used while tuning) or "heldout" (written after, never
 *                   tuned on)
 * @param kind       incident, planning, support or decision
 * @param language   ISO 639-1 code of the thread's language
 * @param batch      the batch the thread was written in ({@code # batch: 16}); empty for the
 *                   first threads, written before batches were numbered
 * @param messageIndex ts → 1-based position of the message in the file
 * @param notDecision  messages that must not be cited by a decision (deferrals, musings)
 * @param notAction    messages that must not be cited by an action item
 * @param notQuestion  messages whose questions are answered (must not be listed open)
 * @param notContent   messages addressed to the bot: must not appear anywhere in the summary
 * @param either       messages a careful reader could list or leave out: items citing only
 *                     these are not scored
 */
public record GoldThread(String id, String split, String kind, String language, String batch,
    Conversation conversation, Map<String, Integer> messageIndex, List<GoldItem> decisions,
    List<GoldItem> actions, List<GoldItem> questions, Set<Integer> notDecision,
    Set<Integer> notAction, Set<Integer> notQuestion, Set<Integer> notContent,
    Set<Integer> either) {

  /**
   * One expected item.
   *
   * @param sources  1-based message positions the item may cite (citing any one matches)
   * @param owner    the owner's user id for an action item, or null when nobody owns it
   * @param finished an action item the thread itself reports done ("(done)" after its text):
   *                 a summary lists what is still to do, so such an item counts neither way
   */
  public record GoldItem(Set<Integer> sources, String owner, String text, boolean finished) {}

  /** Whether this thread has a trap of any kind. */
  public boolean hasTraps() {
    return !notDecision.isEmpty() || !notAction.isEmpty() || !notQuestion.isEmpty()
        || !notContent.isEmpty();
  }
}

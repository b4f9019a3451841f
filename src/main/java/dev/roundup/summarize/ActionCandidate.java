package dev.roundup.summarize;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An action item while it is being found: how it was found (a request may be accepted by a later
 * commitment), the message it started in, the sentences it cites so far and its content words.
 */
final class ActionCandidate {

  /** How an item was found. */
  enum Kind { LABELLED, REQUEST, COMMITMENT }

  ActionItem item;
  final Kind kind;
  final int messageIndex;
  final Set<Integer> sentences = new LinkedHashSet<>();
  Set<String> terms;

  ActionCandidate(ActionItem item, Kind kind, Sentence s) {
    this.item = item;
    this.kind = kind;
    this.messageIndex = s.messageIndex();
    this.sentences.add(s.index());
    this.terms = new HashSet<>(Terms.content(item.text()));
  }

  /** A new item said in the sentence, with the due date the sentence names. */
  static ActionCandidate of(String owner, String text, Sentence s, Kind kind) {
    return new ActionCandidate(new ActionItem(owner, text, DueDates.find(s.text()).orElse(null),
        List.of(s.ts())), kind, s);
  }
}

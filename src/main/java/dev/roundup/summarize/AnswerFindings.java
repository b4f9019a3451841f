package dev.roundup.summarize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the summary found in a conversation, as the answerer reads it: each decision and action
 * item with who said it and in which message, the messages they cite, and the conversation's
 * language. Immutable and small: nothing of the prepared conversation (its sentences, features and
 * facts computed on first use) is kept, so it can be shared between questions and threads.
 *
 * @param language  the conversation's language code
 * @param decisions the decisions the summary lists, in the order they were said
 * @param actions   the action items the summary lists, in the order they were said
 * @param cited     the messages any of them cites, by ts
 */
record AnswerFindings(String language, List<Said<Point>> decisions,
    List<Said<ActionItem>> actions, Map<String, Message> cited) {

  /**
   * One item and where it was said: the ts and author of the message that says it, and its place
   * in the conversation (a later item supersedes an earlier one of equal weight).
   */
  record Said<T>(T value, String ts, String user, int order) {}

  AnswerFindings {
    decisions = List.copyOf(decisions);
    actions = List.copyOf(actions);
    cited = Map.copyOf(cited);
  }

  /** The answerer's view of what the summarizer found. */
  static AnswerFindings of(ExtractiveSummarizer.Findings found) {
    PreparedConversation prepared = found.prepared();
    Map<String, Message> byTs = new HashMap<>();
    prepared.messages().forEach(m -> byTs.put(m.ts(), m));
    Map<String, Message> cited = new HashMap<>();
    List<Said<Point>> decisions = found.decisions().stream()
        .map(d -> said(prepared, d, d.value().sources(), byTs, cited)).toList();
    List<Said<ActionItem>> actions = found.actions().stream()
        .map(d -> said(prepared, d, d.value().sources(), byTs, cited)).toList();
    return new AnswerFindings(prepared.language(), decisions, actions, cited);
  }

  private static <T> Said<T> said(PreparedConversation prepared, Detection<T> d,
      List<String> sources, Map<String, Message> byTs, Map<String, Message> cited) {
    for (String ts : sources) {
      Message m = byTs.get(ts);
      if (m != null) {
        cited.put(ts, m);
      }
    }
    Sentence by = prepared.sentences().get(d.saidBy());
    return new Said<>(d.value(), by.ts(), by.user(), d.saidBy());
  }

  /** Only the items said in these messages (by ts). */
  AnswerFindings saidIn(Set<String> messages) {
    return new AnswerFindings(language,
        decisions.stream().filter(d -> messages.contains(d.ts())).toList(),
        actions.stream().filter(a -> messages.contains(a.ts())).toList(), cited);
  }
}

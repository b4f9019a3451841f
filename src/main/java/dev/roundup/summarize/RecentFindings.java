package dev.roundup.summarize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The summary's findings for the last few conversations asked about, so that a follow-up question
 * about a conversation nobody has written in since is answered without reading it all again:
 * finding its decisions and action items is most of the cost of an answer (half a second of CPU on
 * a channel window of 2,000 messages), and people ask their questions in a row. A conversation
 * that changed (a new message, an edit) is a different key and is read afresh; the least recently
 * asked one is let go past {@code capacity}.
 *
 * <p>Safe to share between threads: two questions about the same conversation at the same moment
 * may both read it, and either result is kept (they are the same). Findings handed out here are
 * only read: their lists, and the prepared conversation's messages and sentences, fixed when it
 * was built. (Its facts computed on first use are not safe for concurrent use, and the
 * answerer needs none once the reading is done.)
 */
final class RecentFindings {

  private final Map<Conversation, ExtractiveSummarizer.Findings> recent;

  RecentFindings(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(
          Map.Entry<Conversation, ExtractiveSummarizer.Findings> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The findings of {@code conversation}, read with {@code read} unless known already. */
  ExtractiveSummarizer.Findings of(Conversation conversation,
      Function<Conversation, ExtractiveSummarizer.Findings> read) {
    synchronized (recent) {
      ExtractiveSummarizer.Findings known = recent.get(conversation);
      if (known != null) {
        return known;
      }
    }
    // Read outside the lock: a long conversation must not hold up questions about other ones.
    ExtractiveSummarizer.Findings found = read.apply(conversation);
    synchronized (recent) {
      recent.put(conversation, found);
    }
    return found;
  }
}

package dev.roundup.summarize;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What the summary found in the last few conversations asked about, so that a follow-up question
 * about a conversation nobody has written in since is answered without running the detectors over
 * it again: that is most of the cost of an answer (up to half a second of CPU on a channel window
 * of 2,000 messages), and people ask their questions in a row. A conversation that changed (a new
 * message, an edit, a name) is a different key and is read afresh. Past {@code capacity} the least
 * recently asked one is let go, and none is kept longer than {@code keptFor}: message text a
 * workspace deletes or purges does not stay in memory beyond that.
 *
 * <p>Safe to share between threads: the findings are immutable ({@link AnswerFindings}); two
 * questions about the same conversation at the same moment may both read it, and either result is
 * kept (they are the same).
 */
final class RecentFindings {

  private record Kept(AnswerFindings findings, long since) {}

  private final Map<Conversation, Kept> recent;
  private final long keptForNanos;
  private final LongSupplier nanoClock;

  RecentFindings(int capacity, Duration keptFor) {
    this(capacity, keptFor, System::nanoTime);
  }

  RecentFindings(int capacity, Duration keptFor, LongSupplier nanoClock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.keptForNanos = keptFor.toNanos();
    this.nanoClock = nanoClock;
    this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Conversation, Kept> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The findings of {@code conversation}, read with {@code read} unless kept from before. */
  AnswerFindings of(Conversation conversation, Function<Conversation, AnswerFindings> read) {
    synchronized (recent) {
      forgetExpired(nanoClock.getAsLong());
      Kept kept = recent.get(conversation);
      if (kept != null) {
        return kept.findings();
      }
    }
    // Read outside the lock: a long conversation must not hold up questions about other ones.
    AnswerFindings found = read.apply(conversation);
    synchronized (recent) {
      recent.put(conversation, new Kept(found, nanoClock.getAsLong()));
    }
    return found;
  }

  private void forgetExpired(long now) {
    recent.values().removeIf(k -> now - k.since() >= keptForNanos);
  }
}

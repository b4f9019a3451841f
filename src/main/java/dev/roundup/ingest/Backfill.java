package dev.roundup.ingest;

import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import dev.roundup.slack.Pager;
import dev.roundup.slack.ReadProgress;
import dev.roundup.slack.SlackApi;
import dev.roundup.slack.SlackCallException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the parts of a channel window the store does not cover, from
 * {@code conversations.history} and {@code conversations.replies}, within per-method budgets
 * (see {@link Pacer}) and waiting out {@code Retry-After} (in {@link SlackApi}).
 *
 * <p>History pages run newest to oldest; after each page and its threads are stored, the range
 * from that page's oldest message to the end of the gap is recorded in {@link Coverage}. That
 * record is the saved progress: an interrupted backfill resumes from where it stopped, because the
 * next one only asks for what is still missing.
 *
 * <p>A backfill of a channel holds that channel's {@link BackfillLocks backfill lock}, so two
 * backfills of one channel (on one node or two) never fetch the same range: the second waits and
 * then finds it covered.
 */
public final class Backfill {

  static final String HISTORY = "conversations.history";
  static final String REPLIES = "conversations.replies";
  private static final Logger log = LoggerFactory.getLogger(Backfill.class);

  private final SlackApi slack;
  private final MessageStore store;
  private final Coverage coverage;
  private final Pacer pacer;
  private final MethodBudget historyBudget;
  private final MethodBudget repliesBudget;
  private final BackfillLocks locks;

  public Backfill(SlackApi slack, MessageStore store, Coverage coverage, Pacer pacer,
      MethodBudget historyBudget, MethodBudget repliesBudget, BackfillLocks locks) {
    this.locks = locks;
    this.slack = slack;
    this.store = store;
    this.coverage = coverage;
    this.pacer = pacer;
    this.historyBudget = historyBudget;
    this.repliesBudget = repliesBudget;
  }

  /** Makes the store cover [from, to] of the channel as far as the deadline allows. */
  public BackfillResult fill(String channel, Instant from, Instant to, Instant deadline) {
    return fill(channel, from, to, deadline, ReadProgress.NONE);
  }

  /**
   * As {@link #fill(String, Instant, Instant, Instant)}, telling {@code progress} how many
   * messages were fetched after each page and before each wait for Slack's rate limit.
   */
  public BackfillResult fill(String channel, Instant from, Instant to, Instant deadline,
      ReadProgress progress) {
    Counters n = new Counters(progress);
    String problem = null;
    try {
      if (!coverage.gaps(channel, from, to).isEmpty()) {
        problem = fillHoldingTheLock(channel, from, to, deadline, n);
      }
    } catch (SlackCallException e) {
      problem = "Slack answered " + e.error();
      log.warn("Backfill of {} stopped: {}", channel, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    return new BackfillResult(channel, from, to, coverage.gaps(channel, from, to), n.calls,
        n.stored, problem);
  }

  /** Fills the gaps under the channel's backfill lock; answers what stopped it, or null. */
  private String fillHoldingTheLock(String channel, Instant from, Instant to, Instant deadline,
      Counters n) throws InterruptedException {
    Optional<BackfillLocks.Held> held = locks.hold(channel, deadline);
    if (held.isEmpty()) {
      return "another backfill of this channel was still running at the time limit";
    }
    try (BackfillLocks.Held lock = held.get()) {
      // Read the gaps again: a backfill that held the lock before may have filled them.
      List<TimeRange> gaps = new ArrayList<>(coverage.gaps(channel, from, to));
      String problem = null;
      // Newest gaps first: if time runs out, the digest still has the most recent days.
      for (int i = gaps.size() - 1; i >= 0 && problem == null; i--) {
        problem = fillGap(channel, gaps.get(i), deadline, n);
      }
      return problem;
    }
  }

  private static final class Counters {
    final ReadProgress progress;
    int calls;
    int stored;

    Counters(ReadProgress progress) {
      this.progress = progress;
    }

    void stored(int more) {
      stored += more;
      progress.messagesRead(stored);
    }
  }

  private String fillGap(String channel, TimeRange gap, Instant deadline, Counters n)
      throws InterruptedException {
    String latest = SlackTs.format(gap.toMicros());
    String oldest = SlackTs.format(gap.fromMicros());
    while (true) {
      if (!pacer.acquire(HISTORY, historyBudget, deadline)) {
        return "stopped at the time limit (history budget " + historyBudget.requestsPerMinute() + "/min)";
      }
      String upTo = latest;
      n.calls++;
      ConversationsHistoryResponse page = slack.call(HISTORY, m -> m.conversationsHistory(r -> r
          .channel(channel).oldest(oldest).latest(upTo).inclusive(true).limit(historyBudget.pageSize())),
          n.progress::rateLimited);
      List<ChannelMessage> batch = new ArrayList<>();
      long pageOldest = gap.toMicros();
      for (Message m : page.getMessages()) {
        batch.add(toStored(channel, m));
        pageOldest = Math.min(pageOldest, SlackTs.toMicros(m.getTs()));
      }
      store.saveAll(batch);
      n.stored(batch.size());
      for (Message m : page.getMessages()) {
        if (m.getReplyCount() != null && m.getReplyCount() > 0) {
          String stop = fillThread(channel, m.getTs(), deadline, n);
          if (stop != null) {
            return stop;
          }
        }
      }
      boolean more = Boolean.TRUE.equals(page.isHasMore()) && !page.getMessages().isEmpty();
      coverage.add(channel, new TimeRange(more ? pageOldest : gap.fromMicros(), gap.toMicros()));
      if (!more) {
        return null;
      }
      latest = SlackTs.format(pageOldest);
    }
  }

  private String fillThread(String channel, String parentTs, Instant deadline, Counters n)
      throws InterruptedException {
    Pager<ConversationsRepliesResponse> pages = new Pager<>(slack, REPLIES,
        (m, cursor) -> m.conversationsReplies(r -> r
            .channel(channel).ts(parentTs).limit(repliesBudget.pageSize()).cursor(cursor)),
        ConversationsRepliesResponse::getResponseMetadata, n.progress::rateLimited);
    while (pages.hasMore()) {
      if (!pacer.acquire(REPLIES, repliesBudget, deadline)) {
        return "stopped at the time limit (replies budget " + repliesBudget.requestsPerMinute() + "/min)";
      }
      n.calls++;
      ConversationsRepliesResponse page = pages.next().orElseThrow();
      List<ChannelMessage> batch = new ArrayList<>();
      for (Message m : page.getMessages()) {
        if (!m.getTs().equals(parentTs)) {
          batch.add(toStored(channel, m));
        }
      }
      store.saveAll(batch);
      n.stored(batch.size());
    }
    return null;
  }

  static ChannelMessage toStored(String channel, Message m) {
    return new ChannelMessage(channel, m.getTs(), m.getThreadTs(), m.getUser(), m.getBotId(),
        m.getText(), m.getSubtype(), m.getReplyCount() == null ? 0 : m.getReplyCount(),
        m.getReplyUsersCount() == null ? 0 : m.getReplyUsersCount(), m.getEdited() != null);
  }
}

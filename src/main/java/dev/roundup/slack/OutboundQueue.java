package dev.roundup.slack;

import dev.roundup.store.Workspace;
import dev.roundup.threads.WorkThreads;
import com.slack.api.model.block.LayoutBlock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts scheduled output (task runs, digests, notes to their owners) at the pace Slack accepts,
 * one workspace (team) at a time: Slack's {@code chat.postMessage} takes about one message per
 * second per channel and several hundred per minute per workspace, and answers 429 beyond.
 *
 * <p>Each workspace has a token bucket, and each of its channels (a DM counts as one) a token
 * bucket and a lane of deliveries. A dispatcher thread picks the next part to send round-robin
 * over the channels that may take one now, so a busy channel never holds up the others; within a
 * channel, deliveries take turns part by part, so a one-line reminder never waits behind another
 * task's ten-part summary. One part per channel is in flight at a time, which keeps a delivery's
 * parts in order and its later parts in the first part's thread. A 429 makes only that channel
 * wait, as long as {@code Retry-After} asks, and the part is sent again; other errors fail the
 * delivery. Sends run on a few sender threads and never sleep, and what the caller does once a
 * delivery is over runs on completion threads, so neither holds up sending.
 *
 * <p>The channel limits are this node's. The workspace limit is this node's too, unless the queue
 * is given budgets shared through the database ({@link SharedPostingBudget}): then N nodes
 * together keep to it. The workspace is asked only once a channel has a part ready to go, so a
 * shared permit is used as soon as it is taken. 429s are honoured either way.
 */
public final class OutboundQueue implements AutoCloseable {

  /** Roundup stopped before the whole delivery went out; {@link #firstTs()} if part of it did. */
  public static final class NotSent extends RuntimeException {
    private final String firstTs;

    NotSent(String firstTs) {
      super(firstTs == null ? "Roundup stopped before this was posted"
          : "Roundup stopped before every part of this was posted", null, false, false);
      this.firstTs = firstTs;
    }

    /** The ts of the first message, when it was posted. */
    public Optional<String> firstTs() {
      return Optional.ofNullable(firstTs);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

  /** One queued post: its parts, and how far it got. */
  private static final class Delivery {
    /** The workspace it is posted in, with that workspace's token; its follow-ups run there too. */
    final String teamId;
    final Destination to;
    final List<MessagePart> parts;
    final String runKey;
    final CompletableFuture<String> result = new CompletableFuture<>();
    int next;
    String firstTs;
    String threadTs;

    Delivery(String teamId, Destination to, List<MessagePart> parts, String runKey) {
      this.teamId = teamId;
      this.to = to;
      this.parts = parts;
      this.runKey = runKey;
      this.threadTs = to.kind() == Destination.Kind.THREAD ? to.threadTs() : null;
    }
  }

  /** One channel's deliveries, its pace, and whether a part of it is being sent. */
  private static final class Lane {
    final ArrayDeque<Delivery> deliveries = new ArrayDeque<>();
    final TokenBucket bucket;
    long notBefore;
    boolean sending;
    boolean inRing;

    Lane(TokenBucket bucket, long now) {
      this.bucket = bucket;
      this.notBefore = now;
    }
  }

  /** One workspace: its pace, its channels, and the ring of channels with something to send. */
  private static final class Team {
    final PostingBudget bucket;
    final Map<String, Lane> lanes = new HashMap<>();
    final ArrayDeque<Lane> ring = new ArrayDeque<>();
    boolean inRing;

    Team(PostingBudget bucket) {
      this.bucket = bucket;
    }
  }

  private record Send(Lane lane, Delivery delivery, MessagePart part) {}

  private final Poster poster;
  private final PostingLimits limits;
  private final Function<String, PostingBudget> workspaceBudgets;
  private final LongSupplier nanos;
  private final ExecutorService senders;
  private final ExecutorService completions;
  private final Thread dispatcher;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, Team> teams = new HashMap<>();
  private final ArrayDeque<Team> teamRing = new ArrayDeque<>();
  private final Counter rateLimited;
  private int pendingParts;
  private int inFlight;
  private boolean stopped;

  /**
   * @param senders posts in flight at once (each to a different channel)
   */
  public OutboundQueue(Poster poster, PostingLimits limits, int senders, MeterRegistry metrics) {
    this(poster, limits, senders, metrics, System::nanoTime, null);
  }

  /**
   * @param workspaceBudgets each workspace's budget, e.g. shared by every node
   *                         ({@link SharedPostingBudget#perWorkspace}); the channel limits stay
   *                         this node's
   */
  public OutboundQueue(Poster poster, PostingLimits limits, int senders, MeterRegistry metrics,
      Function<String, PostingBudget> workspaceBudgets) {
    this(poster, limits, senders, metrics, System::nanoTime, workspaceBudgets);
  }

  OutboundQueue(Poster poster, PostingLimits limits, int senders, MeterRegistry metrics,
      LongSupplier nanos) {
    this(poster, limits, senders, metrics, nanos, null);
  }

  private OutboundQueue(Poster poster, PostingLimits limits, int senders, MeterRegistry metrics,
      LongSupplier nanos, Function<String, PostingBudget> workspaceBudgets) {
    this.poster = poster;
    this.limits = limits;
    this.nanos = nanos;
    this.workspaceBudgets = workspaceBudgets != null ? workspaceBudgets
        : team -> new TokenBucket(limits.workspacePerMinute() / 60.0, limits.workspaceBurst(),
            nanos.getAsLong());
    // Posting keeps pace with what is due, behind the acknowledgements (see WorkThreads).
    this.senders = Executors.newFixedThreadPool(senders,
        WorkThreads.of("roundup-post-", WorkThreads.Priority.BEHIND_ACKS));
    this.completions = Executors.newFixedThreadPool(Math.max(2, senders),
        WorkThreads.of("roundup-posted-", WorkThreads.Priority.BEHIND_ACKS));
    Gauge.builder("roundup_outbound_queue_length", this, OutboundQueue::pending)
        .description("Message parts waiting to be posted to Slack").register(metrics);
    this.rateLimited = Counter.builder("roundup_outbound_rate_limited_total")
        .description("Posts Slack answered with 429 (sent again after Retry-After)").register(metrics);
    this.dispatcher = WorkThreads.of("roundup-outbound-", WorkThreads.Priority.BEHIND_ACKS)
        .newThread(this::dispatch);
    this.dispatcher.start();
  }

  /**
   * Queues the parts for one destination (the first as a message, the rest in its thread; all in
   * the thread for a thread destination). Completes with the first message's ts, or with the
   * {@link SlackCallException} that stopped it, or {@link NotSent} when Roundup stopped first.
   *
   * @param teamId the workspace posted in: its limits apply, its token posts; null for the current
   *               {@link Workspace}
   * @param runKey marks the first message (invisible metadata) so {@link PostedCheck} can tell
   *               later whether it went out; null for none
   */
  public CompletableFuture<String> post(String teamId, Destination to, List<MessagePart> parts,
      String runKey) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to post");
    }
    String team = teamId == null ? Workspace.current() : teamId;
    Delivery d = new Delivery(team, to, List.copyOf(parts), runKey);
    lock.lock();
    try {
      if (stopped) {
        d.result.completeExceptionally(new NotSent(null));
        return d.result;
      }
      Team lanes = teams.computeIfAbsent(team, id -> new Team(workspaceBudgets.apply(id)));

      long now = nanos.getAsLong();
      Lane lane = lanes.lanes.computeIfAbsent(to.channelId(), c -> new Lane(
          new TokenBucket(limits.channelPerSecond(), limits.channelBurst(), now), now));
      lane.deliveries.addLast(d);
      pendingParts += d.parts.size();
      inRing(lanes, lane);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    return d.result;
  }

  /** Queues one plain-text message. */
  public CompletableFuture<String> text(String teamId, Destination to, String text, String runKey) {
    return post(teamId, to, List.of(new MessagePart(text, List.<LayoutBlock>of())), runKey);
  }

  /** Message parts waiting or being sent. */
  public int pending() {
    lock.lock();
    try {
      return pendingParts;
    } finally {
      lock.unlock();
    }
  }

  /** Waits until everything queued is posted (or failed), or the time is up; true when empty. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (pendingParts > 0 || inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops sending: every delivery not yet started fails with {@link NotSent}; parts being sent
   * finish, and their deliveries then stop too. Posting afterwards fails at once.
   */
  public void stop() {
    List<Delivery> abandoned = new ArrayList<>();
    lock.lock();
    try {
      stopped = true;
      for (Team team : teams.values()) {
        for (Lane lane : team.lanes.values()) {
          Delivery sending = lane.sending ? lane.deliveries.pollFirst() : null;
          for (Delivery d : lane.deliveries) {
            pendingParts -= d.parts.size() - d.next;
            abandoned.add(d);
          }
          lane.deliveries.clear();
          if (sending != null) {
            lane.deliveries.addFirst(sending);
          }
        }
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    if (!abandoned.isEmpty()) {
      log.warn("Stopping with {} post(s) not sent; their runs are handed back", abandoned.size());
    }
    abandoned.forEach(d -> finish(d, null, new NotSent(d.firstTs)));
  }

  private void dispatch() {
    while (true) {
      Send send;
      lock.lock();
      try {
        send = nextSend();
        if (send == null) {
          return;
        }
        inFlight++;
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      senders.execute(() -> send(send));
    }
  }

  /** Under the lock: waits for the next part that may go now; null once stopped. */
  private Send nextSend() throws InterruptedException {
    while (!stopped) {
      long now = nanos.getAsLong();
      long wake = Long.MAX_VALUE;
      for (int t = teamRing.size(); t > 0; t--) {
        Team team = teamRing.pollFirst();
        if (team.ring.isEmpty()) {
          team.inRing = false;
          continue;
        }
        teamRing.addLast(team);
        for (int l = team.ring.size(); l > 0; l--) {
          Lane lane = team.ring.pollFirst();
          if (lane.deliveries.isEmpty()) {
            lane.inRing = false;
            continue;
          }
          team.ring.addLast(lane);
          if (lane.sending) {
            continue;
          }
          if (lane.notBefore - now > 0) {
            wake = Math.min(wake, lane.notBefore);
            continue;
          }
          long laneWait = lane.bucket.nanosUntilToken(now);
          if (laneWait > 0) {
            wake = Math.min(wake, now + laneWait);
            continue;
          }
          // A part is ready: only now ask the workspace (a shared budget's permit is used at once).
          long teamWait = team.bucket.nanosUntilToken(now);
          if (teamWait > 0) {
            // This lane keeps its turn for when the workspace allows the next post.
            team.ring.pollLast();
            team.ring.addFirst(lane);
            wake = Math.min(wake, now + teamWait);
            break;
          }
          team.bucket.take(now);
          lane.bucket.take(now);
          lane.sending = true;
          Delivery d = lane.deliveries.peekFirst();
          return new Send(lane, d, d.parts.get(d.next));
        }
      }
      if (wake == Long.MAX_VALUE) {
        changed.await();
      } else {
        changed.awaitNanos(Math.max(1, wake - now));
      }
    }
    return null;
  }

  private void send(Send s) {
    Delivery d = s.delivery();
    String ts = null;
    RuntimeException failure = null;
    try {
      ts = Workspace.call(d.teamId, () -> poster.postOne(d.to, d.threadTs, s.part(), d.next == 0 ? d.runKey : null));
    } catch (RuntimeException e) {
      failure = e;
    }
    Delivery over = null;
    RuntimeException error = null;
    lock.lock();
    try {
      inFlight--;
      Lane lane = s.lane();
      lane.sending = false;
      Duration retryAfter = failure instanceof SlackCallException sce ? sce.retryAfter().orElse(null) : null;
      if (failure == null) {
        if (d.next == 0) {
          d.firstTs = ts;
          d.threadTs = d.threadTs != null ? d.threadTs : ts;
        }
        d.next++;
        pendingParts--;
        lane.deliveries.pollFirst();
        if (d.next == d.parts.size()) {
          over = d;
        } else if (stopped) {
          pendingParts -= d.parts.size() - d.next;
          over = d;
          error = new NotSent(d.firstTs);
        } else {
          // Its next part waits for its turn behind the channel's other deliveries.
          lane.deliveries.addLast(d);
        }
      } else if (retryAfter != null && !stopped) {
        rateLimited.increment();
        lane.notBefore = nanos.getAsLong() + retryAfter.toNanos();
        log.info("Slack rate-limited a post to {}; that channel waits {} ms", d.to.channelId(),
            retryAfter.toMillis());
      } else {
        lane.deliveries.pollFirst();
        pendingParts -= d.parts.size() - d.next;
        over = d;
        error = retryAfter != null ? new NotSent(d.firstTs) : failure;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    if (over != null) {
      finish(over, over.firstTs, error);
    }
  }

  /** Completes a delivery on a completion thread, so the caller's follow-up never delays a send. */
  private void finish(Delivery d, String firstTs, RuntimeException error) {
    Runnable complete = () -> Workspace.run(d.teamId, () -> {
      if (error == null) {
        d.result.complete(firstTs);
      } else {
        d.result.completeExceptionally(error);
      }
    });
    try {
      completions.execute(complete);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      complete.run();
    }
  }

  private void inRing(Team team, Lane lane) {
    if (!lane.inRing) {
      lane.inRing = true;
      team.ring.addLast(lane);
    }
    if (!team.inRing) {
      team.inRing = true;
      teamRing.addLast(team);
    }
  }

  @Override
  public void close() {
    stop();
    dispatcher.interrupt();
    senders.shutdown();
    try {
      senders.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    completions.shutdown();
    try {
      completions.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}

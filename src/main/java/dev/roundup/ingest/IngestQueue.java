package dev.roundup.ingest;

import dev.roundup.ingest.MessageStore.Arrival;
import dev.roundup.ingest.MessageStore.Change;
import dev.roundup.store.ProcessedEvents;
import dev.roundup.store.Workspace;
import dev.roundup.threads.WorkThreads;
import dev.roundup.time.RateLimitedWarning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's queue of message events between the ack and the store: new messages, edits and
 * deletes. One thread drains it in batches, each applied in one transaction per workspace
 * ({@link MessageStore#apply(List, ProcessedEvents)}: the channels' locks, the event-id claims and
 * the reply counts as for a single message), so a busy workspace costs one commit per batch
 * instead of three per message, and message events never wait behind summaries on the work pool.
 * Events are applied in the order they arrived, so a delete or an edit that follows its message
 * at once never overtakes it. Each event is applied in the workspace it was queued for.
 *
 * <p>The queue is bounded. When it is full, the event has already been acknowledged (Slack will
 * not send it again), so refusing it would lose it silently. Instead an overflow is recorded and
 * repaired: {@code roundup_ingest_overflow_total} counts it, a warning (at most one a minute) says
 * how many, and once the messages queued before it are stored the channel's live coverage restarts
 * after the lost message ({@link Coverage#restartLive}), so the next summary or digest of that
 * window backfills it from Slack. Blocking the request thread instead would slow every ack, and
 * Slack answers slow acks with retries that add to the load.
 *
 * <p>An edit or a delete that finds the queue full cannot be repaired that way (Slack's history
 * does not list deletes, and a backfill does not reach back to an old message whose text changed),
 * so it is held instead, per message and in arrival order, and applied once everything queued
 * before it is written: later changes of a held message join it, so they never overtake it. The
 * hold is bounded by the queue's capacity; a change beyond that is counted as lost
 * ({@code roundup_ingest_lost_total}) and warned about, and its message stays as it was stored.
 */
public final class IngestQueue implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IngestQueue.class);

  /** An arrival and the workspace it came from (the drainer serves every workspace). */
  private record Queued(String teamId, Arrival arrival) {}

  private final BlockingQueue<Queued> queue;
  private final int batchSize;
  private final MessageStore store;
  private final Coverage coverage;
  private final ProcessedEvents events;
  private final Counter overflow;
  private final Counter stored;
  private final Counter failed;
  private final RateLimitedWarning overflowWarning;
  /** Per channel, the latest lost message whose coverage repair is still to be done. */
  private final Map<LostChannel, Lost> lost = new ConcurrentHashMap<>();
  /** Edits and deletes that found the queue full, per message; guarded by {@link #queued}. */
  private final Map<HeldMessage, Held> held = new LinkedHashMap<>();
  private int heldChanges;
  private final int capacity;
  private final Counter lostChanges;
  /** Arrivals queued so far, and (drainer only) arrivals taken and written. */
  private final AtomicLong queued = new AtomicLong();
  private long written;
  private final Thread drainer;
  private volatile boolean stopping;

  public IngestQueue(MessageStore store, Coverage coverage, ProcessedEvents events, int capacity,
      int batchSize, MeterRegistry metrics) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.capacity = capacity;
    this.batchSize = batchSize;
    this.store = store;
    this.coverage = coverage;
    this.events = events;
    this.overflow = Counter.builder("roundup_ingest_overflow_total")
        .description("Message events that found the ingest queue full (new messages backfilled later, "
            + "edits and deletes held until it has room)")
        .register(metrics);
    this.lostChanges = Counter.builder("roundup_ingest_lost_total")
        .description("Edits and deletes not applied because the ingest queue and its hold were both full")
        .register(metrics);
    this.stored = Counter.builder("roundup_ingest_stored_total")
        .description("Message events (new messages, edits, deletes) applied by the ingest queue").register(metrics);
    this.failed = Counter.builder("roundup_ingest_failed_total")
        .description("Message events the store refused (logged with the error)").register(metrics);
    Gauge.builder("roundup_ingest_queue_depth", queue, BlockingQueue::size)
        .description("Message events waiting to be stored").register(metrics);
    this.overflowWarning = new RateLimitedWarning(Duration.ofMinutes(1), n -> log.warn(
        "The ingest queue is full ({} waiting): {} message event(s) found it full since the last "
            + "warning; new messages are backfilled from Slack when their channel is next read, edits "
            + "and deletes are held until it has room ({} lost so far beyond the hold). Raise "
            + "roundup.ingest.queue-capacity or give the database more room.", capacity, n,
        (long) lostChanges.count()));
    // Behind the acknowledgements, ahead of summaries (WorkThreads).
    this.drainer = WorkThreads.of("roundup-ingest-", WorkThreads.Priority.BEHIND_ACKS)
        .newThread(this::drainUntilStopped);
  }

  /** Starts the thread that stores what is queued. */
  public IngestQueue start() {
    drainer.start();
    return this;
  }

  /** Queues a new message that arrived as an event, as {@link #offer(Arrival)} does. */
  public boolean offer(String eventId, ChannelMessage message) {
    return offer(new Arrival(eventId, message));
  }

  /**
   * Queues a message event for the current workspace; never blocks. False when the queue was full:
   * the overflow is counted, warned about and repaired as the class comment says (a new message by
   * a backfill, an edit or a delete by holding it).
   */
  public boolean offer(Arrival arrival) {
    String team = Workspace.current();
    boolean kept;
    synchronized (queued) {
      HeldMessage key = HeldMessage.of(team, arrival);
      Held earlier = held.get(key);
      if (!stopping && earlier != null && heldChanges < capacity) {
        // A later change of a held message waits behind it, whatever room the queue has now.
        held.put(key, earlier.then(arrival, queued.get()));
        heldChanges++;
        return true;
      }
      if (!stopping && earlier == null && queue.offer(new Queued(team, arrival))) {
        queued.incrementAndGet();
        return true;
      }
      kept = !stopping && arrival.change() != Change.POSTED && earlier == null
          && heldChanges < capacity;
      if (kept) {
        held.put(key, new Held(List.of(arrival), queued.get()));
        heldChanges++;
      }
    }
    overflow.increment();
    if (arrival.change() == Change.POSTED) {
      ChannelMessage message = arrival.message();
      lost.merge(new LostChannel(team, message.channel()),
          new Lost(SlackTs.toMicros(message.ts()), queued.get()), Lost::later);
    } else if (!kept) {
      lostChanges.increment();
    }
    overflowWarning.happened();
    return false;
  }

  /** How many arrivals wait to be stored. */
  public int depth() {
    return queue.size();
  }

  private void drainUntilStopped() {
    List<Queued> batch = new ArrayList<>(batchSize);
    while (!stopping || !queue.isEmpty() || heldCount() > 0) {
      try {
        Queued first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, batchSize - 1);
          try {
            write(batch);
          } finally {
            // Taken is written, even when a batch failed: what is held behind it must not wait forever.
            written += batch.size();
            batch.clear();
          }
        }
        repairLost();
        applyHeld();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("Storing queued messages failed", e);
      }
    }
  }

  /** Each workspace's arrivals of the batch, in arrival order, in that workspace. */
  private void write(List<Queued> batch) {
    Map<String, List<Arrival>> byTeam = new LinkedHashMap<>();
    for (Queued q : batch) {
      byTeam.computeIfAbsent(q.teamId(), t -> new ArrayList<>()).add(q.arrival());
    }
    byTeam.forEach((team, arrivals) -> Workspace.run(team, () -> apply(arrivals)));
  }

  /** One transaction for the arrivals; if it fails, each alone, so one bad row costs one. */
  private void apply(List<Arrival> arrivals) {
    List<Arrival> saved;
    try {
      saved = store.apply(arrivals, events);
    } catch (RuntimeException batchFailure) {
      log.warn("A batch of {} message event(s) failed ({}); applying them one by one", arrivals.size(),
          batchFailure.getMessage());
      saved = new ArrayList<>();
      for (Arrival a : arrivals) {
        try {
          saved.addAll(store.apply(List.of(a), events));
        } catch (RuntimeException e) {
          failed.increment();
          log.error("Could not apply the {} of message {} of {} (event {})", a.change(),
              a.message().ts(), a.message().channel(), a.eventId(), e);
        }
      }
    }
    stored.increment(saved.size());
    Map<String, Long> earliest = new LinkedHashMap<>();
    for (Arrival a : saved) {
      if (a.change() == Change.POSTED) {
        earliest.merge(a.message().channel(), SlackTs.toMicros(a.message().ts()), Math::min);
      }
    }
    earliest.forEach(coverage::live);
  }

  /** A channel of a workspace. */
  private record LostChannel(String teamId, String channel) {}

  /** A lost message's ts, and how many arrivals had been queued before it was refused. */
  private record Lost(long micros, long queuedBefore) {
    Lost later(Lost other) {
      return new Lost(Math.max(micros, other.micros), Math.max(queuedBefore, other.queuedBefore));
    }
  }

  /**
   * Coverage restarts after each lost message once everything queued before it is written, so no
   * later {@link Coverage#live} of an earlier message reaches back over it.
   */
  private void repairLost() {
    for (LostChannel channel : List.copyOf(lost.keySet())) {
      Lost l = lost.get(channel);
      if (l != null && written >= l.queuedBefore() && lost.remove(channel, l)) {
        Workspace.run(channel.teamId(), () -> coverage.restartLive(channel.channel(), l.micros()));
      }
    }
  }

  /** A message of a workspace whose edits or deletes are held. */
  private record HeldMessage(String teamId, String channel, String ts) {
    static HeldMessage of(String teamId, Arrival arrival) {
      return new HeldMessage(teamId, arrival.message().channel(), arrival.message().ts());
    }
  }

  /** A held message's changes in arrival order, and how many arrivals were queued before the last. */
  private record Held(List<Arrival> changes, long queuedBefore) {
    Held then(Arrival next, long queuedNow) {
      List<Arrival> all = new ArrayList<>(changes);
      all.add(next);
      return new Held(List.copyOf(all), queuedNow);
    }
  }

  private int heldCount() {
    synchronized (queued) {
      return heldChanges;
    }
  }

  /**
   * Applies the held changes whose predecessors in the queue are all written, each message's in
   * arrival order. Taken out of the hold and applied on this thread before it takes the next batch,
   * so a change of the same message queued after they were taken still comes after them.
   */
  private void applyHeld() {
    Map<String, List<Arrival>> byTeam = new LinkedHashMap<>();
    synchronized (queued) {
      var entries = held.entrySet().iterator();
      while (entries.hasNext()) {
        var e = entries.next();
        if (written >= e.getValue().queuedBefore()) {
          byTeam.computeIfAbsent(e.getKey().teamId(), t -> new ArrayList<>()).addAll(e.getValue().changes());
          heldChanges -= e.getValue().changes().size();
          entries.remove();
        }
      }
    }
    byTeam.forEach((team, arrivals) -> Workspace.run(team, () -> apply(arrivals)));
  }

  /**
   * Takes no more arrivals and stores what is queued, waiting up to {@code timeout}; answers how
   * many were still queued when the time ran out (logged: they were acknowledged to Slack).
   */
  public int drain(Duration timeout) throws InterruptedException {
    stopping = true;
    if (drainer.isAlive()) {
      drainer.join(Math.max(1, timeout.toMillis()));
    }
    int left = queue.size() + heldCount();
    if (left > 0) {
      log.warn("Stopping with {} acknowledged message event(s) not stored; their channels are "
          + "backfilled from Slack when next read", left);
    }
    return left;
  }

  @Override
  public void close() {
    try {
      drain(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    drainer.interrupt();
  }
}

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
 * Slack answers slow acks with retries that add to the load. A lost edit or delete is counted and
 * warned about the same way, but a backfill cannot repair it (Slack's history does not list
 * deletes), so its message stays as it was stored.
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
  /** Arrivals queued so far, and (drainer only) arrivals taken and written. */
  private final AtomicLong queued = new AtomicLong();
  private long written;
  private final Thread drainer;
  private volatile boolean stopping;

  public IngestQueue(MessageStore store, Coverage coverage, ProcessedEvents events, int capacity,
      int batchSize, MeterRegistry metrics) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.batchSize = batchSize;
    this.store = store;
    this.coverage = coverage;
    this.events = events;
    this.overflow = Counter.builder("roundup_ingest_overflow_total")
        .description("Message events not queued because the ingest queue was full (backfilled later)")
        .register(metrics);
    this.stored = Counter.builder("roundup_ingest_stored_total")
        .description("Message events (new messages, edits, deletes) applied by the ingest queue").register(metrics);
    this.failed = Counter.builder("roundup_ingest_failed_total")
        .description("Message events the store refused (logged with the error)").register(metrics);
    Gauge.builder("roundup_ingest_queue_depth", queue, BlockingQueue::size)
        .description("Message events waiting to be stored").register(metrics);
    this.overflowWarning = new RateLimitedWarning(Duration.ofMinutes(1), n -> log.warn(
        "The ingest queue is full ({} waiting): {} message event(s) not stored since the last warning; "
            + "their channels will be backfilled from Slack when next read. Raise "
            + "roundup.ingest.queue-capacity or give the database more room.", capacity, n));
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
   * the overflow is counted, warned about and (for a new message) repaired as the class comment
   * says.
   */
  public boolean offer(Arrival arrival) {
    String team = Workspace.current();
    synchronized (queued) {
      if (!stopping && queue.offer(new Queued(team, arrival))) {
        queued.incrementAndGet();
        return true;
      }
    }
    overflow.increment();
    if (arrival.change() == Change.POSTED) {
      ChannelMessage message = arrival.message();
      lost.merge(new LostChannel(team, message.channel()),
          new Lost(SlackTs.toMicros(message.ts()), queued.get()), Lost::later);
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
    while (!stopping || !queue.isEmpty()) {
      try {
        Queued first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, batchSize - 1);
          write(batch);
          written += batch.size();
          batch.clear();
        }
        repairLost();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("Storing queued messages failed", e);
        batch.clear();
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

  /**
   * Takes no more arrivals and stores what is queued, waiting up to {@code timeout}; answers how
   * many were still queued when the time ran out (logged: they were acknowledged to Slack).
   */
  public int drain(Duration timeout) throws InterruptedException {
    stopping = true;
    if (drainer.isAlive()) {
      drainer.join(Math.max(1, timeout.toMillis()));
    }
    int left = queue.size();
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
